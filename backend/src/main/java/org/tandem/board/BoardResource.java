package org.tandem.board;

import jakarta.validation.constraints.Size;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.tandem.common.change.Changes;
import org.tandem.common.paging.Page;
import org.tandem.common.paging.PageParams;
import org.tandem.common.paging.PageRequest;
import org.tandem.common.persistence.Filter;
import org.tandem.common.persistence.LifecycleStatus;
import org.tandem.common.problem.ProblemException;
import org.tandem.common.security.CurrentUser;
import org.tandem.common.security.OrganisationScope;
import org.tandem.common.security.Roles;
import org.tandem.common.web.QueryValues;
import org.tandem.common.web.Responses;
import org.tandem.common.web.Versions;
import org.tandem.organisation.ParticipantOrganisations;

@Path("/api/v1/boards")
@Tag(name = "Boards", description = "Decision-making bodies, such as Health and Wellbeing Boards. "
        + "You see the boards your organisation owns or sits on; you change those it owns.")
public class BoardResource {
    private static final Map<String, String> SORTABLE = Map.of("name", "lower(b.name)", "createdAt", "b.createdAt");

    private final OrganisationScope scope;
    private final CurrentUser user;
    private final Changes changes;

    BoardResource(OrganisationScope scope, CurrentUser user, Changes changes) {
        this.scope = scope;
        this.user = user;
        this.changes = changes;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.FINANCE, Roles.ANALYST, Roles.PARTNER, Roles.MEMBER})
    @Operation(operationId = "listBoards", summary = "List boards you can see", description = "Sortable by name, createdAt.")
    public Page<BoardView> list(@BeanParam PageParams paging,
            @QueryParam("q") @Size(max = 200) @Parameter(description = "Text within the name or description") String q,
            @QueryParam("status") @Parameter(description = "Only ACTIVE or only ARCHIVED boards",
                    schema = @Schema(implementation = LifecycleStatus.class)) String status) {
        PageRequest request = paging.toRequest(SORTABLE, "name");
        Filter filter = scope.visibleBodies("b")
                .containsText(q, "b.name", "b.description")
                .and("b.status = :status", "status", QueryValues.enumValue(LifecycleStatus.class, status, "status"));
        var query = Board.<Board>find("from Board b where " + filter.query(), request.sort(), filter.parameters());
        return Page.of(query.page(request.page(), request.size()).list(), request, query.count(), this::view);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.FINANCE, Roles.ANALYST, Roles.PARTNER, Roles.MEMBER})
    @Operation(operationId = "getBoard", summary = "Get a board")
    public RestResponse<BoardView> get(@PathParam("id") UUID id) {
        Board board = scope.requireVisible(Board.findById(id), "Board " + id);
        return Responses.ok(view(board), board.version);
    }

    @POST
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "createBoard", summary = "Create a board", description = "Your organisation becomes its owner.")
    public RestResponse<BoardView> create(@NotNull @Valid BoardRequest body, @Context UriInfo uriInfo) {
        Board board = new Board();
        board.ownerOrganisationId = scope.organisationId();
        board.status = status(body);
        apply(body, board);
        board.persist();
        changes.created(board);
        return Responses.created(uriInfo, board.id, view(board), board.version);
    }

    @PUT
    @Path("{id}")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "updateBoard", summary = "Update a board",
            description = "Replaces every field. Send the version you loaded (or If-Match): a stale version gets 409 (412 for If-Match). "
                    + "Set status ARCHIVED to retire a board with history, ACTIVE to restore it; an archived board is not "
                    + "edited without restoring it (409 transition-not-allowed).")
    public RestResponse<BoardView> update(@PathParam("id") UUID id, @NotNull @Valid BoardRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        Board board = scope.requireManageable(Board.findById(id), "Board " + id);
        Versions.check(board.version, body.version(), ifMatch);
        LifecycleStatus next = status(body);
        changes.updating(board, board.status.moveName(next));
        board.revise(next, () -> apply(body, board));
        Board.flush();
        return Responses.ok(view(board), board.version);
    }

    @DELETE
    @Path("{id}")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "deleteBoard", summary = "Delete a board that has no history",
            description = "Refused with 409 when it has meetings or partnerships report to it: archive it instead. Send the "
                    + "version you loaded as a query parameter or If-Match; a stale one gets 409 (412 for If-Match).")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "It has meetings or partnerships report to it, or someone else changed it")
    @APIResponse(responseCode = "412", description = "If-Match names another version")
    public void delete(@PathParam("id") UUID id,
            @QueryParam("version") @Parameter(description = "The board's version") Long version,
            @HeaderParam("If-Match") String ifMatch) {
        Board board = scope.requireManageable(Board.findById(id), "Board " + id);
        Versions.check(board.version, version, ifMatch);
        changes.deleting(board);
        board.delete();
        try {
            Board.flush();
        } catch (PersistenceException stillReferenced) {
            throw ProblemException.businessRule(
                    "Partnerships report to this board or it has meetings. Archive it (status ARCHIVED) instead of deleting it.");
        }
    }

    private BoardView view(Board board) {
        return BoardView.of(board, scope.owns(board) && user.canManage());
    }

    private static LifecycleStatus status(BoardRequest body) {
        return body.status() == null ? LifecycleStatus.ACTIVE : body.status();
    }

    private void apply(BoardRequest body, Board board) {
        board.name = body.name().trim();
        board.description = body.description();
        board.statutory = Boolean.TRUE.equals(body.statutory());
        board.website = body.website();
        Set<UUID> organisations = ParticipantOrganisations.checked(body.participantOrganisationIds(), board.ownerOrganisationId);
        if (!board.participantOrganisationIds.equals(organisations)) {
            board.participantOrganisationIds.clear();
            board.participantOrganisationIds.addAll(organisations);
        }
    }
}
