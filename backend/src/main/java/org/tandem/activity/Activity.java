package org.tandem.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.tandem.common.change.Audited;
import org.tandem.common.persistence.TimestampedEntity;
import org.tandem.partnership.Partnership;

/** A workshop, survey, webinar, drop-in or meeting where feedback came from. */
@Entity
@Table(name = "engagement_activity")
public class Activity extends TimestampedEntity implements Audited {
    @Column(name = "partnership_id", nullable = false, updatable = false)
    public UUID partnershipId;
    @Enumerated(EnumType.STRING)
    public ActivityKind kind;
    @Column(name = "meeting_id")
    public UUID meetingId;
    public String title;
    @Column(name = "held_on")
    public LocalDate heldOn;
    public String area;
    public String audience;
    @Column(name = "reach_people")
    public Integer reachPeople;
    @Column(name = "reach_carers")
    public Integer reachCarers;
    @Column(name = "reach_young_people")
    public Integer reachYoungPeople;
    @Column(name = "reach_ethnic_minority")
    public Integer reachEthnicMinority;
    @Column(name = "reach_disability")
    public Integer reachDisability;

    Reach reach() {
        return new Reach(reachPeople, reachCarers, reachYoungPeople, reachEthnicMinority, reachDisability);
    }

    public void reach(Reach reach) {
        Reach r = reach == null ? new Reach(null, null, null, null, null) : reach;
        reachPeople = r.people();
        reachCarers = r.carers();
        reachYoungPeople = r.youngPeople();
        reachEthnicMinority = r.ethnicMinorityGroups();
        reachDisability = r.peopleWithDisability();
    }

    @Override
    public String auditType() {
        return "activity";
    }

    @Override
    public UUID auditId() {
        return id;
    }

    /** The owner of its partnership holds it. */
    @Override
    public UUID auditOrganisationId() {
        Partnership partnership = Partnership.findById(partnershipId);
        return partnership == null ? null : partnership.ownerOrganisationId;
    }

    @Override
    public AuditRef auditBody() {
        return new AuditRef("partnership", partnershipId);
    }

    /** Reach is counts only, and the audience a description of groups: nothing here is about one person. */
    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("partnershipId", partnershipId);
        state.put("kind", kind);
        state.put("meetingId", meetingId);
        state.put("title", title);
        state.put("heldOn", heldOn);
        state.put("area", area);
        state.put("audience", audience);
        state.put("reachPeople", reachPeople);
        state.put("reachCarers", reachCarers);
        state.put("reachYoungPeople", reachYoungPeople);
        state.put("reachEthnicMinority", reachEthnicMinority);
        state.put("reachDisability", reachDisability);
        return state;
    }
}
