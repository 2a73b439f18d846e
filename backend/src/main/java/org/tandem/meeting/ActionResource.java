package org.tandem.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
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
import org.tandem.common.security.Roles;
import org.tandem.common.web.Responses;
import org.tandem.common.web.Versions;

@Path("/api/v1/actions")
@Tag(name = "Actions", description = """
        Actions agreed at meetings, tracked across meetings until done or dropped, so a chair can carry open actions
        into the next agenda. Each says which meeting it came from. Analysts and partners see owners' ids, not names.""")
public class ActionResource {
    private static final Map<String, String> SORTABLE = Map.of("dueOn", "dueOn", "createdAt", "createdAt");

    private final MeetingAccess access;
    private final MeetingViews views;
    private final ActionWriter writer;
    private final Changes changes;

    ActionResource(MeetingAccess access, MeetingViews views, ActionWriter writer, Changes changes) {
        this.access = access;
        this.views = views;
        this.writer = writer;
        this.changes = changes;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.FINANCE, Roles.ANALYST, Roles.PARTNER, Roles.MEMBER})
    @Operation(operationId = "listActions", summary = "List actions across meetings",
            description = "Open actions unless status says otherwise. Sortable by dueOn (default; undated last), createdAt.")
    public Page<ActionView> list(@BeanParam PageParams paging, @BeanParam ActionFilter filter) {
        PageRequest request = paging.toRequest(SORTABLE, "dueOn");
        Filter where = filter.applyTo(access.visibleMeetings("meeting."));
        var query = MeetingAction.<MeetingAction>find(where.query(), request.sort(), where.parameters());
        List<MeetingAction> rows = query.page(request.page(), request.size()).list();
        return Page.of(rows, request, query.count(), views.actionViews(rows));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.FINANCE, Roles.ANALYST, Roles.PARTNER, Roles.MEMBER})
    @Operation(operationId = "getAction", summary = "Get an action")
    public RestResponse<ActionView> get(@PathParam("id") UUID id) {
        MeetingAction action = access.visibleAction(id);
        return Responses.ok(views.action(action), action.version);
    }

    @PUT
    @Path("{id}")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "updateAction", summary = "Change an action's wording, owner, agenda item or due date",
            description = "Send the version you loaded (or If-Match). Its status changes through close and reopen.")
    public RestResponse<ActionView> update(@PathParam("id") UUID id, @NotNull @Valid ActionRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        return change(id, body.version(), ifMatch, Changes.UPDATED, action -> writer.apply(body, action));
    }

    @POST
    @Path("{id}/close")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "closeAction", summary = "Close an action as done or dropped",
            description = "409 when it is closed already.")
    @APIResponseSchema(ActionView.class)
    @APIResponse(responseCode = "409", description = "It is closed already, or someone else changed it")
    @APIResponse(responseCode = "412", description = "If-Match names another version")
    public RestResponse<ActionView> close(@PathParam("id") UUID id, @NotNull @Valid CloseActionRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        return change(id, body.version(), ifMatch, "closed", action -> action.close(body.status()));
    }

    @POST
    @Path("{id}/reopen")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "reopenAction", summary = "Reopen a closed action", description = "409 when it is open.")
    @APIResponseSchema(ActionView.class)
    @APIResponse(responseCode = "409", description = "It is open already, or someone else changed it")
    @APIResponse(responseCode = "412", description = "If-Match names another version")
    public RestResponse<ActionView> reopen(@PathParam("id") UUID id, @NotNull @Valid VersionRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        return change(id, body.version(), ifMatch, "reopened", MeetingAction::reopen);
    }

    /**
     * Applies {@code change} to the action if the caller runs its meeting and loaded its current version; the trail
     * records it as {@code name}.
     */
    private RestResponse<ActionView> change(UUID id, Long version, String ifMatch, String name, Consumer<MeetingAction> change) {
        MeetingAction action = access.manageableAction(id);
        Versions.check(action.version, version, ifMatch);
        changes.updating(action, name);
        change.accept(action);
        MeetingAction.flush();
        return Responses.ok(views.action(action), action.version);
    }
}
