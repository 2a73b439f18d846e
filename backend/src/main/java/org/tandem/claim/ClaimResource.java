package org.tandem.claim;

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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.tandem.budget.FinancialYear;
import org.tandem.common.change.Changes;
import org.tandem.common.paging.Page;
import org.tandem.common.paging.PageParams;
import org.tandem.common.paging.PageRequest;
import org.tandem.common.persistence.Filter;
import org.tandem.common.security.Roles;
import org.tandem.common.web.Responses;
import org.tandem.common.web.Versions;
import org.tandem.reimbursement.Money;

@Path("/api/v1/claims")
@Tag(name = "Claims", description = """
        Claims for involvement payments and expenses, one per person per meeting, under the policy in force on the
        meeting's date. Lifecycle: DRAFT → SUBMITTED → APPROVED or REJECTED → PAID, and SUBMITTED → WITHDRAWN; every
        change is recorded in history, and an illegal one is a 409. Members make and see their own claims (their sign-in
        linked to their person by staff); staff make claims on people's behalf; finance approve, reject and mark paid,
        never a claim they made or that is for them. Amounts are integer pence, worked out by the server.""")
public class ClaimResource {
    private static final Map<String, String> SORTABLE = Map.of("createdAt", "c.createdAt", "submittedAt", "c.submittedAt",
            "reference", "c.number");

    private final ClaimAccess access;
    private final ClaimService claims;
    private final ClaimViews views;
    private final Changes changes;
    private final PaidTotals paidTotals;

