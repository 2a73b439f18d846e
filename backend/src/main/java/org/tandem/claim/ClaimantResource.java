package org.tandem.claim;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tandem.budget.FinancialYear;
import org.tandem.common.change.Changes;
import org.tandem.common.paging.Page;
import org.tandem.common.paging.PageParams;
import org.tandem.common.paging.PageRequest;
import org.tandem.common.persistence.Constraints;
import org.tandem.common.problem.ProblemException;
import org.tandem.common.security.CurrentUser;
import org.tandem.common.security.Roles;
import org.tandem.common.web.LondonTime;
import org.tandem.common.web.QueryValues;
import org.tandem.person.Person;
import org.tandem.person.PersonDirectory;

@Path("/api/v1/claimants")
@Tag(name = "Claimants", description = """
        People as claimants: the link between a sign-in and the person it is (which lets a member claim for themselves
        and stops anyone deciding on their own claim), and what each person was paid in a financial year, with a
        benefits warning when their involvement payments pass their policy's amount.""")
public class ClaimantResource {
    private final ClaimAccess access;
    private final CurrentUser user;
    private final PersonDirectory people;
    private final ClaimantYears years;
    private final Changes changes;

    ClaimantResource(ClaimAccess access, CurrentUser user, PersonDirectory people, ClaimantYears years, Changes changes) {
        this.access = access;
        this.user = user;
        this.people = people;
        this.years = years;
        this.changes = changes;
    }

    @GET
    @Path("me")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.FINANCE, Roles.MEMBER})
    @Operation(operationId = "getMyClaimant", summary = "Your sign-in and the person you claim as",
            description = "linked is false until staff link your sign-in (userSubject) to your record.")
    public ClaimantView me() {
        Optional<UUID> person = access.ownPersonId();
        return new ClaimantView(user.subject(), person.isPresent(), person.orElse(null),
                person.map(id -> people.namesOf(List.of(id)).get(id)).orElse(null));
    }

    @PUT
    @Path("{personId}/account")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "linkClaimantAccount", summary = "Link a sign-in to a person of your organisation",
            description = "Replaces the person's link, if any. 409 when that sign-in is linked to someone else.")
    public ClaimantView link(@PathParam("personId") UUID personId, @NotNull @Valid ClaimantAccountRequest body) {
        Person person = person(personId);
        String subject = body.userSubject().strip();
        String taken = "That sign-in is linked to another person already: unlink it there first.";
        if (ClaimantAccount.ofSubject(subject).filter(other -> !other.personId.equals(personId)).isPresent()) {
            throw ProblemException.businessRule(taken);
        }
        Optional<ClaimantAccount> existing = ClaimantAccount.findByIdOptional(personId);
        ClaimantAccount account = existing.orElseGet(() -> {
            ClaimantAccount created = new ClaimantAccount();
            created.personId = personId;
            created.organisationId = person.organisationId;
            return created;
        });
        existing.ifPresent(changes::updating);
        account.userSubject = subject;
        account.linkedByName = user.displayName();
        account.linkedAt = Instant.now();
        account.persist();
        if (existing.isEmpty()) {
            changes.created(account);
        }
        Constraints.flushUnique("claimant_account_user_subject_key", taken);
        return new ClaimantView(subject, true, personId, person.displayName);
    }

    @DELETE
    @Path("{personId}/account")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "unlinkClaimantAccount", summary = "Remove the link between a person and their sign-in")
    @APIResponse(responseCode = "204", description = "Unlinked (or was not linked)")
    public void unlink(@PathParam("personId") UUID personId) {
        person(personId);
        ClaimantAccount.<ClaimantAccount>findByIdOptional(personId).ifPresent(account -> {
            changes.deleting(account);
            account.delete();
        });
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.FINANCE})
    @Operation(operationId = "listClaimantYears", summary = "What each person was paid in a financial year",
            description = "Everyone paid in the year (by the date paid). Sortable by paidPence (default, highest first), involvementPaidPence.")
    public Page<ClaimantYearView> list(@BeanParam PageParams paging,
            @QueryParam("financialYear") @Parameter(required = true, description = "The financial year", example = "2024-25") String financialYear,
            @QueryParam("benefitsWarning") @Parameter(description = "true: only people with the benefits warning; false: only those without",
                    schema = @Schema(type = SchemaType.BOOLEAN)) String benefitsWarning) {
        PageRequest request = paging.toRequest(ClaimantYears.SORTABLE, "paidPence,desc");
        FinancialYear year = FinancialYear.parse(financialYear, "financialYear");
        Boolean warning = QueryValues.bool(benefitsWarning, "benefitsWarning");
        List<ClaimantYears.Row> rows = years.page(user.organisationId(), year, warning, request.sort(), request.page(), request.size());
        Map<UUID, String> names = people.namesOf(rows.stream().map(ClaimantYears.Row::personId).toList());
        return Page.of(rows, request, years.count(user.organisationId(), year, warning),
                row -> row.view(names.get(row.personId()), year));
    }

    @GET
    @Path("{personId}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.FINANCE, Roles.MEMBER})
    @Operation(operationId = "getClaimantYear", summary = "What a person was paid in a financial year",
            description = "Members see their own only. Without financialYear, the current one.")
    public ClaimantYearView get(@PathParam("personId") UUID personId,
            @QueryParam("financialYear") @Parameter(description = "The financial year; default the current one", example = "2024-25") String financialYear) {
        Person person = person(personId);
        if (access.ownClaimsOnly() && !access.ownPersonId().map(personId::equals).orElse(false)) {
            throw ProblemException.notFound("Person " + personId);
        }
        FinancialYear year = financialYear == null || financialYear.isBlank() ? FinancialYear.of(LondonTime.today())
                : FinancialYear.parse(financialYear, "financialYear");
        return years.of(user.organisationId(), personId, year).view(person.displayName, year);
    }

    /** @throws ProblemException 404 unless the person is in the caller's organisation's directory */
    private Person person(UUID personId) {
        Person person = Person.findById(personId);
        if (person == null || !person.organisationId.equals(user.organisationId())) {
            throw ProblemException.notFound("Person " + personId);
        }
        return person;
    }
}
