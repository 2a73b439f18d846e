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
 * The published notes of a partnership's held meetings, as anyone may read them, and the preview of one meeting's
 * notes as they would read them if published now: one code path, so the preview is exactly what the public gets.
 * Public pages carry no personal data, so every meeting gets the Chatham House wording whether or not it is held
 * under the rule: the names of the people linked to it read "a participant", presenters are left out and
 * attendance is counts. The one exception is the people who consented to be named publicly in a role (see
 * {@link MeetingRedactions#forPublic}).
 */
@Published
@ApplicationScoped
public class PublishedNotes {
    private final MeetingRedactions redactions;

    PublishedNotes(MeetingRedactions redactions) {
        this.redactions = redactions;
    }

    @Schema(name = "PublicMeeting", description = """
            A held meeting whose notes were published (or, as a preview, would be): nobody is named but the people who
            consented to be named publicly in a role.""")
    public record PublishedMeeting(UUID id, String title, OffsetDateTime startsAt, LocalDate date, boolean timeConfirmed,
            @Schema(description = "Held under the Chatham House rule: nothing is attributed") boolean chathamHouse,
            @Schema(nullable = true) String summary, AttendanceCounts attendance, List<Item> agendaItems,
            @Schema(description = "People named publicly, with their consent, in the role they are named in")
            List<NamedPerson> namedPeople,
            @Schema(description = "The documents shown on the public page") List<PublicDocument> documents,
            @Schema(description = "When the notes were published; empty in a preview of notes not published yet", nullable = true)
            OffsetDateTime notesPublishedAt) {}

    @Schema(name = "PublicAgendaItem")
    public record Item(String title, @Schema(nullable = true) String notes, List<String> decisions) {}

    @Schema(name = "PublicNamedPerson")
    public record NamedPerson(@Schema(examples = "Anna Geyer") String name,
            @Schema(examples = "Presenter for New Possibilities") String role) {}

    @Schema(name = "PublicDocument")
    public record PublicDocument(@Schema(examples = "Visual recording of the workshop") String title,
            @Schema(examples = "https://example.org/visual-recording.png") String url, DocumentKind kind) {}

    /** Newest first. */
    public List<PublishedMeeting> of(UUID partnershipId) {
        List<Meeting> meetings = Meeting.list(
                "partnershipId = ?1 and status = ?2 and notesPublishedAt is not null order by startsAt desc, id",
                partnershipId, MeetingStatus.HELD);
        return meetings.stream().map(this::view).toList();
    }

    /** The meeting's notes exactly as the public page shows them, or would if they were published now. */
    PublishedMeeting preview(Meeting meeting) {
        return view(meeting);
    }

    private PublishedMeeting view(Meeting m) {
        Redaction wording = redactions.forPublic(m);
        return new PublishedMeeting(m.id, m.title, LondonTime.of(m.startsAt), LondonTime.dateOf(m.startsAt), m.timeConfirmed,
                m.chathamHouse, wording.text(m.summary), AttendanceCounts.of(m),
                m.agendaItems.stream().map(i -> new Item(i.title, wording.text(i.notes),
                        i.decisions.stream().map(d -> wording.text(d.text)).toList())).toList(),
                namedPeople(m, wording),
                m.documents.stream().filter(d -> d.shownPublicly).map(d -> new PublicDocument(d.title, d.url, d.kind)).toList(),
                LondonTime.of(m.notesPublishedAt));
    }

    private static List<NamedPerson> namedPeople(Meeting m, Redaction wording) {
        return m.attendance.stream().filter(Attendance::namedPublicly)
                .filter(a -> wording.names().get(a.personId) != null)
                .map(a -> new NamedPerson(wording.names().get(a.personId), a.publicRole)).toList();
    }
}