    ClaimResource(ClaimAccess access, ClaimService claims, ClaimViews views, Changes changes, PaidTotals paidTotals) {
        this.access = access;
        this.claims = claims;
        this.views = views;
        this.changes = changes;
        this.paidTotals = paidTotals;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.FINANCE, Roles.MEMBER})
    @Operation(operationId = "listClaims", summary = "List claims",
            description = "Your organisation's claims; members see only their own. Sortable by createdAt (default, newest "
                    + "first), submittedAt, reference. Finance's queue: status=SUBMITTED&sort=submittedAt, "
                    + "narrowed by partnership, meeting, claimant (name contains) and submitted from/to.")
    public Page<ClaimSummary> list(@BeanParam PageParams paging, @BeanParam ClaimFilter filter) {
        PageRequest request = paging.toRequest(SORTABLE, "createdAt,desc");
        Filter where = filter.applyTo(access.visibleClaims("c"));
        var query = Claim.<Claim>find("from Claim c where " + where.query(), request.sort(), where.parameters());
        List<Claim> rows = query.page(request.page(), request.size()).list();
        return Page.of(rows, request, query.count(), views.summaries(rows));
    }

    @GET
    @Path("paid-totals")
    @RolesAllowed(Roles.FINANCE)
    @Operation(operationId = "getPaidTotals", summary = "What was paid in a financial year, per person and per category",
            description = "Claims paid (by the date paid) in the financial year: each person's totals by category of "
                    + "line (involvement payment, travel, ...) and each category's total. Finance only.")
    public PaidTotalsView paidTotals(
            @QueryParam("financialYear") @Parameter(required = true, description = "The financial year", example = "2024-25") String financialYear) {
        return paidTotals.of(access.organisationId(), FinancialYear.parse(financialYear, "financialYear"));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.FINANCE, Roles.MEMBER})
    @Operation(operationId = "getClaim", summary = "Get a claim with its lines, receipts, totals and history")
    public RestResponse<ClaimView> get(@PathParam("id") UUID id) {
        return respond(access.visible(id));
    }

    @POST
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MEMBER})
    @Operation(operationId = "createClaim", summary = "Start a claim (a draft)",
            description = "For a meeting of a partnership your organisation runs, which has a reimbursement policy in force "
                    + "on its date (409 otherwise, or when the person has a live claim for it already). Without lines, "
                    + "it starts with the involvement payment the policy pays for the meeting's length (a half day up to "
                    + "four hours, a full day above, or the hours where the policy sets no such day rate), unless "
                    + "declineInvolvementPayment is true.")
    @APIResponseSchema(ClaimView.class)
    @APIResponse(responseCode = "409", description = "No policy in force on the meeting's date, or the person has a live claim for the meeting")
    public RestResponse<ClaimView> create(@NotNull @Valid ClaimRequest body, @Context UriInfo uriInfo) {
        Claim claim = claims.create(body);
        return Responses.created(uriInfo, claim.id, views.detail(claim), claim.version);
    }

    @PUT
    @Path("{id}")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MEMBER})
    @Operation(operationId = "updateClaim", summary = "Change a draft's notes or its declining of the involvement payment",
            description = "Send the version you loaded (or If-Match). Only a draft changes (409 otherwise).")
    public RestResponse<ClaimView> update(@PathParam("id") UUID id, @NotNull @Valid ClaimUpdateRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        return change(id, body.version(), ifMatch, Changes.UPDATED, claim -> claims.update(claim, body));
    }

    @DELETE
    @Path("{id}")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MEMBER})
    @Operation(operationId = "deleteClaim", summary = "Discard a draft",
            description = "Only a draft, which nobody has decided on, can be discarded (409 otherwise): withdraw a submitted "
                    + "claim instead. Send If-Match with the ETag you loaded (400 without it, 412 when it changed since).")
    @APIResponse(responseCode = "204", description = "Discarded")
    @APIResponse(responseCode = "400", description = "No If-Match")
    @APIResponse(responseCode = "409", description = "It is not a draft")
    @APIResponse(responseCode = "412", description = "If-Match names another version")
    public void delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        Claim claim = access.visible(id);
        Versions.check(claim.version, null, ifMatch);
        claim.require(ClaimAction.DELETE);
        // Its lines and their receipts go with it: each is recorded as deleted, with the claim.
        changes.deleting(claim);
        for (ClaimLine line : claim.lines) {
            changes.deleting(line);
            line.receipts.forEach(changes::deleting);
        }
        claim.delete();
    }

    @POST
    @Path("{id}/submit")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MEMBER})
    @Operation(operationId = "submitClaim", summary = "Submit a draft for approval",
            description = "409 unless it is a draft with at least one line and its meeting has taken place. 422 unless it "
                    + "has its involvement payment or declines it (involvement-payment-undecided, on "
                    + "declineInvolvementPayment), and every expense above the policy's receipt threshold has a receipt "
                    + "(receipts-missing, naming each line, e.g. lines[2].receipts). Past its deadline, only staff and "
                    + "admins can submit it, giving a lateReason.")
    @APIResponseSchema(ClaimView.class)
    @APIResponse(responseCode = "409", description = "Not a draft, no lines, past the deadline without a lateReason, or someone else changed it")
    @APIResponse(responseCode = "422", description = "The involvement payment is neither on the claim nor declined, or receipts are missing")
    @APIResponse(responseCode = "412", description = "If-Match names another version")
    public RestResponse<ClaimView> submit(@PathParam("id") UUID id, @NotNull @Valid SubmitRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        return change(id, body.version(), ifMatch, ClaimAction.SUBMIT.auditAction(), claim -> claims.submit(claim, body.lateReason()));
    }

    @POST
    @Path("{id}/withdraw")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MEMBER})
    @Operation(operationId = "withdrawClaim", summary = "Withdraw a submitted claim", description = "409 unless it is submitted.")
    @APIResponseSchema(ClaimView.class)
    @APIResponse(responseCode = "409", description = "It is not submitted, or someone else changed it")
    @APIResponse(responseCode = "412", description = "If-Match names another version")
    public RestResponse<ClaimView> withdraw(@PathParam("id") UUID id, @NotNull @Valid WithdrawRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        return change(id, body.version(), ifMatch, ClaimAction.WITHDRAW.auditAction(), claim -> claims.withdraw(claim, body.reason()));
    }

    @POST
    @Path("{id}/approve")
    @Transactional
    @RolesAllowed(Roles.FINANCE)
    @Operation(operationId = "approveClaim", summary = "Approve a submitted claim",
            description = "409 unless it is submitted, or when it would take the partnership over its budget for the "
                    + "meeting's financial year and no budgetOverrideReason is given. 403 for a claim you made or that is for you.")
    @APIResponseSchema(ClaimView.class)
    @APIResponse(responseCode = "409", description = "It is not submitted, it would exceed the budget, or someone else changed it")
    @APIResponse(responseCode = "412", description = "If-Match names another version")
    public RestResponse<ClaimView> approve(@PathParam("id") UUID id, @NotNull @Valid ApproveRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        return change(id, body.version(), ifMatch, ClaimAction.APPROVE.auditAction(), claim -> claims.approve(claim, body.budgetOverrideReason()));
    }

    @POST
    @Path("{id}/reject")
    @Transactional
    @RolesAllowed(Roles.FINANCE)
    @Operation(operationId = "rejectClaim", summary = "Reject a submitted claim, with the reason",
            description = "409 unless it is submitted. 403 for a claim you made or that is for you.")
    @APIResponseSchema(ClaimView.class)
    @APIResponse(responseCode = "409", description = "It is not submitted, or someone else changed it")
    @APIResponse(responseCode = "412", description = "If-Match names another version")
    public RestResponse<ClaimView> reject(@PathParam("id") UUID id, @NotNull @Valid RejectRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        return change(id, body.version(), ifMatch, ClaimAction.REJECT.auditAction(), claim -> claims.reject(claim, body.reason()));
    }

    @POST
    @Path("{id}/mark-paid")
    @Transactional
    @RolesAllowed(Roles.FINANCE)
    @Operation(operationId = "markClaimPaid", summary = "Record that an approved claim was paid",
            description = "409 unless it is approved.")
    @APIResponseSchema(ClaimView.class)
    @APIResponse(responseCode = "409", description = "It is not approved, or someone else changed it")
    @APIResponse(responseCode = "412", description = "If-Match names another version")
    public RestResponse<ClaimView> markPaid(@PathParam("id") UUID id, @NotNull @Valid MarkPaidRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        return change(id, body.version(), ifMatch, ClaimAction.MARK_PAID.auditAction(), claim -> claims.markPaid(claim, body.paidOn(), body.reference()));
    }

    @POST
    @Path("mark-paid")
    @Transactional
    @RolesAllowed(Roles.FINANCE)
    @Operation(operationId = "markClaimsPaid", summary = "Mark several approved claims paid with one payment reference",
            description = "All of them or none: 409 naming the first claim that is not approved or has changed since you "
                    + "loaded it. The JSON finance export lists each claim's id and version for this.")
    @APIResponseSchema(BulkPaidView.class)
    @APIResponse(responseCode = "409", description = "A claim is not approved, or changed since you loaded it")
    public BulkPaidView markAllPaid(@NotNull @Valid BulkMarkPaidRequest body) {
        List<Claim> paid = claims.markPaid(body);
        Claim.flush();
        var summaries = views.summaries(paid);
        return new BulkPaidView(body.paidOn(), body.reference().strip(), paid.stream().map(summaries).toList(),
                paid.size(), paid.stream().mapToLong(Claim::totalPence).sum(), Money.CURRENCY);
    }

    /**
     * Applies {@code change} to the claim if the caller may see it and loaded its current version, recording it in
     * the trail as {@code action}.
     */
    private RestResponse<ClaimView> change(UUID id, Long version, String ifMatch, String action, Consumer<Claim> change) {
        Claim claim = access.visible(id);
        Versions.check(claim.version, version, ifMatch);
        changes.updating(claim, action);
        change.accept(claim);
        Claim.flush();
        return respond(claim);
    }

    private RestResponse<ClaimView> respond(Claim claim) {
        return Responses.ok(views.detail(claim), claim.version);
    }
}
