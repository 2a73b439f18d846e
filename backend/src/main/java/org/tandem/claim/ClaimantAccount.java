package org.tandem.claim;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The link between a signed-in user (their token's subject) and the person they are in their organisation's
 * directory. Staff set it; it lets a member claim for themselves, and stops anyone approving their own claim.
 */
@Entity
@Table(name = "claimant_account")
public class ClaimantAccount extends PanacheEntityBase {
    @Id
    @Column(name = "person_id")
    public UUID personId;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    public UUID organisationId;

    @Column(name = "user_subject", nullable = false)
    public String userSubject;

    @Column(name = "linked_by_name")
    public String linkedByName;

    @Column(name = "linked_at", nullable = false)
    public Instant linkedAt;

    static Optional<ClaimantAccount> ofSubject(String subject) {
        return subject == null ? Optional.empty() : find("userSubject", subject).firstResultOptional();
    }
}
