package org.tandem.feedback;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.tandem.common.Published;
import org.tandem.common.change.Audited;
import org.tandem.common.persistence.TimestampedEntity;
import org.tandem.partnership.Partnership;

/** One thing people said, from an activity, tagged with themes of the partnership owner's tree. */
@Published
@Entity
public class Feedback extends TimestampedEntity implements Audited {
    private static final Set<String> PERSONAL = Set.of("text", "contributorPersonId", "contributorEmail", "contributorConsentedAt");
    @Column(name = "partnership_id", nullable = false, updatable = false)
    public UUID partnershipId;
    @Column(name = "activity_id")
    public UUID activityId;
    @Column(name = "source_organisation_id", nullable = false, updatable = false)
    public UUID sourceOrganisationId;
    /** The organisation it came from (e.g. a Healthwatch passing on what residents said): registered, or only named. */
    @Column(name = "origin_organisation_id")
    public UUID originOrganisationId;
    @Column(name = "origin_organisation_name")
    public String originOrganisationName;
    public String text;
    @Column(name = "received_on")
    public LocalDate receivedOn;
    public String area;
    /** Who gave it, if recorded: a person of the directory, or just an email address (kept only with consent). */
    @Column(name = "contributor_person_id")
    public UUID contributorPersonId;
    @Column(name = "contributor_email")
    public String contributorEmail;
    /** When they agreed to be told what became of it; null: never contacted about it. */
    @Column(name = "contributor_consented_at")
    public Instant contributorConsentedAt;
    /** The person being anonymised while their link is cleared: the entry recording it is sealed with their key. */
    @Transient
    private UUID erasedSubject;

    @ElementCollection
    @CollectionTable(name = "feedback_theme", joinColumns = @JoinColumn(name = "feedback_id"))
    @Column(name = "theme_id")
    public Set<UUID> themeIds = new HashSet<>();

    /** Records who gave it; an email address needs their consent. The same contributor agreeing again keeps the first time. */
    public void recordContributor(UUID personId, String email, boolean consented) {
        if (email != null && !consented) {
            throw new IllegalArgumentException("an email address is kept only with consent to be contacted");
        }
        boolean same = Objects.equals(personId, contributorPersonId) && Objects.equals(email, contributorEmail);
        Instant earlier = same ? contributorConsentedAt : null;
        contributorPersonId = personId;
        contributorEmail = email;
        contributorConsentedAt = !consented || !hasContributor() ? null
                : earlier != null ? earlier : Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public boolean hasContributor() {
        return contributorPersonId != null || contributorEmail != null;
    }

    public void clearContributor() {
        contributorPersonId = null;
        contributorEmail = null;
        contributorConsentedAt = null;
    }

    /** Clears the contributor because {@code personId} is being anonymised (their link, or their address). */
    void eraseContributor(UUID personId) {
        erasedSubject = personId;
        clearContributor();
    }

    @Override
    public String auditType() {
        return "feedback";
    }

    @Override
    public UUID auditId() {
        return id;
    }

    /** The organisation owning the partnership (not the source organisation that sent it). */
    @Override
    public UUID auditOrganisationId() {
        Partnership partnership = Partnership.findById(partnershipId);
        return partnership == null ? null : partnership.ownerOrganisationId;
    }

    @Override
    public AuditRef auditBody() {
        return new AuditRef("partnership", partnershipId);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("partnershipId", partnershipId);
        state.put("activityId", activityId);
        state.put("sourceOrganisationId", sourceOrganisationId);
        state.put("originOrganisationId", originOrganisationId);
        state.put("originOrganisationName", originOrganisationName);
        state.put("text", text);
        state.put("receivedOn", receivedOn);
        state.put("area", area);
        state.put("themeIds", Set.copyOf(themeIds));
        state.put("contributorPersonId", contributorPersonId);
        state.put("contributorEmail", contributorEmail);
        state.put("contributorConsentedAt", contributorConsentedAt);
        return state;
    }

    /**
     * What a resident said, in their words, may say who they are or what happened to them; who said it is theirs
     * too: none of it reaches events (nor webhooks). When a person of the register gave it, their key seals it in
     * the trail; feedback from no one in particular, or from a bare address, has no subject whose key would.
     */
    @Override
    public Set<String> personalFields() {
        return PERSONAL;
    }

    @Override
    public UUID personalDataSubject() {
        return contributorPersonId != null ? contributorPersonId : erasedSubject;
    }
}
