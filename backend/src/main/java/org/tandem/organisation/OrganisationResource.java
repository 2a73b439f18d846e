package org.tandem.organisation;

import jakarta.validation.constraints.Size;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.tandem.common.change.Changes;
import org.tandem.common.paging.Page;
import org.tandem.common.paging.PageParams;
import org.tandem.common.paging.PageRequest;
import org.tandem.common.persistence.Filter;
import org.tandem.common.problem.ProblemException;
import org.tandem.common.security.Roles;
import org.tandem.common.web.Responses;
import org.tandem.common.web.Versions;

@Path("/api/v1/organisations")
@Tag(name = "Organisations", description = "The directory of organisations. Everyone signed in may read it; platform administrators "
        + "register organisations, and an organisation's admins keep its own record up to date.")
public class OrganisationResource {
    private static final Map<String, String> SORTABLE = Map.of("name", "lower(name)", "code", "code", "kind", "kind");

    private final OrganisationAccess access;
    private final Changes changes;

    OrganisationResource(OrganisationAccess access, Changes changes) {
        this.changes = changes;
        this.access = access;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.FINANCE, Roles.ANALYST, Roles.PARTNER, Roles.MEMBER, Roles.PLATFORM_ADMIN})
    @Operation(operationId = "listOrganisations", summary = "List organisations",
            description = "Sortable by name, code, kind.")
    public Page<OrganisationView> list(@BeanParam PageParams paging,
            @QueryParam("q") @Size(max = 200) @Parameter(description = "Case-insensitive text within the name or code") String q) {
        PageRequest request = paging.toRequest(SORTABLE, "name");
        Filter filter = new Filter().containsText(q, "name", "code");
        var query = Organisation.<Organisation>find(filter.query(), request.sort(), filter.parameters());
        return Page.of(query.page(request.page(), request.size()).list(), request, query.count(), OrganisationView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.FINANCE, Roles.ANALYST, Roles.PARTNER, Roles.MEMBER, Roles.PLATFORM_ADMIN})
    @Operation(operationId = "getOrganisation", summary = "Get an organisation")
    public RestResponse<OrganisationView> get(@PathParam("id") UUID id) {
        Organisation organisation = access.visible(id);
        return Responses.ok(OrganisationView.of(organisation), organisation.version);
    }

    @POST
    @Transactional
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(operationId = "createOrganisation", summary = "Register an organisation",
            description = "Platform administrators only. Its code is what users' tokens carry in the organisation claim.")
    public RestResponse<OrganisationView> create(@NotNull @Valid OrganisationRequest body, @Context UriInfo uriInfo) {
        if (Organisation.codeTaken(body.code())) {
            throw ProblemException.invalid("code", "is already used by another organisation");
        }
        Organisation organisation = new Organisation();
        apply(body, organisation);
        organisation.persist();
        changes.created(organisation);
        return Responses.created(uriInfo, organisation.id, OrganisationView.of(organisation), organisation.version);
    }

    @PUT
    @Path("{id}")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(operationId = "updateOrganisation", summary = "Update an organisation",
            description = "An organisation's admins change their own organisation only (403 for another); platform "
                    + "administrators change any. Send the version you loaded (or If-Match); a stale version gets 409 "
                    + "(412 for If-Match).")
    public RestResponse<OrganisationView> update(@PathParam("id") UUID id, @NotNull @Valid OrganisationRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        Organisation organisation = access.editable(id);
        Versions.check(organisation.version, body.version(), ifMatch);
        if (!organisation.code.equals(body.code())) {
            throw ProblemException.invalid("code", "cannot be changed: users' tokens refer to it");
        }
        changes.updating(organisation);
        apply(body, organisation);
        Organisation.flush();
        return Responses.ok(OrganisationView.of(organisation), organisation.version);
    }

    private static void apply(OrganisationRequest body, Organisation organisation) {
        organisation.code = body.code();
        organisation.name = body.name().trim();
        organisation.kind = body.kind();
        organisation.website = body.website();
    }
}
