package org.tandem.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.tandem.common.change.Changes;
import org.tandem.common.security.Roles;
import org.tandem.common.web.Responses;

/** Actions are recorded on a meeting; from then on they are reached at /api/v1/actions. */
@Path("/api/v1/meetings/{meetingId}/actions")
@Tag(name = "Actions")
public class MeetingActionResource {
    private final MeetingAccess access;
    private final MeetingViews views;
    private final ActionWriter writer;
    private final Changes changes;

    MeetingActionResource(MeetingAccess access, MeetingViews views, ActionWriter writer, Changes changes) {
        this.access = access;
        this.views = views;
        this.writer = writer;
        this.changes = changes;
    }

    @POST
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "createAction", summary = "Record an action on a meeting",
            description = "It is created open; its Location is under /api/v1/actions.")
    public RestResponse<ActionView> create(@PathParam("meetingId") UUID meetingId, @NotNull @Valid ActionRequest body,
            @Context UriInfo uriInfo) {
        MeetingAction action = new MeetingAction();
        action.meeting = access.manageable(meetingId).meeting();
        writer.apply(body, action);
        action.persist();
        changes.created(action);
        return Responses.createdAt(uriInfo.getBaseUriBuilder().path("api/v1/actions").path(action.id.toString()).build(),
                views.action(action), action.version);
    }
}
