package org.tandem.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.common.Published;
import org.tandem.common.web.LondonTime;

/**
 * The published notes of a partnership's held meetings, as anyone may read them. Public pages carry no personal
 * data, so every meeting gets the Chatham House wording whether or not it is held under the rule: the names of the
 * people linked to it read "a participant", presenters are left out and attendance is counts.
 */
@Published
@ApplicationScoped
public class PublishedNotes {
    private final MeetingRedactions redactions;

    PublishedNotes(MeetingRedactions redactions) {
        this.redactions = redactions;
    }

    @Schema(name = "PublicMeeting", description = "A held meeting whose notes were published: nobody is named.")
    public record PublishedMeeting(UUID id, String title, OffsetDateTime startsAt, LocalDate date, boolean timeConfirmed,
            @Schema(description = "Held under the Chatham House rule: nothing is attributed") boolean chathamHouse,
            @Schema(nullable = true) String summary, AttendanceCounts attendance, List<Item> agendaItems, OffsetDateTime notesPublishedAt) {}

    @Schema(name = "PublicAgendaItem")
    public record Item(String title, @Schema(nullable = true) String notes, List<String> decisions) {}

    /** Newest first. */
    public List<PublishedMeeting> of(UUID partnershipId) {
        List<Meeting> meetings = Meeting.list(
                "partnershipId = ?1 and status = ?2 and notesPublishedAt is not null order by startsAt desc, id",
                partnershipId, MeetingStatus.HELD);
        return meetings.stream().map(this::view).toList();
    }

    private PublishedMeeting view(Meeting m) {
        Redaction wording = redactions.forPublic(m);
        return new PublishedMeeting(m.id, m.title, LondonTime.of(m.startsAt), LondonTime.dateOf(m.startsAt), m.timeConfirmed,
                m.chathamHouse, wording.text(m.summary), AttendanceCounts.of(m.attendance),
                m.agendaItems.stream().map(i -> new Item(i.title, wording.text(i.notes),
                        i.decisions.stream().map(d -> wording.text(d.text)).toList())).toList(),
                LondonTime.of(m.notesPublishedAt));
    }
}
