package org.tandem.meeting;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestResponse;
import org.tandem.common.Published;
import org.tandem.common.security.ScopedBody;

/**
 * Calendar responses: one meeting, or the feed of a partnership or board, as the caller may read them. Other
 * features publish the feeds of a partnership or board through {@link #readableHolder} and {@link #feed(UUID, UUID)}.
 */
@Published
@RequestScoped
public class MeetingCalendars {
    public static final String MEDIA_TYPE = "text/calendar";
    private static final String CONTENT_TYPE = MEDIA_TYPE + "; charset=utf-8";

    private final MeetingAccess access;
    private final MeetingRedactions redactions;
    private final URI organiser;

    MeetingCalendars(MeetingAccess access, MeetingRedactions redactions,
            @ConfigProperty(name = "tandem.mail.from") String from) {
        this.access = access;
        this.redactions = redactions;
        this.organiser = MeetingCalendar.mailto(from);
    }

    RestResponse<String> single(HeldMeeting held) {
        List<MeetingCalendar.Event> events = events(held.holder(), List.of(held.meeting()));
        return respond(MeetingCalendar.write(null, events, organiser, Instant.now()), "meeting-" + held.meeting().id);
    }

    /**
     * The partnership ({@code partnershipId}) or board ({@code boardId}: the other id is null) whose meetings the
     * caller may read.
     * @throws org.tandem.common.problem.ProblemException 404 unless the caller can see it
     */
    public ScopedBody readableHolder(UUID partnershipId, UUID boardId) {
        return partnershipId != null ? access.visiblePartnership(partnershipId) : access.visibleBoard(boardId);
    }

    /** The feed of the meetings of a partnership or board (one of the ids is null), as the caller may read them. */
    public RestResponse<String> feed(UUID partnershipId, UUID boardId) {
        ScopedBody holder = readableHolder(partnershipId, boardId);
        return partnershipId != null ? feed(holder, "partnershipId", partnershipId) : feed(holder, "boardId", boardId);
    }

    /**
     * Every meeting of one partnership or board, cancelled ones included so that calendars drop them.
     * @param holderColumn {@code partnershipId} or {@code boardId}
     */
    private RestResponse<String> feed(ScopedBody holder, String holderColumn, UUID holderId) {
        List<Meeting> meetings = Meeting.list(holderColumn, Sort.by("startsAt").and("id"), holderId);
        return respond(MeetingCalendar.write(holder.name(), events(holder, meetings), organiser, Instant.now()),
                "meetings-" + holderId);
    }

    private List<MeetingCalendar.Event> events(ScopedBody holder, List<Meeting> meetings) {
        Map<Meeting, Redaction> redaction = redactions.forCalendar(holder, meetings);
        return meetings.stream().map(m -> new MeetingCalendar.Event(m, holder.name(), redaction.get(m))).toList();
    }

    private static RestResponse<String> respond(String ics, String filename) {
        return RestResponse.ResponseBuilder.ok(ics, CONTENT_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + filename + ".ics\"").build();
    }
}
