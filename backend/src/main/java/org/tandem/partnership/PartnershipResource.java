package org.tandem.partnership;

import jakarta.validation.constraints.Size;
import jakarta.annotation.security.RolesAllowed;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.tandem.common.paging.Page;
import org.tandem.common.paging.PageParams;
import org.tandem.common.paging.PageRequest;
import org.tandem.common.persistence.Filter;
import org.tandem.common.persistence.LifecycleStatus;
import org.tandem.common.security.OrganisationScope;
import org.tandem.common.security.Roles;
import org.tandem.common.web.QueryValues;
import org.tandem.common.web.Responses;
import org.tandem.common.web.Versions;

@Path("/api/v1/partnerships")
@Tag(name = "Partnerships", description = "Standing groups, their hubs, members, terms of reference and the boards they report to. "
        + "You see the partnerships your organisation owns or takes part in; you change those it owns.")
public class PartnershipResource {
    private static final Map<String, String> SORTABLE = Map.of("name", "lower(p.name)", "createdAt", "p.createdAt", "status", "p.status");

    private final PartnershipService partnerships;
    private final OrganisationScope scope;

    PartnershipResource(PartnershipService partnerships, OrganisationScope scope) {
        this.partnerships = partnerships;
        this.scope = scope;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.FINANCE, Roles.ANALYST, Roles.PARTNER, Roles.MEMBER})
    @Operation(operationId = "listPartnerships", summary = "List partnerships you can see",
            description = "Sortable by name, createdAt, status.")
    public Page<PartnershipSummary> list(@BeanParam PageParams paging,
            @QueryParam("q") @Size(max = 200) @Parameter(description = "Text within the name or description") String q,
            @QueryParam("status") @Parameter(description = "Only ACTIVE or only ARCHIVED partnerships",
                    schema = @Schema(implementation = LifecycleStatus.class)) String status,
            @QueryParam("parentId") @Parameter(description = "Only the hubs of this partnership",
                    schema = @Schema(format = "uuid")) String parentId,
            @QueryParam("topLevel") @Parameter(description = "true: only partnerships that are not hubs",
                    schema = @Schema(implementation = Boolean.class)) String topLevel,
            @QueryParam("boardId") @Parameter(description = "Only partnerships reporting to this board",
                    schema = @Schema(format = "uuid")) String boardId) {
        PageRequest request = paging.toRequest(SORTABLE, "name");
        Filter filter = scope.visibleBodies("p")
                .containsText(q, "p.name", "p.description")
                .and("p.status = :status", "status", QueryValues.enumValue(LifecycleStatus.class, status, "status"))
                .and("p.parentId = :parentId", "parentId", QueryValues.uuid(parentId, "parentId"))
                .and(":boardId member of p.boardIds", "boardId", QueryValues.uuid(boardId, "boardId"));
        if (Boolean.TRUE.equals(QueryValues.bool(topLevel, "topLevel"))) {
            filter.and("p.parentId is null");
        }
        var query = Partnership.<Partnership>find("from Partnership p where " + filter.query(), request.sort(), filter.parameters());
        return Page.of(query.page(request.page(), request.size()).list(), request, query.count(), PartnershipSummary::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.FINANCE, Roles.ANALYST, Roles.PARTNER, Roles.MEMBER})
    @Operation(operationId = "getPartnership", summary = "Get a partnership with its hubs, boards and members")
    public RestResponse<PartnershipView> get(@PathParam("id") UUID id) {
        Partnership partnership = partnerships.visible(id);
        return Responses.ok(partnerships.view(partnership), partnership.version);
    }

    @POST
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "createPartnership", summary = "Create a partnership (or a hub, with parentId)",
            description = "Your organisation becomes its owner.")
    public RestResponse<PartnershipView> create(@NotNull @Valid PartnershipRequest body, @Context UriInfo uriInfo) {
        Partnership partnership = partnerships.create(body);
        return Responses.created(uriInfo, partnership.id, partnerships.view(partnership), partnership.version);
    }

    @PUT
    @Path("{id}")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "updatePartnership", summary = "Update a partnership",
            description = "Replaces every field. Send the version you loaded (or If-Match): a stale version gets 409 (412 for If-Match). "
                    + "Set status ARCHIVED to retire a partnership with history, ACTIVE to restore it; an archived partnership "
                    + "is not edited without restoring it (409 transition-not-allowed).")
    public RestResponse<PartnershipView> update(@PathParam("id") UUID id, @NotNull @Valid PartnershipRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        Partnership partnership = partnerships.manageable(id);
        Versions.check(partnership.version, body.version(), ifMatch);
        partnerships.update(partnership, body);
        return Responses.ok(partnerships.view(partnership), partnership.version);
    }

    @DELETE
    @Path("{id}")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "deletePartnership", summary = "Delete a partnership that has no history",
            description = "Refused with 409 when it has meetings or hubs: archive it instead. Send the version you loaded "
                    + "as a query parameter or If-Match; a stale one gets 409 (412 for If-Match). Its members go with it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "It has meetings or hubs (archive it instead), or someone else changed it")
    @APIResponse(responseCode = "412", description = "If-Match names another version")
    public void delete(@PathParam("id") UUID id,
            @QueryParam("version") @Parameter(description = "The partnership's version") Long version,
            @HeaderParam("If-Match") String ifMatch) {
        Partnership partnership = partnerships.manageable(id);
        Versions.check(partnership.version, version, ifMatch);
        partnerships.delete(partnership);
    }
}
