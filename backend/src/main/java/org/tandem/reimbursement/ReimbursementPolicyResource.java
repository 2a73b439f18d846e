package org.tandem.reimbursement;

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
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.tandem.common.change.Changes;
import org.tandem.common.paging.Page;
import org.tandem.common.paging.PageParams;
import org.tandem.common.paging.PageRequest;
import org.tandem.common.persistence.Constraints;
import org.tandem.common.persistence.Filter;
import org.tandem.common.problem.ProblemException;
import org.tandem.common.security.OrganisationScope;
import org.tandem.common.security.Roles;
import org.tandem.common.web.QueryValues;
import org.tandem.common.web.Responses;
import org.tandem.common.web.Versions;
import org.tandem.partnership.Partnership;

@Path("/api/v1/reimbursement-policies")
@Tag(name = "Reimbursement policies", description = """
        What each partnership pays its lay members: involvement payment rates, mileage, the expenses it accepts,
        receipts, the claim deadline and the benefits warning amount. Policies are dated: a claim uses the policy in
        force on its meeting's date and keeps it. Everyone who claims or handles claims for a partnership can read
        its policies; admins of the organisation running it set them.""")
public class ReimbursementPolicyResource {
    private static final Map<String, String> SORTABLE = Map.of("effectiveFrom", "rp.effectiveFrom", "createdAt", "rp.createdAt");

    private final OrganisationScope scope;
    private final Changes changes;

