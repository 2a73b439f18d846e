package org.tandem.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.tandem.common.change.Audited;
import org.tandem.common.persistence.VersionedEntity;

@Entity
@Table(name = "partnership_member")
public class PartnershipMember extends VersionedEntity implements Audited {
    @Column(name = "partnership_id", nullable = false, updatable = false)
    public UUID partnershipId;
    @Column(name = "person_id", nullable = false)
    public UUID personId;
    @Enumerated(EnumType.STRING)
    public MemberRole role;
    public String title;
    @Column(name = "started_on")
    public LocalDate startedOn;
    @Column(name = "ended_on")
    public LocalDate endedOn;

    public enum MemberRole { CHAIR, VICE_CHAIR, MEMBER, OFFICER }

    @Override
    public String auditType() {
        return "partnership-member";
    }

    @Override
    public UUID auditId() {
        return id;
    }

    @Override
    public AuditRef auditParent() {
        return new AuditRef("partnership", partnershipId);
    }

    /** The partnership's owner holds its membership. */
    @Override
    public UUID auditOrganisationId() {
        Partnership partnership = Partnership.findById(partnershipId);
        return partnership == null ? null : partnership.ownerOrganisationId;
    }

    @Override
    public AuditRef auditBody() {
        return new AuditRef("partnership", partnershipId);
    }

    /** The person by id only: their name lives in their own record. */
    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("personId", personId);
        state.put("role", role);
        state.put("title", title);
        state.put("startedOn", startedOn);
        state.put("endedOn", endedOn);
        return state;
    }

    /** The title as recorded is about the person (views hide it with their name). */
    @Override
    public Set<String> personalFields() {
        return Set.of("title");
    }

    @Override
    public UUID personalDataSubject() {
        return personId;
    }
}
