package org.tandem.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.tandem.common.change.Changes;
import org.tandem.common.paging.ChangeParams;
import org.tandem.common.paging.ListRequest;
import org.tandem.common.paging.Page;
import org.tandem.common.paging.PageParams;
import org.tandem.common.persistence.Filter;
import org.tandem.common.problem.ProblemException;
import org.tandem.common.security.Roles;
import org.tandem.common.web.Responses;
import org.tandem.common.web.Versions;

@Path("/api/v1/meetings")
@Tag(name = "Meetings", description = """
        Meetings of partnerships and boards: when and where they are, their status, and (in one response) their
        agenda, register, actions and documents. Everyone whose organisation can see the partnership or board may
        read them; staff and admins of the owning organisation run them.""")
public class MeetingResource {
    private static final Map<String, String> SORTABLE = Map.of("startsAt", "startsAt", "title", "title");

    private final MeetingAccess access;
    private final MeetingViews views;
    private final MeetingCalendars calendars;
    private final Changes changes;
    private final PublishedNotes publishedNotes;

    MeetingResource(MeetingAccess access, MeetingViews views, MeetingCalendars calendars, Changes changes,
            PublishedNotes publishedNotes) {
        this.publishedNotes = publishedNotes;
        this.access = access;
        this.views = views;
        this.calendars = calendars;
        this.changes = changes;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.FINANCE, Roles.ANALYST, Roles.PARTNER, Roles.MEMBER})
    @Operation(operationId = "listMeetings", summary = "List meetings",
            description = "Meetings of the partnerships and boards your organisation can see. Sortable by startsAt (default), title; with updatedSince or after, walked in order of change.")
    public Page<MeetingSummary> list(@BeanParam PageParams paging, @BeanParam ChangeParams changes,
            @BeanParam MeetingFilter filter,
            @QueryParam("q") @Size(max = 200) @Parameter(description = "Text within the title") String q) {
        ListRequest request = ListRequest.of(paging, changes, SORTABLE, "startsAt", "");
        Filter where = request.applyTo(filter.applyTo(access.visibleMeetings("")).containsText(q, "title"));
        var query = Meeting.<Meeting>find(where.query(), request.sort(), where.parameters());
        return request.page(query, rows -> MeetingSummary::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.FINANCE, Roles.ANALYST, Roles.PARTNER, Roles.MEMBER})
    @Operation(operationId = "getMeeting", summary = "Get a meeting with its agenda, register, actions and documents")
    public RestResponse<MeetingView> get(@PathParam("id") UUID id) {
        HeldMeeting held = access.visible(id);
        return Responses.ok(views.detail(held), held.meeting().version);
    }

    @POST
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "createMeeting", summary = "Plan a meeting",
            description = "For a partnership or board your organisation owns.")
    @APIResponseSchema(MeetingView.class)
    @APIResponse(responseCode = "409", description = "The partnership or board is archived")
    public RestResponse<MeetingView> create(@NotNull @Valid MeetingRequest body, @Context UriInfo uriInfo) {
        Meeting meeting = new Meeting();
        HeldMeeting held = new HeldMeeting(meeting, access.holderForNewMeeting(body.partnershipId(), body.boardId()));
        meeting.partnershipId = body.partnershipId();
        meeting.boardId = body.boardId();
        apply(body, meeting);
        meeting.persist();
        changes.created(meeting);
        return Responses.created(uriInfo, meeting.id, views.detail(held), meeting.version);
    }

    @PUT
    @Path("{id}")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "updateMeeting", summary = "Change a meeting",
            description = """
                    Send the version you loaded (or If-Match); a stale version gets 409 (412 for If-Match). The status
                    changes only through cancel and mark-held; a cancelled meeting cannot be changed.""")
    public RestResponse<MeetingView> update(@PathParam("id") UUID id, @NotNull @Valid MeetingRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        return change(id, body.version(), ifMatch, Changes.UPDATED, meeting -> {
            meeting.requireNotCancelled();
            if (!Objects.equals(meeting.partnershipId, body.partnershipId())
                    || !Objects.equals(meeting.boardId, body.boardId())) {
                throw ProblemException.invalid(meeting.partnershipId != null ? "partnershipId" : "boardId",
                        "cannot be changed: a meeting stays with the partnership or board that holds it");
            }
            apply(body, meeting);
        });
    }

    @POST
    @Path("{id}/cancel")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "cancelMeeting", summary = "Cancel a planned meeting",
            description = "Only a planned meeting can be cancelled (409 otherwise). Calendars show it as cancelled.")
    @APIResponseSchema(MeetingView.class)
    @APIResponse(responseCode = "409", description = "It is not planned (held or cancelled already), or someone else changed it")
    @APIResponse(responseCode = "412", description = "If-Match names another version")
    public RestResponse<MeetingView> cancel(@PathParam("id") UUID id, @NotNull @Valid CancelRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        return change(id, body.version(), ifMatch, "cancelled", meeting -> meeting.cancel(body.reason()));
    }

    @POST
    @Path("{id}/mark-held")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "markMeetingHeld", summary = "Record that a planned meeting took place",
            description = "Only a planned meeting that has started can be marked as held (409 otherwise).")
    @APIResponseSchema(MeetingView.class)
    @APIResponse(responseCode = "409", description = "It is not planned, has not started yet, or someone else changed it")
    @APIResponse(responseCode = "412", description = "If-Match names another version")
    public RestResponse<MeetingView> markHeld(@PathParam("id") UUID id, @NotNull @Valid VersionRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        return change(id, body.version(), ifMatch, "held", meeting -> meeting.markHeld(Instant.now()));
    }

    @POST
    @Path("{id}/publish-notes")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "publishMeetingNotes", summary = "Publish a held meeting's notes on the partnership's public page",
            description = "Anyone can then read its agenda, notes and decisions, with the names of everyone linked to the meeting "
                    + "replaced by \"a participant\", no presenters and attendance as counts. Only a held meeting (409 otherwise).")
    public RestResponse<MeetingView> publishNotes(@PathParam("id") UUID id, @NotNull @Valid VersionRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        return change(id, body.version(), ifMatch, "notes-published", meeting -> meeting.publishNotes(Instant.now()));
    }

    @POST
    @Path("{id}/unpublish-notes")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "unpublishMeetingNotes", summary = "Take a meeting's notes off the public page")
    public RestResponse<MeetingView> unpublishNotes(@PathParam("id") UUID id, @NotNull @Valid VersionRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        return change(id, body.version(), ifMatch, "notes-unpublished", Meeting::unpublishNotes);
    }

    @GET
    @Path("{id}/public-preview")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "previewPublicMeetingNotes", summary = "The meeting's notes exactly as the public page shows them",
            description = """
                    What anyone would read on the partnership's public page if the notes were published now (or read
                    there, once they are): the same wording, counts, named people and documents, from the same code.
                    For those who run the meeting, to check before publishing.""")
    public PublishedNotes.PublishedMeeting publicPreview(@PathParam("id") UUID id) {
        return publishedNotes.preview(access.manageable(id).meeting());
    }

    @GET
    @Path("{id}/calendar.ics")
    @Produces(MeetingCalendars.MEDIA_TYPE)
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.FINANCE, Roles.ANALYST, Roles.PARTNER, Roles.MEMBER})
    @Operation(operationId = "getMeetingCalendar", summary = "The meeting as an iCalendar (RFC 5545) event",
            description = "Its UID stays the same; SEQUENCE is the meeting's version, so calendars pick up changes and cancellation.")
    public RestResponse<String> calendar(@PathParam("id") UUID id) {
        HeldMeeting held = access.visible(id);
        return calendars.single(held);
    }

    /**
     * Applies {@code change} to the meeting if the caller runs it and loaded its current version; the trail records
     * it as {@code action}. A refused change rolls back, and so records nothing.
     */
    private RestResponse<MeetingView> change(UUID id, Long version, String ifMatch, String action, Consumer<Meeting> change) {
        HeldMeeting held = access.manageable(id);
        Versions.check(held.meeting().version, version, ifMatch);
        changes.updating(held.meeting(), action);
        change.accept(held.meeting());
        Meeting.flush();
        return Responses.ok(views.detail(held), held.meeting().version);
    }

    private static void apply(MeetingRequest body, Meeting meeting) {
        meeting.title = body.title().strip();
        meeting.schedule(body.startsAt().toInstant(), body.endsAt() == null ? null : body.endsAt().toInstant(),
                body.confirmed());
        meeting.format = body.format();
        meeting.venue = Text.trimmed(body.venue());
        meeting.onlineLink = Text.trimmed(body.onlineLink());
        meeting.chathamHouse = Boolean.TRUE.equals(body.chathamHouse());
        meeting.summary = Text.trimmed(body.summary());
    }
}
