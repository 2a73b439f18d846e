package org.tandem.claim;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tandem.person.PersonAccounts;

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

    /** The sign-in linked to the person, if any: the trail's actor id for what they did themselves. */
    public static List<String> subjectsOf(UUID personId) {
        return ClaimantAccount.<ClaimantAccount>findByIdOptional(personId).map(a -> List.of(a.userSubject)).orElse(List.of());
    }

    /** Tells the people feature which sign-in a person acts through, so anonymising them renames it in the trail. */
    @ApplicationScoped
    static class Subjects implements PersonAccounts {
        @Override
        public List<String> subjectsOf(UUID personId) {
            return ClaimantAccount.subjectsOf(personId);
        }
    }
}
