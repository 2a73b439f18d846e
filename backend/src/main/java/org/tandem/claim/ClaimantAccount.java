package org.tandem.claim;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.tandem.common.change.Audited;

/**
 * The link between a signed-in user (their token's subject) and the person they are in their organisation's
 * directory. Staff set it; it lets a member claim for themselves, and stops anyone approving their own claim.
 */
@Entity
@Table(name = "claimant_account")
public class ClaimantAccount extends PanacheEntityBase implements Audited {
    /** The sign-in is how the trail names the person as an actor; who linked it is a name too. */
    private static final Set<String> PERSONAL = Set.of("userSubject", "linkedByName");

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

    @Override
    public String auditType() {
        return "claimant-account";
    }

    /** One link per person: the person's id names it. */
    @Override
    public UUID auditId() {
        return personId;
    }

    @Override
    public UUID auditOrganisationId() {
        return organisationId;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("personId", personId);
        state.put("organisationId", organisationId);
        state.put("userSubject", userSubject);
        state.put("linkedByName", linkedByName);
        state.put("linkedAt", linkedAt);
        return state;
    }

    @Override
    public Set<String> personalFields() {
        return PERSONAL;
    }

    @Override
    public UUID personalDataSubject() {
        return personId;
    }

    static Optional<ClaimantAccount> ofSubject(String subject) {
        return subject == null ? Optional.empty() : find("userSubject", subject).firstResultOptional();
    }
}
