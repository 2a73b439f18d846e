package org.tandem.budget;

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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
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

@Path("/api/v1/budgets")
@Tag(name = "Budgets", description = """
        Reimbursement budgets per partnership and financial year (1 April to 31 March, written 2024-25): allocated,
        committed (approved, not yet paid), paid and remaining, computed from the claims for meetings in that year.
        Approving a claim that would exceed its budget needs an override with a reason. Only the organisation running
        the partnership sees its budgets; its admins set them.""")
public class BudgetResource {
    private static final Map<String, String> SORTABLE = Map.of("financialYear", "financialYear", "createdAt", "createdAt");

    private final OrganisationScope scope;
    private final BudgetLedger ledger;
    private final Changes changes;

    BudgetResource(OrganisationScope scope, BudgetLedger ledger, Changes changes) {
        this.scope = scope;
        this.ledger = ledger;
        this.changes = changes;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.FINANCE})
    @Operation(operationId = "listBudgets", summary = "List the budgets of partnerships your organisation runs",
            description = "Sortable by financialYear (default, latest first), createdAt.")
    public Page<BudgetView> list(@BeanParam PageParams paging,
            @QueryParam("partnershipId") @Parameter(description = "Only this partnership's budgets",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) String partnershipId,
            @QueryParam("financialYear") @Parameter(description = "Only this financial year", example = "2024-25")
            String financialYear) {
        PageRequest request = paging.toRequest(SORTABLE, "financialYear,desc");
        FinancialYear year = FinancialYear.parseOptional(financialYear, "financialYear");
        Filter filter = Filter.where("partnershipId in (select p.id from Partnership p where p.ownerOrganisationId = :organisation)")
                .bind("organisation", scope.organisationId())
                .and("partnershipId = :partnershipId", "partnershipId", QueryValues.uuid(partnershipId, "partnershipId"))
                .and("financialYear = :year", "year", year == null ? null : year.label());
        var query = Budget.<Budget>find(filter.query(), request.sort(), filter.parameters());
        List<Budget> rows = query.page(request.page(), request.size()).list();
        Map<UUID, String> names = rows.isEmpty() ? Map.of()
                : Partnership.<Partnership>list("id in ?1", rows.stream().map(b -> b.partnershipId).toList()).stream()
                        .collect(Collectors.toMap(p -> p.id, p -> p.name));
        return Page.of(rows, request, query.count(),
                b -> BudgetView.of(b, names.get(b.partnershipId), ledger.spent(b.partnershipId, b.year())));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.FINANCE})
    @Operation(operationId = "getBudget", summary = "Get a budget with what is committed, paid and remaining")
    public RestResponse<BudgetView> get(@PathParam("id") UUID id) {
        Budget budget = find(id);
        return Responses.ok(view(budget), budget.version);
    }

    @POST
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createBudget", summary = "Set a partnership's budget for a financial year",
            description = "409 when that partnership has a budget for that year already: update it instead.")
    @APIResponseSchema(BudgetView.class)
    @APIResponse(responseCode = "409", description = "The partnership has a budget for that year")
    public RestResponse<BudgetView> create(@NotNull @Valid BudgetRequest body, @Context UriInfo uriInfo) {
        Partnership partnership = Partnership.findById(body.partnershipId());
        if (partnership == null || !scope.canSee(partnership)) {
            throw ProblemException.invalid("partnershipId", "is not a partnership your organisation can see");
        }
        scope.requireManageable(partnership, "The partnership");
        Budget budget = new Budget();
        budget.partnershipId = partnership.id;
        budget.financialYear = FinancialYear.parse(body.financialYear(), "financialYear").label();
        apply(body, budget);
        budget.persist();
        changes.created(budget);
        Constraints.flushUnique("budget_partnership_id_financial_year_key",
                "The partnership has a budget for " + budget.financialYear + " already: update that one.");
        return Responses.created(uriInfo, budget.id, view(budget), budget.version);
    }

    @PUT
    @Path("{id}")
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateBudget", summary = "Change the amount allocated",
            description = "Send the version you loaded (or If-Match). The partnership and year stay as they are. "
                    + "An allocation below what is committed and paid leaves a negative remaining amount.")
    public RestResponse<BudgetView> update(@PathParam("id") UUID id, @NotNull @Valid BudgetRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        Budget budget = find(id);
        scope.requireManageable(Partnership.<Partnership>findById(budget.partnershipId), "Budget " + id);
        Versions.check(budget.version, body.version(), ifMatch);
        if (!budget.partnershipId.equals(body.partnershipId())) {
            throw ProblemException.invalid("partnershipId", "cannot change: set a budget for the other partnership instead");
        }
        if (!budget.financialYear.equals(body.financialYear())) {
            throw ProblemException.invalid("financialYear", "cannot change: set a budget for the other year instead");
        }
        changes.updating(budget);
        apply(body, budget);
        Budget.flush();
        return Responses.ok(view(budget), budget.version);
    }

    /** Budgets are the running organisation's business: other organisations, participants included, get 404. */
    private Budget find(UUID id) {
        Budget budget = Budget.findById(id);
        Partnership partnership = budget == null ? null : Partnership.findById(budget.partnershipId);
        if (partnership == null || !scope.owns(partnership)) {
            throw ProblemException.notFound("Budget " + id);
        }
        return budget;
    }

    private BudgetView view(Budget budget) {
        Partnership partnership = Partnership.findById(budget.partnershipId);
        return BudgetView.of(budget, partnership.name, ledger.spent(budget.partnershipId, budget.year()));
    }

    private static void apply(BudgetRequest body, Budget budget) {
        budget.allocatedPence = body.allocatedPence();
        budget.notes = body.notes() == null || body.notes().isBlank() ? null : body.notes().strip();
    }
}
