package org.tandem.outcome;

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
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.tandem.board.Board;
import org.tandem.common.change.Changes;
import org.tandem.common.paging.ChangeParams;
import org.tandem.common.paging.ListRequest;
import org.tandem.common.paging.Page;
import org.tandem.common.paging.PageParams;
import org.tandem.common.persistence.Filter;
import org.tandem.common.problem.ProblemException;
import org.tandem.common.security.CurrentUser;
import org.tandem.common.security.OrganisationScope;
import org.tandem.common.security.Roles;
import org.tandem.common.web.LondonTime;
import org.tandem.common.web.Period;
import org.tandem.common.web.QueryValues;
import org.tandem.common.web.Responses;
import org.tandem.common.web.Versions;
import org.tandem.feedback.Feedback;
import org.tandem.meeting.Decision;
import org.tandem.organisation.Organisation;
import org.tandem.partnership.Partnership;
import org.tandem.theme.Themes;

@Path("/api/v1/outcomes")
@Tag(name = "Outcomes", description = "\"You said, we did\": what people said, what changed or was decided, and where it stands. "
        + "Status changes are kept as a history; published outcomes appear on the partnership's public page.")
public class OutcomeResource {
    private static final Map<String, String> SORTABLE = Map.of("createdAt", "o.createdAt", "dueOn", "o.dueOn", "status", "o.status");

    private final OrganisationScope scope;
    private final CurrentUser user;
    private final Themes themes;
    private final Changes changes;

