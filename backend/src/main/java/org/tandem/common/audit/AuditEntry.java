package org.tandem.common.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One entry of the trail, for reading: entries are written by {@link AuditTrail} and never change. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {
    @Id
    public long id;
    @Column(name = "occurred_at")
    public Instant occurredAt;
    @Column(name = "actor_kind")
    public String actorKind;
    @Column(name = "actor_id")
    public String actorId;
    @Column(name = "organisation_id")
    public UUID organisationId;
    @Column(name = "request_id")
    public String requestId;
    @Column(name = "entity_type")
    public String entityType;
    @Column(name = "entity_id")
    public UUID entityId;
    @Column(name = "parent_type")
    public String parentType;
    @Column(name = "parent_id")
    public UUID parentId;
    public String action;
    public String changes;
    @Column(name = "subject_person_id")
    public UUID subjectPersonId;
    @Column(name = "personal_changes")
    public String personalChanges;
}
