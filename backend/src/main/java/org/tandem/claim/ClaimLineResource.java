package org.tandem.claim;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.tandem.common.change.Changes;
import org.tandem.common.problem.ProblemException;
import org.tandem.common.security.Roles;
import org.tandem.common.web.Responses;
import org.tandem.common.web.Versions;
import org.tandem.reimbursement.ReimbursementPolicy;

@Path("/api/v1/claims/{claimId}/lines")
@Tag(name = "Claim lines", description = """
        The lines of a draft claim. Each change answers with the whole claim, so a client shows the new totals at once,
        and moves the claim's version: send that version to change a line.""")
public class ClaimLineResource {
    private final ClaimAccess access;
    private final ClaimService claims;
    private final ClaimViews views;
    private final Changes changes;

    ClaimLineResource(ClaimAccess access, ClaimService claims, ClaimViews views, Changes changes) {
        this.access = access;
        this.claims = claims;
        this.views = views;
        this.changes = changes;
    }

    @GET
    @Path("{lineId}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.FINANCE, Roles.MEMBER})
    @Operation(operationId = "getClaimLine", summary = "Get one line of a claim")
    public ClaimLineView get(@PathParam("claimId") UUID claimId, @PathParam("lineId") UUID lineId) {
        Claim claim = access.visible(claimId);
        return ClaimLineView.of(line(claim, lineId), ReimbursementPolicy.findById(claim.policyId));
    }

    @POST
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MEMBER})
    @Operation(operationId = "addClaimLine", summary = "Add a line to a draft",
            description = "Answers with the whole claim; Location names the new line. 409 unless the claim is a draft.")
    @APIResponseSchema(ClaimView.class)
    @APIResponse(responseCode = "409", description = "The claim is not a draft")
    public RestResponse<ClaimView> create(@PathParam("claimId") UUID claimId, @NotNull @Valid ClaimLineRequest body,
            @Context UriInfo uriInfo) {
        Claim claim = access.locked(claimId);
        ClaimLine line = claims.addLine(claim, body);
        changes.created(line);
        Claim.flush();
        return Responses.createdAt(uriInfo.getAbsolutePathBuilder().path(line.id.toString()).build(), views.detail(claim),
                claim.version);
    }

    @PUT
    @Path("{lineId}")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MEMBER})
    @Operation(operationId = "updateClaimLine", summary = "Change a line of a draft",
            description = "Send the claim's version (or If-Match with the claim's ETag). The amount is worked out again. "
                    + "Its receipts stay with it.")
    public RestResponse<ClaimView> update(@PathParam("claimId") UUID claimId, @PathParam("lineId") UUID lineId,
            @NotNull @Valid ClaimLineRequest body, @HeaderParam("If-Match") String ifMatch) {
        Claim claim = access.locked(claimId);
        Versions.check(claim.version, body.version(), ifMatch);
        claim.requireDraft();
        ClaimLine line = line(claim, lineId);
        changes.updating(line);
        claims.changeLine(claim, line, body);
        Claim.flush();
        return Responses.ok(views.detail(claim), claim.version);
    }

    @DELETE
    @Path("{lineId}")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MEMBER})
    @Operation(operationId = "removeClaimLine", summary = "Remove a line, and its receipts, from a draft",
            description = "Answers with the whole claim. Send If-Match with the claim's ETag (400 without it, 412 when the "
                    + "claim changed since).")
    @APIResponseSchema(ClaimView.class)
    @APIResponse(responseCode = "400", description = "No If-Match")
    @APIResponse(responseCode = "409", description = "The claim is not a draft")
    @APIResponse(responseCode = "412", description = "If-Match names another version")
    public RestResponse<ClaimView> delete(@PathParam("claimId") UUID claimId, @PathParam("lineId") UUID lineId,
            @HeaderParam("If-Match") String ifMatch) {
        Claim claim = access.locked(claimId);
        Versions.check(claim.version, null, ifMatch);
        claim.requireDraft();
        ClaimLine line = line(claim, lineId);
        changes.deleting(line);
        line.receipts.forEach(changes::deleting);
        claim.removeLine(line);
        Claim.flush();
        return Responses.ok(views.detail(claim), claim.version);
    }

    static ClaimLine line(Claim claim, UUID lineId) {
        return claim.line(lineId).orElseThrow(() -> ProblemException.notFound("Line " + lineId));
    }
}
