package org.tandem.claim;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.tandem.common.ids.RandomUuids;

/** One change of a claim's status: evidence, written once and never changed. */
@Entity
@Table(name = "claim_transition")
public class ClaimTransition extends PanacheEntityBase {
    @Id
    public UUID id = RandomUuids.next();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id", nullable = false, updatable = false)
    public Claim claim;

    /** Null for the claim's creation. */
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    public ClaimStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    public ClaimStatus toStatus;

    @Column(name = "actor_subject", nullable = false, updatable = false)
    public String actorSubject;

    @Column(name = "actor_name", updatable = false)
    public String actorName;

    @Column(nullable = false, updatable = false)
    public Instant at;

    @Column(updatable = false)
    public String reason;
}
