package org.tandem.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.OptimisticLock;
import org.tandem.common.Published;
import org.tandem.common.persistence.VersionedEntity;

/** One line of a meeting's register: who, in what capacity, and whether they came. */
@Published
@Entity
public class Attendance extends VersionedEntity implements Positioned, MeetingPart {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    public Meeting meeting;

    @Column(name = "person_id", nullable = false, updatable = false)
    public UUID personId;

    /** The person's role or title as the notes record it, e.g. "Head of Services for SEL Mind". */
    @Column(name = "role_as_recorded")
    public String roleAsRecorded;

    @Enumerated(EnumType.STRING)
    public AttendanceStatus status;

    @Enumerated(EnumType.STRING)
    public AttendanceMode mode;

    /** The role the public page names them in, set only with their consent; null: the public page does not name them. */
    @Column(name = "public_role")
    public String publicRole;

    @Enumerated(EnumType.STRING)
    @Column(name = "public_consent_method")
    public PublicConsentMethod publicConsentMethod;

    @Column(name = "public_consent_at")
    public Instant publicConsentAt;

    /** Who recorded the consent. */
    @Column(name = "public_consent_recorded_by")
    public String publicConsentRecordedBy;

    /** Renumbering the register after a removal does not change anyone's entry version. */
    @OptimisticLock(excluded = true)
    public int position;

    public boolean namedPublicly() {
        return publicRole != null;
    }

    /** Names them on the public page in {@code role}, recording how they consented, who recorded it and when. */
    void namePublicly(String role, PublicConsentMethod consentMethod, String recordedBy, Instant now) {
        publicRole = role;
        publicConsentMethod = consentMethod;
        publicConsentRecordedBy = recordedBy;
        publicConsentAt = now;
    }

    /** The public page no longer names them (their consent was withdrawn, or given in error). */
    void withdrawPublicNaming() {
        publicRole = null;
        publicConsentMethod = null;
        publicConsentRecordedBy = null;
        publicConsentAt = null;
    }

    @Override
    public void position(int position) {
        this.position = position;
    }

    @Override
    public String auditType() {
        return "attendance";
    }

    @Override
    public UUID auditId() {
        return id;
    }

    @Override
    public Meeting partOf() {
        return meeting;
    }

    /** Not its position: renumbering the register is not a change to anyone's entry. */
    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("meetingId", meeting.id);
        state.put("personId", personId);
        state.put("roleAsRecorded", roleAsRecorded);
        state.put("status", status);
        state.put("mode", mode);
        state.put("publicRole", publicRole);
        state.put("publicConsentMethod", publicConsentMethod);
        state.put("publicConsentAt", publicConsentAt);
        state.put("publicConsentRecordedBy", publicConsentRecordedBy);
        return state;
    }

    /** The roles they were recorded and named publicly in identify them. */
    @Override
    public Set<String> personalFields() {
        return Set.of("roleAsRecorded", "publicRole");
    }

    @Override
    public UUID personalDataSubject() {
        return personId;
    }
}
