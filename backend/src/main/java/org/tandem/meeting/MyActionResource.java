package org.tandem.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.tandem.common.web.Versions;

@Path("/api/v1/me/actions")
@Tag(name = "My actions", description = """
        The actions meetings gave to the person your sign-in is linked to, which you mark as done yourself. A sign-in
        nobody linked to a person gets 409 not-linked.""")
public class MyActionResource {
    private static final Map<String, String> SORTABLE = Map.of("dueOn", "dueOn", "createdAt", "createdAt");
    /** Open ones first, then by due date (undated last). */
    private static final String OPEN_FIRST = " order by case when status = :open then 0 else 1 end, dueOn nulls last, createdAt, id";

    private final MeetingAccess access;
    private final MeetingViews views;
    private final OrganisationScope scope;
    private final Changes changes;

    MyActionResource(MeetingAccess access, MeetingViews views, OrganisationScope scope, Changes changes) {
        this.access = access;
        this.views = views;
        this.scope = scope;
        this.changes = changes;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.FINANCE, Roles.MEMBER})
    @Operation(operationId = "listMyActions", summary = "List the actions you own",
            description = "Open ones first, then done and dropped ones; each by due date (undated last). sort=dueOn or createdAt orders by that alone.")
    public Page<ActionView> list(@BeanParam PageParams paging) {
        UUID me = scope.requireLinkedPerson();
        PageRequest request = paging.toRequest(SORTABLE, "dueOn");
        Filter where = access.visibleMeetings("meeting.").and("ownerPersonId = :me", "me", me);
        var query = paging.sort == null || paging.sort.isBlank()
                ? MeetingAction.<MeetingAction>find(where.query() + OPEN_FIRST, where.parameters().and("open", ActionStatus.OPEN))
                : MeetingAction.<MeetingAction>find(where.query(), request.sort(), where.parameters());
        List<MeetingAction> rows = query.page(request.page(), request.size()).list();
        return Page.of(rows, request, query.count(), views.actionViews(rows));
    }

    @POST
    @Path("{id}/done")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.FINANCE, Roles.MEMBER})
    @Operation(operationId = "markMyActionDone", summary = "Mark an action you own as done",
            description = "Send the version you loaded (or If-Match). 409 when it is closed already.")
    @APIResponseSchema(ActionView.class)
    @APIResponse(responseCode = "403", description = "The action is someone else's")
    @APIResponse(responseCode = "409", description = "It is closed already, someone else changed it, or your sign-in is not linked to a person")
    @APIResponse(responseCode = "412", description = "If-Match names another version")
    public RestResponse<ActionView> done(@PathParam("id") UUID id, @NotNull @Valid VersionRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        UUID me = scope.requireLinkedPerson();
        MeetingAction action = access.visibleAction(id);
        if (!me.equals(action.ownerPersonId)) {
            throw ProblemException.forbidden("Only the person who owns an action can mark it as done here.");
        }
        Versions.check(action.version, body.version(), ifMatch);
        changes.updating(action, "closed");
        action.close(ActionStatus.DONE);
        MeetingAction.flush();
        return Responses.ok(views.action(action), action.version);
    }
}
