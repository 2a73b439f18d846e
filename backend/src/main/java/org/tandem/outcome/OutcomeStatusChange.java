package org.tandem.outcome;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.tandem.common.ids.RandomUuids;

/** One status change of an outcome, appended and never rewritten. */
@Entity
@Table(name = "outcome_status_change")
public class OutcomeStatusChange extends PanacheEntityBase {
    @Id
    public UUID id = RandomUuids.next();
    @Column(name = "outcome_id", nullable = false, updatable = false)
    public UUID outcomeId;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public OutcomeStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public OutcomeStatus toStatus;
    public String reason;
    @Column(name = "changed_by")
    public String changedBy;
    @Column(name = "changed_at")
    public Instant changedAt;
}
