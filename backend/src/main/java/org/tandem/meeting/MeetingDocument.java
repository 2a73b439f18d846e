package org.tandem.meeting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.tandem.common.ids.RandomUuids;

/** A titled link to a paper, slides, a visual recording or the minutes. Added and removed, never edited; shown on the public page or not. */
@Entity
@Table(name = "meeting_document")
public class MeetingDocument extends PanacheEntityBase implements Positioned, MeetingPart {
    @Id
    public UUID id = RandomUuids.next();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    public Meeting meeting;

    public int position;
    public String title;
    public String url;
    @Enumerated(EnumType.STRING)
    public DocumentKind kind;
    /** Shown with the meeting's published notes on the public page. */
    @Column(name = "shown_publicly")
    public boolean shownPublicly;

    @Override
    public void position(int position) {
        this.position = position;
    }

    @Override
    public String auditType() {
        return "meeting-document";
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
        state.put("title", title);
        state.put("url", url);
        state.put("kind", kind);
        state.put("shownPublicly", shownPublicly);
        return state;
    }
}
