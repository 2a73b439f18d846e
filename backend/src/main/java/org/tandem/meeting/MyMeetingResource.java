package org.tandem.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.tandem.common.change.Changes;
import org.tandem.common.paging.Page;
import org.tandem.common.paging.PageParams;
import org.tandem.common.paging.PageRequest;
import org.tandem.common.persistence.Filter;
import org.tandem.common.problem.ProblemException;
import org.tandem.common.security.OrganisationScope;
import org.tandem.common.security.Roles;
import org.tandem.common.web.Responses;

@Path("/api/v1/me/meetings")
@Tag(name = "My meetings", description = """
        The meetings of the partnerships you belong to today, for the person your sign-in is linked to, with your
        own answer to each: attending or apologies. A sign-in nobody linked to a person gets 409 not-linked.""")
public class MyMeetingResource {
    private static final Map<String, String> SORTABLE = Map.of("startsAt", "startsAt");
    /** Upcoming meetings first, soonest first; then past ones, latest first. */
    private static final String UPCOMING_FIRST = " order by case when startsAt >= :now then 0 else 1 end,"
            + " case when startsAt >= :now then startsAt end asc, startsAt desc, id";

    private final MeetingAccess access;
    private final OrganisationScope scope;
    private final Changes changes;

    MyMeetingResource(MeetingAccess access, OrganisationScope scope, Changes changes) {
        this.access = access;
        this.scope = scope;
        this.changes = changes;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.FINANCE, Roles.MEMBER})
    @Operation(operationId = "listMyMeetings", summary = "List the meetings of your partnerships, with your answers",
            description = "Upcoming meetings first (soonest first), then past ones (latest first); sort=startsAt orders by time alone.")
    public Page<MyMeetingView> list(@BeanParam PageParams paging) {
        UUID me = scope.requireLinkedPerson();
        PageRequest request = paging.toRequest(SORTABLE, "startsAt");
        Set<UUID> mine = scope.currentPartnershipsOf(me);
        if (mine.isEmpty()) {
            return Page.of(List.<Meeting>of(), request, 0, m -> null);
        }
        Filter where = access.visibleMeetings("").and("partnershipId in :mine", "mine", mine);
        var query = paging.sort == null || paging.sort.isBlank()
                ? Meeting.<Meeting>find(where.query() + UPCOMING_FIRST, where.parameters().and("now", Instant.now()))
                : Meeting.<Meeting>find(where.query(), request.sort(), where.parameters());
        List<Meeting> rows = query.page(request.page(), request.size()).list();
        Map<UUID, MeetingResponseKind> answers = rows.isEmpty() ? Map.of()
                : MeetingResponse.<MeetingResponse>list("personId = ?1 and meeting in ?2", me, rows).stream()
                        .collect(Collectors.toMap(r -> r.meeting.id, r -> r.response));
        Function<Meeting, MyMeetingView> view = m -> MyMeetingView.of(access.held(m), answers.get(m.id));
        return Page.of(rows, request, query.count(), view);
    }

    @PUT
    @Path("{id}/response")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.FINANCE, Roles.MEMBER})
    @Operation(operationId = "respondToMeeting", summary = "Say you will attend a meeting, or send apologies",
            description = "Only for a planned meeting of a partnership you belong to. Sending the same answer again changes nothing.")
    @APIResponseSchema(MyMeetingView.class)
    @APIResponse(responseCode = "403", description = "The meeting is not one of a partnership you belong to")
    @APIResponse(responseCode = "409", description = "The meeting was held or cancelled, or your sign-in is not linked to a person")
    public RestResponse<MyMeetingView> respond(@PathParam("id") UUID id, @NotNull @Valid ResponseRequest body) {
        UUID me = scope.requireLinkedPerson();
        HeldMeeting held = access.visible(id);
        Meeting meeting = held.meeting();
        if (meeting.partnershipId == null || !scope.currentPartnershipsOf(me).contains(meeting.partnershipId)) {
            throw ProblemException.forbidden("You can answer only for meetings of partnerships you belong to.");
        }
        meeting.requireOpenForResponses();
        MeetingResponse response = MeetingResponse.of(meeting, me).orElse(null);
        if (response == null) {
            response = new MeetingResponse();
            response.meeting = meeting;
            response.personId = me;
            response.response = body.response();
            response.respondedAt = Instant.now();
            response.persist();
            changes.created(response);
        } else if (response.response != body.response()) {
            changes.updating(response);
            response.response = body.response();
            response.respondedAt = Instant.now();
            MeetingResponse.flush();
        }
        return Responses.ok(MyMeetingView.of(held, response.response), meeting.version);
    }
}
