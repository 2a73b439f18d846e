package org.tandem.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.tandem.common.change.Changes;
import org.tandem.common.problem.ProblemException;
import org.tandem.common.security.Roles;
import org.tandem.common.web.Responses;
import org.tandem.common.web.Versions;

@Path("/api/v1/meetings/{meetingId}/agenda-items")
@Tag(name = "Agenda", description = """
        A meeting's agenda: items in order with planned times, presenters, notes of the discussion and decisions.
        Each item has its own version; the order belongs to the meeting and changes its version.""")
public class AgendaItemResource {
    private final MeetingAccess access;
    private final MeetingViews views;
    private final Changes changes;

    AgendaItemResource(MeetingAccess access, MeetingViews views, Changes changes) {
        this.access = access;
        this.views = views;
        this.changes = changes;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.FINANCE, Roles.ANALYST, Roles.PARTNER, Roles.MEMBER})
    @Operation(operationId = "getAgenda", summary = "The agenda in order, with the meeting version a reorder needs")
    public AgendaView list(@PathParam("meetingId") UUID meetingId) {
        return views.agenda(access.visible(meetingId));
    }

    @GET
    @Path("{itemId}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.FINANCE, Roles.ANALYST, Roles.PARTNER, Roles.MEMBER})
    @Operation(operationId = "getAgendaItem", summary = "Get an agenda item")
    public RestResponse<AgendaItemView> get(@PathParam("meetingId") UUID meetingId, @PathParam("itemId") UUID itemId) {
        HeldMeeting held = access.visible(meetingId);
        AgendaItem item = item(held, itemId);
        return Responses.ok(views.agendaItem(held, item), item.version);
    }

    @POST
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "addAgendaItem", summary = "Add an item at the end of the agenda")
    public RestResponse<AgendaItemView> create(@PathParam("meetingId") UUID meetingId,
            @NotNull @Valid AgendaItemRequest body, @Context UriInfo uriInfo) {
        HeldMeeting held = access.manageableForChildren(meetingId);
        AgendaItem item = held.meeting().addAgendaItem(new AgendaItem());
        apply(body, item);
        item.persist();
        changes.created(item);
        return Responses.created(uriInfo, item.id, views.agendaItem(held, item), item.version);
    }

    @PUT
    @Path("{itemId}")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "updateAgendaItem", summary = "Change an agenda item, its notes and its decisions",
            description = "Send the item's version (or If-Match); each update is a new version. Decisions left out are removed.")
    public RestResponse<AgendaItemView> update(@PathParam("meetingId") UUID meetingId, @PathParam("itemId") UUID itemId,
            @NotNull @Valid AgendaItemRequest body, @HeaderParam("If-Match") String ifMatch) {
        HeldMeeting held = access.manageable(meetingId);
        AgendaItem item = item(held, itemId);
        Versions.check(item.version, body.version(), ifMatch);
        changes.updating(item);
        apply(body, item);
        AgendaItem.flush();
        return Responses.ok(views.agendaItem(held, item), item.version);
    }

    @DELETE
    @Path("{itemId}")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "removeAgendaItem", summary = "Remove an agenda item and its decisions",
            description = "Send the item's version as a query parameter or If-Match. Later items move up.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "Someone else changed the item since you loaded it")
    @APIResponse(responseCode = "412", description = "If-Match names another version")
    public void delete(@PathParam("meetingId") UUID meetingId, @PathParam("itemId") UUID itemId,
            @QueryParam("version") @Parameter(description = "The item's version") Long version,
            @HeaderParam("If-Match") String ifMatch) {
        HeldMeeting held = access.manageableForChildren(meetingId);
        AgendaItem item = item(held, itemId);
        Versions.check(item.version, version, ifMatch);
        changes.deleting(item);
        held.meeting().removeAgendaItem(item);
    }

    @PUT
    @Path("order")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "reorderAgenda", summary = "Put the agenda in a new order",
            description = "List every item once. Send the meeting's version (meetingVersion, or If-Match); it changes.")
    public RestResponse<AgendaView> reorder(@PathParam("meetingId") UUID meetingId,
            @NotNull @Valid AgendaOrderRequest body, @HeaderParam("If-Match") String ifMatch) {
        HeldMeeting held = access.manageableForChildren(meetingId);
        Meeting meeting = held.meeting();
        Versions.check(meeting.version, body.version(), ifMatch);
        changes.updating(meeting, "agenda-reordered"); // one entry, on the meeting: the order is its agendaOrder
        meeting.reorderAgenda(body.itemIds());
        Meeting.flush();
        return Responses.ok(views.agenda(held), meeting.version);
    }

    private static AgendaItem item(HeldMeeting held, UUID itemId) {
        return held.meeting().agendaItem(itemId).orElseThrow(() -> ProblemException.notFound("Agenda item " + itemId));
    }

    private static void apply(AgendaItemRequest body, AgendaItem item) {
        item.kind = body.kind();
        item.title = body.title().strip();
        item.plannedStart = body.plannedStart() == null ? null : body.plannedStart().toInstant();
        item.plannedEnd = body.plannedEnd() == null ? null : body.plannedEnd().toInstant();
        item.presenter = Text.trimmed(body.presenter());
        item.notes = Text.trimmed(body.notes());
        item.recordDecisions(body.decisionTexts());
        item.revised();
    }
}
