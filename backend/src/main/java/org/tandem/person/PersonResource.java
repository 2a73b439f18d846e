package org.tandem.person;

import jakarta.validation.constraints.Size;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
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
import java.util.ArrayList;
import java.util.List;
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
import org.tandem.common.security.CurrentUser;
import org.tandem.common.security.Roles;
import org.tandem.common.web.Responses;
import org.tandem.common.web.Versions;

@Path("/api/v1/people")
@Tag(name = "People", description = "Your organisation's directory of people who take part. Personal data: staff and admins only; "
        + "never in exports or public views. Anonymise a person on request without breaking meetings they attended.")
public class PersonResource {
    private static final Map<String, String> SORTABLE = Map.of("displayName", "lower(displayName)", "createdAt", "createdAt");

    private final PersonDirectory directory;
    private final CurrentUser user;
    private final Changes changes;
    private final Instance<PersonAccounts> accounts;
    private final Instance<PersonLinks> links;

    PersonResource(PersonDirectory directory, CurrentUser user, Changes changes, Instance<PersonAccounts> accounts,
            Instance<PersonLinks> links) {
        this.directory = directory;
        this.user = user;
        this.changes = changes;
        this.accounts = accounts;
        this.links = links;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "listPeople", summary = "List people in your organisation's directory",
            description = "Sortable by displayName, createdAt.")
    public Page<PersonView> list(@BeanParam PageParams paging,
            @QueryParam("q") @Size(max = 200) @Parameter(description = "Text within the name, affiliation or email") String q) {
        PageRequest request = paging.toRequest(SORTABLE, "displayName");
        Filter filter = directory.ownDirectory()
                .containsText(q, "displayName", "coalesce(affiliation, '')", "coalesce(email, '')");
        var query = Person.<Person>find(filter.query(), request.sort(), filter.parameters());
        return Page.of(query.page(request.page(), request.size()).list(), request, query.count(), PersonView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "getPerson", summary = "Get a person")
    public RestResponse<PersonView> get(@PathParam("id") UUID id) {
        Person person = find(id);
        return Responses.ok(PersonView.of(person), person.version);
    }

    @POST
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "createPerson", summary = "Add a person to your organisation's directory")
    public RestResponse<PersonView> create(@NotNull @Valid PersonRequest body, @Context UriInfo uriInfo) {
        Person person = new Person();
        person.organisationId = user.organisationId();
        apply(body, person);
        person.persist();
        changes.created(person);
        return Responses.created(uriInfo, person.id, PersonView.of(person), person.version);
    }

    @PUT
    @Path("{id}")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "updatePerson", summary = "Update a person",
            description = "Send the version you loaded (or If-Match): a stale version gets 409 (412 for If-Match).")
    public RestResponse<PersonView> update(@PathParam("id") UUID id, @NotNull @Valid PersonRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        Person person = find(id);
        Versions.check(person.version, body.version(), ifMatch);
        if (person.anonymisedAt != null) {
            throw ProblemException.businessRule("This person was anonymised on request; their record cannot be filled in again.");
        }
        changes.updating(person);
        apply(body, person);
        Person.flush();
        return Responses.ok(PersonView.of(person), person.version);
    }

    @POST
    @Path("{id}/anonymise")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "anonymisePerson", summary = "Erase a person's personal data on request",
            description = "Their name, contacts and needs are erased; meetings, attendance and actions keep pointing at the "
                    + "anonymised record, so nothing else breaks. Their personal data in the audit trail becomes unreadable "
                    + "and the trail names their sign-ins \"Anonymised person\". It cannot be undone. Send the version you "
                    + "loaded as a query parameter or If-Match; a stale one gets 409 (412 for If-Match).")
    public RestResponse<PersonView> anonymise(@PathParam("id") UUID id,
            @QueryParam("version") @Parameter(description = "The person's version") Long version,
            @HeaderParam("If-Match") String ifMatch) {
        Person person = find(id);
        Versions.check(person.version, version, ifMatch);
        if (person.anonymisedAt == null) {
            links.forEach(link -> link.unlink(person));
            changes.updating(person, "anonymised");
            person.anonymise();
            changes.erasePersonalData(person.id, subjectsOf(person.id));
            Person.flush();
        }
        return Responses.ok(PersonView.of(person), person.version);
    }

    /** The sign-ins through which the person acted, from every feature that links sign-ins to people. */
    private List<String> subjectsOf(UUID personId) {
        List<String> subjects = new ArrayList<>();
        for (PersonAccounts source : accounts) {
            subjects.addAll(source.subjectsOf(personId));
        }
        return subjects;
    }

    private Person find(UUID id) {
        return directory.inOwnDirectory(id).orElseThrow(() -> ProblemException.notFound("Person " + id));
    }

    private static void apply(PersonRequest body, Person person) {
        person.displayName = body.displayName().trim();
        person.affiliation = body.affiliation();
        person.email = body.email();
        person.phone = body.phone();
        person.accessibilityNeeds = body.accessibilityNeeds();
        person.consentToContact = Boolean.TRUE.equals(body.consentToContact());
    }
}
