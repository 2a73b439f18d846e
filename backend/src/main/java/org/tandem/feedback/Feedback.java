package org.tandem.feedback;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
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
    @Column(name = "partnership_id", nullable = false, updatable = false)
    public UUID partnershipId;
    @Column(name = "activity_id")
    public UUID activityId;
    @Column(name = "source_organisation_id", nullable = false, updatable = false)
    public UUID sourceOrganisationId;
    public String text;
    @Column(name = "received_on")
    public LocalDate receivedOn;
    public String area;

    @ElementCollection
    @CollectionTable(name = "feedback_theme", joinColumns = @JoinColumn(name = "feedback_id"))
    @Column(name = "theme_id")
    public Set<UUID> themeIds = new HashSet<>();

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
        state.put("text", text);
        state.put("receivedOn", receivedOn);
        state.put("area", area);
        state.put("themeIds", Set.copyOf(themeIds));
        return state;
    }

    /**
     * What a resident said, in their words, may say who they are or what happened to them: it never reaches events.
     * Feedback names no person of the register, so there is no subject whose key would seal it.
     */
    @Override
    public Set<String> personalFields() {
        return Set.of("text");
    }
}