    OutcomeResource(OrganisationScope scope, CurrentUser user, Themes themes, Changes changes) {
        this.scope = scope;
        this.user = user;
        this.themes = themes;
        this.changes = changes;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.ANALYST, Roles.PARTNER, Roles.MEMBER})
    @Operation(operationId = "listOutcomes", summary = "List outcomes of the partnerships you can see",
            description = "Sortable by createdAt, dueOn, status; with updatedSince or after, walked in order of change. "
                    + "from and to take the outcomes recorded (createdAt) on those days in Europe/London, both inclusive.")
    public Page<OutcomeView> list(@BeanParam PageParams paging, @BeanParam ChangeParams changes,
            @QueryParam("partnershipId") @Parameter(schema = @Schema(format = "uuid")) String partnershipId,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = OutcomeStatus.class)) String status,
            @QueryParam("themeId") @Parameter(schema = @Schema(format = "uuid")) String themeId,
            @QueryParam("published") @Parameter(schema = @Schema(implementation = Boolean.class)) String published,
            @QueryParam("responsibleOrganisationId") @Parameter(description = "The registered organisation responsible",
                    schema = @Schema(format = "uuid")) String responsibleOrganisationId,
            @QueryParam("meetingId") @Parameter(description = "Made by a decision of this meeting",
                    schema = @Schema(format = "uuid")) String meetingId,
            @QueryParam("from") @Parameter(description = "Recorded on or after this day", schema = @Schema(format = "date")) String from,
            @QueryParam("to") @Parameter(description = "Recorded on or before this day", schema = @Schema(format = "date")) String to) {
        ListRequest request = ListRequest.of(paging, changes, SORTABLE, "createdAt,desc", "o.");
        Filter filter = inPeriod(partnershipId, Period.of(from, to))
                .and("o.status = :status", "status", QueryValues.enumValue(OutcomeStatus.class, status, "status"))
                .and(":themeId member of o.themeIds", "themeId", QueryValues.uuid(themeId, "themeId"))
                .and("o.published = :published", "published", QueryValues.bool(published, "published"))
                .and("o.responsibleOrganisationId = :responsible", "responsible",
                        QueryValues.uuid(responsibleOrganisationId, "responsibleOrganisationId"))
                .and("o.decisionId in (select d.id from Decision d where d.agendaItem.meeting.id = :meetingId)", "meetingId",
                        QueryValues.uuid(meetingId, "meetingId"));
        request.applyTo(filter);
        var query = Outcome.<Outcome>find("from Outcome o where " + filter.query(), request.sort(), filter.parameters());
        return request.page(query, rows -> this::view);
    }

    @GET
    @Path("totals")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.ANALYST, Roles.PARTNER, Roles.MEMBER})
    @Operation(operationId = "getOutcomeTotals", summary = "How many outcomes you can see were recorded in a period, by status",
            description = "Counts the outcomes of the partnerships you can see (or one of them) recorded (createdAt) from..to, "
                    + "days in Europe/London, both inclusive, either may be left open; by the status each has now.")
    public OutcomeTotals totals(
            @QueryParam("partnershipId") @Parameter(schema = @Schema(format = "uuid")) String partnershipId,
            @QueryParam("from") @Parameter(description = "Recorded on or after this day", schema = @Schema(format = "date")) String from,
            @QueryParam("to") @Parameter(description = "Recorded on or before this day", schema = @Schema(format = "date")) String to) {
        Period period = Period.of(from, to);
        Filter filter = inPeriod(partnershipId, period);
        var query = Outcome.getEntityManager().createQuery("select o.status, count(o), count(o) filter (where o.published) "
                + "from Outcome o where " + filter.query() + " group by o.status", Object[].class);
        filter.parameters().map().forEach(query::setParameter);
        Map<OutcomeStatus, Long> byStatus = new EnumMap<>(OutcomeStatus.class);
        long published = 0;
        for (Object[] row : query.getResultList()) {
            byStatus.put((OutcomeStatus) row[0], ((Number) row[1]).longValue());
            published += ((Number) row[2]).longValue();
        }
        List<OutcomeTotals.StatusCount> counts = Arrays.stream(OutcomeStatus.values())
                .map(s -> new OutcomeTotals.StatusCount(s, byStatus.getOrDefault(s, 0L))).toList();
        return new OutcomeTotals(period.from(), period.to(), QueryValues.uuid(partnershipId, "partnershipId"),
                counts.stream().mapToLong(OutcomeTotals.StatusCount::count).sum(), published, counts);
    }

    /** The outcomes the caller can see, of one partnership if asked, recorded in the period. */
    private Filter inPeriod(String partnershipId, Period period) {
        return scope.inVisiblePartnership("o.partnershipId")
                .and("o.partnershipId = :partnershipId", "partnershipId", QueryValues.uuid(partnershipId, "partnershipId"))
                .and("o.createdAt >= :recordedFrom", "recordedFrom", period.startsAt())
                .and("o.createdAt < :recordedBefore", "recordedBefore", period.endsBefore());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.ANALYST, Roles.PARTNER, Roles.MEMBER})
    @Operation(operationId = "getOutcome", summary = "Get an outcome with its status history")
    public RestResponse<OutcomeView> get(@PathParam("id") UUID id) {
        Outcome outcome = visible(id);
        return Responses.ok(view(outcome), outcome.version);
    }

    @POST
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "createOutcome", summary = "Record a \"you said, we did\"",
            description = "Starts UNDER_CONSIDERATION; the history records it.")
    public RestResponse<OutcomeView> create(@NotNull @Valid OutcomeRequest body, @Context UriInfo uriInfo) {
        Partnership partnership = partnership(body.partnershipId());
        Outcome outcome = new Outcome();
        outcome.partnershipId = partnership.id;
        apply(outcome, partnership, body);
        outcome.persist();
        changes.created(outcome);
        outcome.started(user.displayName()).persist();
        return Responses.created(uriInfo, outcome.id, view(outcome), outcome.version);
    }

    @PUT
    @Path("{id}")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "updateOutcome", summary = "Update an outcome, publish or unpublish it",
            description = "Replaces every field but the status; the partnership cannot change. Send the version you loaded (or If-Match). "
                    + "The trail and the events name it published or unpublished when it flips published, otherwise updated.")
    public RestResponse<OutcomeView> update(@PathParam("id") UUID id, @NotNull @Valid OutcomeRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        Outcome outcome = visible(id);
        Versions.check(outcome.version, body.version(), ifMatch);
        if (!outcome.partnershipId.equals(body.partnershipId())) {
            throw ProblemException.invalid("partnershipId", "cannot change");
        }
        changes.updating(outcome, outcome.updateAction(Boolean.TRUE.equals(body.published())));
        apply(outcome, partnership(body.partnershipId()), body);
        Outcome.flush();
        return Responses.ok(view(outcome), outcome.version);
    }

    @POST
    @Path("{id}/status")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "changeOutcomeStatus", summary = "Change an outcome's status",
            description = "Appends to its history. The moves allowed: UNDER_CONSIDERATION to IN_PROGRESS, DONE or NOT_POSSIBLE; "
                    + "IN_PROGRESS to DONE or NOT_POSSIBLE; DONE back to IN_PROGRESS (reopened: completedOn is cleared); "
                    + "NOT_POSSIBLE back to UNDER_CONSIDERATION (reopened). The view's allowedStatuses lists them for you. "
                    + "NOT_POSSIBLE needs the reason; DONE sets completedOn to today when it is empty. Send the version you "
                    + "loaded in the body or as If-Match (a stale one gets 409, or 412 for If-Match); any other move gets 409 "
                    + "transition-not-allowed. The trail and the events name the move started, completed, marked-not-possible "
                    + "or reopened.")
    public RestResponse<OutcomeView> changeStatus(@PathParam("id") UUID id, @NotNull @Valid StatusRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        Outcome outcome = visible(id);
        partnership(outcome.partnershipId);
        Versions.check(outcome.version, body.version(), ifMatch);
        changes.updating(outcome, Outcome.statusAction(outcome.status, body.status()));
        outcome.changeStatus(body.status(), body.reason(), user.displayName()).persist();
        Outcome.flush();
        return Responses.ok(view(outcome), outcome.version);
    }

    private Outcome visible(UUID id) {
        Outcome outcome = Outcome.findById(id);
        if (outcome == null || !scope.canSee((Partnership) Partnership.findById(outcome.partnershipId))) {
            throw ProblemException.notFound("Outcome " + id);
        }
        return outcome;
    }

    private Partnership partnership(UUID id) {
        Partnership partnership = Partnership.findById(id);
        if (partnership == null || !scope.canSee(partnership)) {
            throw ProblemException.invalid("partnershipId", "is not a partnership you can see");
        }
        return scope.requireManageable(partnership, "Partnership " + id);
    }

    private void apply(Outcome outcome, Partnership partnership, OutcomeRequest body) {
        Set<UUID> themeIds = body.themeIds() == null ? Set.of() : body.themeIds();
        Set<UUID> added = new HashSet<>(themeIds);
        added.removeAll(outcome.themeIds);
        // Links kept from before may name themes retired since; only new links must be to active themes.
        themes.requireTaggable(added, partnership.ownerOrganisationId, "themeIds");
        Set<UUID> feedbackIds = body.feedbackIds() == null ? Set.of() : body.feedbackIds();
        if (!feedbackIds.isEmpty()
                && Feedback.count("id in ?1 and partnershipId = ?2", feedbackIds, partnership.id) != feedbackIds.size()) {
            throw ProblemException.invalid("feedbackIds", "must all be feedback of this partnership");
        }
        Filter visibleDecision = scope.visibleMeetings("agendaItem.meeting.").and("id = :id", "id", body.decisionId());
        if (body.decisionId() != null && Decision.count(visibleDecision.query(), visibleDecision.parameters()) == 0) {
            throw ProblemException.invalid("decisionId", "is not a decision of a meeting you can see");
        }
        String responsibleName = body.responsibleOrganisationName() == null || body.responsibleOrganisationName().isBlank()
                ? null : body.responsibleOrganisationName().trim();
        if (body.responsibleOrganisationId() != null && responsibleName != null) {
            throw ProblemException.invalid("responsibleOrganisationName",
                    "give the registered organisation or the name of one not registered, not both");
        }
        if ((body.responsibleOrganisationId() != null || responsibleName != null) && body.responsibleBoardId() != null) {
            throw ProblemException.invalid("responsibleBoardId", "give a responsible organisation or a board, not both");
        }
        if (body.responsibleOrganisationId() != null && Organisation.findById(body.responsibleOrganisationId()) == null) {
            throw ProblemException.invalid("responsibleOrganisationId", "is not a registered organisation");
        }
        if (body.responsibleBoardId() != null) {
            Board board = Board.findById(body.responsibleBoardId());
            if (board == null || !scope.canSee(board)) {
                throw ProblemException.invalid("responsibleBoardId", "is not a board you can see");
            }
        }
        outcome.youSaid = body.youSaid().trim();
        outcome.weDid = body.weDid();
        outcome.themeIds.clear();
        outcome.themeIds.addAll(themeIds);
        outcome.feedbackIds.clear();
        outcome.feedbackIds.addAll(feedbackIds);
        outcome.decisionId = body.decisionId();
        outcome.responsibleOrganisationId = body.responsibleOrganisationId();
        outcome.responsibleOrganisationName = responsibleName;
        outcome.responsibleBoardId = body.responsibleBoardId();
        outcome.dueOn = body.dueOn();
        outcome.completedOn = body.completedOn();
        outcome.publish(Boolean.TRUE.equals(body.published()));
    }

    /** Only the meeting, not the decision's text: the meeting page words it for the reader (Chatham House). */
    private static OutcomeView.DecisionMeeting decisionMeeting(UUID decisionId) {
        Decision decision = decisionId == null ? null : Decision.findById(decisionId);
        if (decision == null) {
            return null;
        }
        var meeting = decision.agendaItem.meeting;
        return new OutcomeView.DecisionMeeting(meeting.id, meeting.title, LondonTime.dateOf(meeting.startsAt));
    }

    private OutcomeView view(Outcome outcome) {
        List<OutcomeStatusChange> history = OutcomeStatusChange.list("outcomeId = ?1 order by changedAt, id", outcome.id);
        Partnership partnership = Partnership.findById(outcome.partnershipId);
        boolean namesPeople = scope.peopleAccess(partnership).namesPeople();
        boolean manages = scope.owns(partnership) && user.canManage();
        return OutcomeView.of(outcome, decisionMeeting(outcome.decisionId), history, namesPeople, manages);
    }
}
