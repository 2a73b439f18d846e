package org.tandem.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.tandem.common.persistence.VersionedEntity;

/** What one member said they will do about a planned meeting of their partnership: attend, or send apologies. */
@Entity
@Table(name = "meeting_response")
public class MeetingResponse extends VersionedEntity implements MeetingPart {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    public Meeting meeting;

    @Column(name = "person_id", nullable = false, updatable = false)
    public UUID personId;

    @Enumerated(EnumType.STRING)
    public MeetingResponseKind response;

    @Column(name = "responded_at", nullable = false)
    public Instant respondedAt;

    static Optional<MeetingResponse> of(Meeting meeting, UUID personId) {
        return find("meeting = ?1 and personId = ?2", meeting, personId).firstResultOptional();
    }

    @Override
    public String auditType() {
        return "meeting-response";
    }

    @Override
    public UUID auditId() {
        return id;
    }

    @Override
    public Meeting partOf() {
        return meeting;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("meetingId", meeting.id);
        state.put("personId", personId);
        state.put("response", response);
        state.put("respondedAt", respondedAt);
        return state;
    }

    /** Whether they will come is about them. */
    @Override
    public UUID personalDataSubject() {
        return personId;
    }
}
