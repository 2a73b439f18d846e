package org.tandem.common.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The name an actor id is shown with; kept out of the hashed entries so that it can be erased. */
@Entity
@Table(name = "audit_actor")
public class AuditActorName extends PanacheEntityBase {
    @Id
    @Column(name = "actor_id")
    public String actorId;
    public String name;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
