package org.tandem.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tandem.common.Published;
import org.tandem.common.problem.ProblemException;
import org.tandem.common.security.ScopedBody;

/**
 * Invitations to meetings as iCalendar objects for mail attachments: one VEVENT whose UID is "{meetingId}@tandem"
 * and whose SEQUENCE is the meeting's version, so that each update or cancellation replaces the event in the
 * attendee's calendar. The text is as a member of the meeting's partnership or board reads it.
 */
@Published
@ApplicationScoped
public class MeetingInvitations {
    private final MeetingRedactions redactions;
    private final URI organiser;

    MeetingInvitations(MeetingRedactions redactions, @ConfigProperty(name = "tandem.mail.from") String from) {
        this.redactions = redactions;
        this.organiser = MeetingCalendar.mailto(from);
    }

    /**
     * The .ics for one attendee: METHOD, ORGANIZER (the address of {@code tandem.mail.from}), ATTENDEE
     * mailto:{@code attendeeEmail} with RSVP=FALSE, STATUS:CANCELLED for {@link InvitationMethod#CANCEL}. Runs in a
     * request or outside one (an outbox consumer): it opens its own request context and transaction as needed.
     * @throws ProblemException 404 when there is no such meeting
     */
    @ActivateRequestContext
    @Transactional
    public byte[] invitation(UUID meetingId, InvitationMethod method, String attendeeEmail) {
        Meeting meeting = Meeting.findById(meetingId);
        if (meeting == null) {
            throw ProblemException.notFound("Meeting " + meetingId);
        }
        ScopedBody holder = MeetingAccess.holderOf(meeting.partnershipId, meeting.boardId);
        MeetingCalendar.Event event = new MeetingCalendar.Event(meeting, holder.name(), redactions.forMember(meeting));
        URI attendee = URI.create("mailto:" + attendeeEmail.strip());
        return MeetingCalendar.invitation(event, method, organiser, attendee, Instant.now()).getBytes(StandardCharsets.UTF_8);
    }
}
