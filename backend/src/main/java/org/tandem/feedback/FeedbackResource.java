package org.tandem.feedback;

import jakarta.validation.constraints.Size;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
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
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.tandem.activity.Activities;
import org.tandem.common.change.Changes;
import org.tandem.common.paging.ChangeParams;
import org.tandem.common.paging.ListRequest;
import org.tandem.common.paging.Page;
import org.tandem.common.paging.PageParams;
import org.tandem.common.persistence.Filter;
import org.tandem.common.problem.Problem;
import org.tandem.common.problem.ProblemException;
import org.tandem.common.problem.ProblemType;
import org.tandem.common.security.CurrentUser;
import org.tandem.common.security.OrganisationScope;
import org.tandem.common.security.Roles;
import org.tandem.common.web.LondonTime;
import org.tandem.common.web.QueryValues;
import org.tandem.common.security.PeopleAccess;
import org.tandem.common.web.Responses;
import org.tandem.common.web.Versions;
import org.tandem.organisation.Organisation;
import org.tandem.partnership.Partnership;
import org.tandem.person.PersonDirectory;
import org.tandem.theme.Themes;

@Path("/api/v1/feedback")
@Tag(name = "Feedback", description = "What people said. Staff record it; partner organisations send it over the API, one item or "
        + "in bulk, for partnerships their organisation takes part in. POSTs honour an Idempotency-Key header: a retry with the "
        + "same key and body gets the original response and creates nothing; the same key with another body gets 422.")
public class FeedbackResource {
    /** The most items one bulk import takes; larger sets are sent in several requests. */
    public static final int MAX_BATCH = 500;
    /** The most items one bulk tagging changes: a few pages of the untagged queue. */
    public static final int MAX_TAGGING = 200;
    private static final Map<String, String> SORTABLE = Map.of("receivedOn", "f.receivedOn", "createdAt", "f.createdAt");
    private static final String IDEMPOTENCY_DESCRIPTION = "Makes a retry safe: the same key with the same body answers the "
            + "original response and creates nothing; the same key with a different body answers 422 (problem type idempotency-key-reused); "
            + "two first attempts at once: one wins, the other answers 409 and its retry gets the stored response. Keys are kept per caller.";

    private final OrganisationScope scope;
    private final CurrentUser user;
    private final Themes themes;
    private final Idempotency idempotency;
    private final Validator validator;
    private final Changes changes;
    private final PersonDirectory people;