    ReimbursementPolicyResource(OrganisationScope scope, Changes changes) {
        this.scope = scope;
        this.changes = changes;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.FINANCE, Roles.MEMBER})
    @Operation(operationId = "listReimbursementPolicies", summary = "List the policies of partnerships you can see",
            description = "Sortable by effectiveFrom (default, newest first), createdAt.")
    public Page<ReimbursementPolicyView> list(@BeanParam PageParams paging,
            @QueryParam("partnershipId") @Parameter(description = "Only this partnership's policies",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) String partnershipId,
            @QueryParam("inForceOn") @Parameter(description = "Only the policy in force on this date (one per partnership)",
                    example = "2024-07-17") String inForceOn) {
        PageRequest request = paging.toRequest(SORTABLE, "effectiveFrom,desc");
        Filter filter = scope.inVisiblePartnership("rp.partnershipId")
                .and("rp.partnershipId = :partnershipId", "partnershipId", QueryValues.uuid(partnershipId, "partnershipId"));
        LocalDate date = QueryValues.date(inForceOn, "inForceOn");
        if (date != null) {
            filter.and("rp.effectiveFrom = (select max(o.effectiveFrom) from ReimbursementPolicy o "
                    + "where o.partnershipId = rp.partnershipId and o.effectiveFrom <= :inForceOn)").bind("inForceOn", date);
        }
        var query = ReimbursementPolicy.<ReimbursementPolicy>find("from ReimbursementPolicy rp where " + filter.query(), request.sort(), filter.parameters());
        return Page.of(query.page(request.page(), request.size()).list(), request, query.count(), ReimbursementPolicyView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.FINANCE, Roles.MEMBER})
    @Operation(operationId = "getReimbursementPolicy", summary = "Get a reimbursement policy")
    public RestResponse<ReimbursementPolicyView> get(@PathParam("id") UUID id) {
        ReimbursementPolicy policy = visible(id);
        return Responses.ok(ReimbursementPolicyView.of(policy), policy.version);
    }

    @POST
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createReimbursementPolicy", summary = "Add a policy to a partnership your organisation runs",
            description = "409 when the partnership has a policy starting on the same date already.")
    @APIResponseSchema(ReimbursementPolicyView.class)
    @APIResponse(responseCode = "409", description = "The partnership has a policy starting on that date")
    public RestResponse<ReimbursementPolicyView> create(@NotNull @Valid ReimbursementPolicyRequest body,
            @Context UriInfo uriInfo) {
        Partnership partnership = Partnership.findById(body.partnershipId());
        if (partnership == null || !scope.canSee(partnership)) {
            throw ProblemException.invalid("partnershipId", "is not a partnership your organisation can see");
        }
        scope.requireManageable(partnership, "The partnership");
        ReimbursementPolicy policy = new ReimbursementPolicy();
        policy.partnershipId = partnership.id;
        apply(body, policy);
        policy.persist();
        changes.created(policy);
        flushUnique();
        return Responses.created(uriInfo, policy.id, ReimbursementPolicyView.of(policy), policy.version);
    }

    @PUT
    @Path("{id}")
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateReimbursementPolicy", summary = "Correct a policy that no claim uses yet",
            description = "Send the version you loaded (or If-Match). 409 once a claim was made under it: add a new "
                    + "policy with a later effectiveFrom instead.")
    public RestResponse<ReimbursementPolicyView> update(@PathParam("id") UUID id,
            @NotNull @Valid ReimbursementPolicyRequest body, @HeaderParam("If-Match") String ifMatch) {
        ReimbursementPolicy policy = manageable(id);
        Versions.check(policy.version, body.version(), ifMatch);
        requireNotInUse(policy);
        if (!policy.partnershipId.equals(body.partnershipId())) {
            throw ProblemException.invalid("partnershipId", "cannot change: add a policy to the other partnership instead");
        }
        changes.updating(policy);
        apply(body, policy);
        flushUnique();
        return Responses.ok(ReimbursementPolicyView.of(policy), policy.version);
    }

    @DELETE
    @Path("{id}")
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteReimbursementPolicy", summary = "Delete a policy that no claim uses",
            description = "Send If-Match with the ETag you loaded (400 without it, 412 when it changed since). 409 once a "
                    + "claim was made under it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", description = "No If-Match")
    @APIResponse(responseCode = "409", description = "A claim was made under it")
    @APIResponse(responseCode = "412", description = "If-Match names another version")
    public void delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        ReimbursementPolicy policy = manageable(id);
        Versions.check(policy.version, null, ifMatch);
        requireNotInUse(policy);
        changes.deleting(policy);
        policy.delete();
    }

    private ReimbursementPolicy visible(UUID id) {
        ReimbursementPolicy policy = ReimbursementPolicy.findById(id);
        scope.requireVisible(policy == null ? null : Partnership.<Partnership>findById(policy.partnershipId),
                "Reimbursement policy " + id);
        return policy;
    }

    private ReimbursementPolicy manageable(UUID id) {
        ReimbursementPolicy policy = visible(id);
        scope.requireManageable(Partnership.<Partnership>findById(policy.partnershipId), "Reimbursement policy " + id);
        return policy;
    }

    private static void requireNotInUse(ReimbursementPolicy policy) {
        if (policy.isInUse()) {
            throw ProblemException.businessRule("Claims were made under this policy, so it is kept as it is. "
                    + "Add a policy with a later effectiveFrom to change the rates from that date.");
        }
    }

    private static void flushUnique() {
        Constraints.flushUnique("reimbursement_policy_partnership_id_effective_from_key",
                "The partnership has a policy starting on that date already: change that one, or choose another date.");
    }

    private static void apply(ReimbursementPolicyRequest body, ReimbursementPolicy policy) {
        if (body.allowedCategories().contains(ExpenseCategory.MILEAGE) && body.mileageRatePence() == null) {
            throw ProblemException.invalid("mileageRatePence", "is required when MILEAGE is allowed");
        }
        policy.effectiveFrom = body.effectiveFrom();
        policy.halfDayRatePence = body.halfDayRatePence();
        policy.fullDayRatePence = body.fullDayRatePence();
        policy.hourlyRatePence = body.hourlyRatePence();
        policy.mileageRatePence = body.mileageRatePence();
        policy.allowedCategories.clear();
        policy.allowedCategories.addAll(body.allowedCategories());
        policy.receiptThresholdPence = body.receiptThresholdPence();
        policy.claimDeadlineDays = body.claimDeadlineDays();
        policy.benefitsWarningPence = body.benefitsWarningPence();
        policy.notes = body.notes() == null || body.notes().isBlank() ? null : body.notes().strip();
    }
}
