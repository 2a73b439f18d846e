package org.tandem.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
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

    /** Renumbering the register after a removal does not change anyone's entry version. */
    @OptimisticLock(excluded = true)
    public int position;

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
        return state;
    }

    /** The role they were recorded in identifies them. */
    @Override
    public Set<String> personalFields() {
        return Set.of("roleAsRecorded");
    }

    @Override
    public UUID personalDataSubject() {
        return personId;
    }
}