    FeedbackResource(OrganisationScope scope, CurrentUser user, Themes themes, Idempotency idempotency, Validator validator,
            Changes changes, PersonDirectory people) {
        this.scope = scope;
        this.user = user;
        this.themes = themes;
        this.idempotency = idempotency;
        this.validator = validator;
        this.changes = changes;
        this.people = people;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.ANALYST, Roles.PARTNER})
    @Operation(operationId = "listFeedback", summary = "List feedback",
            description = "Feedback of the partnerships you can see; a partner (without a staff role) sees only what its organisation sent. "
                    + "untagged=true is the queue of feedback still to tag. Sortable by receivedOn, createdAt; with updatedSince or after, walked in order of change.")
    public Page<FeedbackView> list(@BeanParam PageParams paging, @BeanParam ChangeParams changes,
            @QueryParam("partnershipId") @Parameter(schema = @Schema(format = "uuid")) String partnershipId,
            @QueryParam("activityId") @Parameter(schema = @Schema(format = "uuid")) String activityId,
            @QueryParam("themeId") @Parameter(description = "Tagged with this theme", schema = @Schema(format = "uuid")) String themeId,
            @QueryParam("untagged") @Parameter(description = "true: only feedback with no theme yet",
                    schema = @Schema(implementation = Boolean.class)) String untagged,
            @QueryParam("from") @Parameter(description = "Received on or after", schema = @Schema(format = "date")) String from,
            @QueryParam("to") @Parameter(description = "Received on or before", schema = @Schema(format = "date")) String to,
            @QueryParam("area") @Size(max = 200) @Parameter(description = "Exact area") String area,
            @QueryParam("sourceOrganisationId") @Parameter(schema = @Schema(format = "uuid")) String sourceOrganisationId,
            @QueryParam("originOrganisationId") @Parameter(description = "Came from this registered organisation",
                    schema = @Schema(format = "uuid")) String originOrganisationId) {
        ListRequest request = ListRequest.of(paging, changes, SORTABLE, "receivedOn,desc", "f.");
        Filter filter = scope.inVisiblePartnership("f.partnershipId")
                .and("f.partnershipId = :partnershipId", "partnershipId", QueryValues.uuid(partnershipId, "partnershipId"))
                .and("f.activityId = :activityId", "activityId", QueryValues.uuid(activityId, "activityId"))
                .and(":themeId member of f.themeIds", "themeId", QueryValues.uuid(themeId, "themeId"))
                .and("f.receivedOn >= :from", "from", QueryValues.date(from, "from"))
                .and("f.receivedOn <= :to", "to", QueryValues.date(to, "to"))
                .and("f.area = :area", "area", area)
                .and("f.sourceOrganisationId = :source", "source", QueryValues.uuid(sourceOrganisationId, "sourceOrganisationId"))
                .and("f.originOrganisationId = :origin", "origin", QueryValues.uuid(originOrganisationId, "originOrganisationId"));
        Boolean onlyUntagged = QueryValues.bool(untagged, "untagged");
        if (Boolean.TRUE.equals(onlyUntagged)) {
            filter.and("f.themeIds is empty");
        } else if (Boolean.FALSE.equals(onlyUntagged)) {
            filter.and("f.themeIds is not empty");
        }
        if (partnerOnly()) {
            filter.and("f.sourceOrganisationId = :own", "own", scope.organisationId());
        }
        request.applyTo(filter);
        var query = Feedback.<Feedback>find("from Feedback f where " + filter.query(), request.sort(), filter.parameters());
        return request.page(query, this::viewsOf);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.ANALYST, Roles.PARTNER})
    @Operation(operationId = "getFeedback", summary = "Get one feedback item")
    public FeedbackView get(@PathParam("id") UUID id) {
        return view(visible(id));
    }

    @POST
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "createFeedback", summary = "Record one feedback item",
            description = "For a partnership your organisation owns or takes part in; your organisation is its source.")
    public RestResponse<FeedbackView> create(@NotNull @Valid FeedbackRequest body,
            @HeaderParam("Idempotency-Key") @Parameter(description = IDEMPOTENCY_DESCRIPTION, schema = @Schema(
                    type = SchemaType.STRING, minLength = 1, maxLength = Idempotency.LONGEST_KEY)) String idempotencyKey,
            @Context UriInfo uriInfo) {
        return idempotency.run(idempotencyKey, "createFeedback", body, FeedbackView.class, () -> {
            List<Problem.FieldError> errors = new ArrayList<>();
            check(body, "", errors);
            failOn(errors);
            Feedback feedback = insert(body);
            return new Idempotency.Outcome<>(201, view(feedback),
                    uriInfo.getAbsolutePathBuilder().path(feedback.id.toString()).build());
        });
    }

    @POST
    @Path("bulk")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "importFeedback", summary = "Record up to 500 feedback items at once (all or nothing)",
            description = "The body is a JSON array of 1 to " + MAX_BATCH + " items. Every item is checked first: if any is invalid, "
                    + "nothing is created and the 400 problem lists every fault by position, e.g. items[3].text or items[0].partnershipId. "
                    + "Otherwise all are created in one transaction and returned in the order sent.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(
            type = SchemaType.ARRAY, implementation = FeedbackRequest.class, minItems = 1, maxItems = MAX_BATCH)))
    public RestResponse<FeedbackBatchView> importBatch(@NotNull List<FeedbackRequest> body,
            @HeaderParam("Idempotency-Key") @Parameter(description = IDEMPOTENCY_DESCRIPTION, schema = @Schema(
                    type = SchemaType.STRING, minLength = 1, maxLength = Idempotency.LONGEST_KEY)) String idempotencyKey) {
        if (body.isEmpty() || body.size() > MAX_BATCH) {
            throw ProblemException.invalid("items", "must hold 1 to " + MAX_BATCH + " items");
        }
        return idempotency.run(idempotencyKey, "importFeedback", body, FeedbackBatchView.class, () -> {
            List<Problem.FieldError> errors = new ArrayList<>();
            for (int i = 0; i < body.size(); i++) {
                FeedbackRequest item = body.get(i);
                String prefix = "items[" + i + "]";
                if (item == null) {
                    errors.add(new Problem.FieldError(prefix, "must not be null"));
                    continue;
                }
                for (ConstraintViolation<FeedbackRequest> v : validator.validate(item)) {
                    errors.add(new Problem.FieldError(prefix + "." + v.getPropertyPath(), v.getMessage()));
                }
                if (errors.stream().noneMatch(e -> e.field().startsWith(prefix + "."))) {
                    check(item, prefix + ".", errors);
                }
            }
            failOn(errors);
            List<Feedback> inserted = body.stream().map(this::insert).toList();
            List<FeedbackView> created = inserted.stream().map(viewsOf(inserted)).toList();
            return new Idempotency.Outcome<>(200, new FeedbackBatchView(created), null);
        });
    }

    @PUT
    @Path("{id}/themes/{themeId}")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "tagFeedback", summary = "Tag feedback with a theme",
            description = "Staff of the organisation owning the partnership tag with themes of its tree. Tagging twice is harmless.")
    public FeedbackView tag(@PathParam("id") UUID id, @PathParam("themeId") UUID themeId) {
        Feedback feedback = visible(id);
        Partnership partnership = scope.requireManageable(Partnership.findById(feedback.partnershipId), "Partnership " + feedback.partnershipId);
        themes.requireTaggable(Set.of(themeId), partnership.ownerOrganisationId, "themeId");
        changes.updating(feedback, "tagged"); // tagged already: nothing changes, and nothing is recorded
        feedback.themeIds.add(themeId);
        Feedback.flush();
        return view(feedback);
    }

    @POST
    @Path("tagging")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "tagFeedbackInBulk", summary = "Tag and untag up to 200 feedback items at once (all or nothing)",
            description = "Adds addThemeIds to and removes removeThemeIds from every item. If any item is not feedback of a partnership "
                    + "your organisation can see, or any theme to add is not an active theme of your tree, nothing changes and the 400 "
                    + "problem names each fault (feedbackIds[2], addThemeIds); feedback of a partnership your organisation takes part in "
                    + "but does not own is a 403. Returns the items in the order sent.")
    public FeedbackBatchView tagInBulk(@NotNull @Valid TaggingRequest body) {
        if (body.adding().isEmpty() && body.removing().isEmpty()) {
            throw ProblemException.invalid("addThemeIds", "give themes to add or to remove");
        }
        if (body.adding().stream().anyMatch(body.removing()::contains)) {
            throw ProblemException.invalid("removeThemeIds", "must not name a theme that is also added");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        String themeProblem = themes.problemWith(body.adding(), scope.organisationId());
        if (themeProblem != null) {
            errors.add(new Problem.FieldError("addThemeIds", themeProblem));
        }
        Map<UUID, Feedback> found = Feedback.<Feedback>list("id in ?1", Set.copyOf(body.feedbackIds())).stream()
                .collect(Collectors.toMap(f -> f.id, f -> f));
        Map<UUID, Partnership> partnerships = new HashMap<>();
        for (int i = 0; i < body.feedbackIds().size(); i++) {
            Feedback feedback = found.get(body.feedbackIds().get(i));
            Partnership partnership = feedback == null ? null
                    : partnerships.computeIfAbsent(feedback.partnershipId, id -> Partnership.findById(id));
            if (partnership == null || !scope.canSee(partnership)) {
                errors.add(new Problem.FieldError("feedbackIds[" + i + "]", "is not feedback of a partnership your organisation owns"));
            } else {
                // Feedback the caller sees but another organisation runs is refused as a whole: 403, as for one item.
                scope.requireManageable(partnership, "Feedback " + body.feedbackIds().get(i));
            }
        }
        failOn(errors);
        List<Feedback> items = body.feedbackIds().stream().map(found::get).toList();
        for (Feedback feedback : Set.copyOf(items)) {
            boolean adds = !feedback.themeIds.containsAll(body.adding());
            boolean removes = body.removing().stream().anyMatch(feedback.themeIds::contains);
            if (adds || removes) {
                // One entry per item that changes, named by what happened to it: gained a theme, or only lost some.
                changes.updating(feedback, adds ? "tagged" : "untagged");
            }
            feedback.themeIds.addAll(body.adding());
            feedback.themeIds.removeAll(body.removing());
        }
        Feedback.flush();
        return new FeedbackBatchView(items.stream().map(viewsOf(items)).toList());
    }

    @DELETE
    @Path("{id}/themes/{themeId}")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "untagFeedback", summary = "Remove a theme from feedback")
    public FeedbackView untag(@PathParam("id") UUID id, @PathParam("themeId") UUID themeId) {
        Feedback feedback = visible(id);
        scope.requireManageable(Partnership.findById(feedback.partnershipId), "Partnership " + feedback.partnershipId);
        changes.updating(feedback, "untagged");
        feedback.themeIds.remove(themeId);
        Feedback.flush();
        return view(feedback);
    }

    @PUT
    @Path("{id}/contributor")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "setFeedbackContributor", summary = "Record or clear who gave a feedback item",
            description = "Staff of the organisation running the partnership record who said it: a person of your directory, "
                    + "or an email address, which is kept only with consent (consent true) to be contacted about what happens "
                    + "next. Neither person nor email clears it. Send the version you loaded (or If-Match): a stale one gets 409 "
                    + "(412 for If-Match).")
    public RestResponse<FeedbackView> setContributor(@PathParam("id") UUID id, @NotNull @Valid ContributorRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        Feedback feedback = visible(id);
        scope.requireManageable(Partnership.findById(feedback.partnershipId), "Partnership " + feedback.partnershipId);
        Versions.check(feedback.version, body.version(), ifMatch);
        Contributor contributor = body.contributor();
        List<Problem.FieldError> errors = new ArrayList<>();
        checkContributor(contributor, "", errors);
        failOn(errors);
        boolean recording = contributor.personId() != null || contributor.email() != null;
        if (recording || feedback.hasContributor()) {
            changes.updating(feedback, recording ? "contributor-recorded" : "contributor-cleared");
        }
        feedback.recordContributor(contributor.personId(), contributor.email(), contributor.consented());
        Feedback.flush();
        return Responses.ok(view(feedback), feedback.version);
    }

    private boolean partnerOnly() {
        return user.hasRole(Roles.PARTNER) && !user.canManage() && !user.hasRole(Roles.ANALYST);
    }

    private Feedback visible(UUID id) {
        Feedback feedback = Feedback.findById(id);
        if (feedback == null || !scope.canSee((Partnership) Partnership.findById(feedback.partnershipId))
                || (partnerOnly() && !feedback.sourceOrganisationId.equals(scope.organisationId()))) {
            throw ProblemException.notFound("Feedback " + id);
        }
        return feedback;
    }

    /** The rules Bean Validation cannot see: the partnership, activity and themes must fit together and be visible. */
    private void check(FeedbackRequest item, String prefix, List<Problem.FieldError> errors) {
        Partnership partnership = Partnership.findById(item.partnershipId());
        if (partnership == null || !scope.canSee(partnership)) {
            errors.add(new Problem.FieldError(prefix + "partnershipId", "is not a partnership your organisation owns or takes part in"));
            return;
        }
        if (partnership.isArchived()) {
            errors.add(new Problem.FieldError(prefix + "partnershipId", "is archived"));
        }
        if (item.activityId() != null) {
            UUID activityPartnership = Activities.partnershipOf(item.activityId());
            if (!partnership.id.equals(activityPartnership)) {
                errors.add(new Problem.FieldError(prefix + "activityId", "is not an activity of this partnership"));
            }
        }
        if (item.themeIds() != null) {
            String problem = themes.problemWith(item.themeIds(), partnership.ownerOrganisationId);
            if (problem != null) {
                errors.add(new Problem.FieldError(prefix + "themeIds", problem));
            }
        }
        checkOrigin(item, prefix, errors);
        checkContributor(item.contributor(), prefix, errors);
    }

    /** Registered, or only named: one or the other. */
    private static void checkOrigin(FeedbackRequest item, String prefix, List<Problem.FieldError> errors) {
        boolean named = item.originOrganisationName() != null && !item.originOrganisationName().isBlank();
        if (item.originOrganisationId() != null && named) {
            errors.add(new Problem.FieldError(prefix + "originOrganisationName",
                    "give the registered organisation or the name of one not registered, not both"));
        } else if (item.originOrganisationId() != null && Organisation.findById(item.originOrganisationId()) == null) {
            errors.add(new Problem.FieldError(prefix + "originOrganisationId", "is not a registered organisation"));
        }
    }

    /** An address only with consent; a person only of the caller's own directory. */
    private void checkContributor(Contributor contributor, String prefix, List<Problem.FieldError> errors) {
        contributor.check(prefix, errors);
        if (contributor.personId() != null && !people.canName(contributor.personId())) {
            errors.add(new Problem.FieldError(prefix + contributor.personField(), "is not a person in your organisation's directory"));
        }
    }

    private static void failOn(List<Problem.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")), List.copyOf(errors));
        }
    }

    private Feedback insert(FeedbackRequest body) {
        Feedback feedback = new Feedback();
        feedback.partnershipId = body.partnershipId();
        feedback.activityId = body.activityId();
        feedback.sourceOrganisationId = scope.organisationId();
        feedback.text = body.text().trim();
        feedback.receivedOn = body.receivedOn();
        feedback.area = body.area();
        feedback.originOrganisationId = body.originOrganisationId();
        feedback.originOrganisationName = body.originOrganisationId() != null || body.originOrganisationName() == null
                || body.originOrganisationName().isBlank() ? null : body.originOrganisationName().trim();
        feedback.themeIds = new HashSet<>(body.themeIds() == null ? Set.of() : body.themeIds());
        Contributor contributor = body.contributor();
        feedback.recordContributor(contributor.personId(), contributor.email(), contributor.consented());
        feedback.persist();
        changes.created(feedback); // inside the idempotent write: a replay creates nothing and records nothing
        return feedback;
    }

    /**
     * Views of several items, looking up the names of their themes and contributors at once. Who gave an item is shown
     * only to callers who may see the contacts of the partnership's people (PeopleAccess.CONTACTS).
     */
    private Function<Feedback, FeedbackView> viewsOf(Collection<Feedback> items) {
        Map<UUID, String> names = themes.names(items.stream().flatMap(f -> f.themeIds.stream()).collect(Collectors.toSet()));
        Map<UUID, Boolean> seesContacts = new HashMap<>();
        List<Feedback> shown = items.stream().filter(Feedback::hasContributor)
                .filter(f -> seesContacts.computeIfAbsent(f.partnershipId, this::seesContacts)).toList();
        Map<UUID, String> contributors = people.namesOf(shown.stream().map(f -> f.contributorPersonId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        Set<Feedback> withContributor = Set.copyOf(shown);
        return f -> FeedbackView.of(f, names, withContributor.contains(f) ? new FeedbackView.ContributorView(f.contributorPersonId,
                f.contributorPersonId == null ? null : contributors.get(f.contributorPersonId), f.contributorEmail, LondonTime.of(f.contributorConsentedAt)) : null);
    }

    private boolean seesContacts(UUID partnershipId) {
        Partnership partnership = Partnership.findById(partnershipId);
        return partnership != null && scope.peopleAccess(partnership) == PeopleAccess.CONTACTS;
    }

    private FeedbackView view(Feedback feedback) {
        return viewsOf(List.of(feedback)).apply(feedback);
    }
}
