package org.tandem.common.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A person's key for their personal data in the trail (see {@link SubjectKeys}); read here, written there. */
@Entity
@Table(name = "audit_subject_key")
class AuditSubjectKey extends PanacheEntityBase {
    @Id
    @Column(name = "person_id")
    public UUID personId;
    public byte[] secret;
    @Column(name = "created_at")
    public Instant createdAt;
}
