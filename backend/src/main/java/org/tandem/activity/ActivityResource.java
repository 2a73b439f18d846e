package org.tandem.activity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.tandem.common.change.Changes;
import org.tandem.common.paging.Page;
import org.tandem.common.paging.PageParams;
import org.tandem.common.paging.PageRequest;
import org.tandem.common.persistence.Filter;
import org.tandem.common.problem.ProblemException;
import org.tandem.common.security.OrganisationScope;
import org.tandem.common.security.Roles;
import org.tandem.common.web.Period;
import org.tandem.common.web.QueryValues;
import org.tandem.common.web.Responses;
import org.tandem.common.web.Versions;
import org.tandem.meeting.Meeting;
import org.tandem.partnership.Partnership;

@Path("/api/v1/activities")
@Tag(name = "Activities", description = "Engagement activities (workshops, surveys, webinars, drop-ins, meetings) that feedback came from. "
        + "Visible with their partnership; changed by the staff of the organisation that owns it.")
public class ActivityResource {
    private static final Map<String, String> SORTABLE = Map.of("heldOn", "a.heldOn", "title", "lower(a.title)");

    private final OrganisationScope scope;
    private final Changes changes;

    ActivityResource(OrganisationScope scope, Changes changes) {
        this.scope = scope;
        this.changes = changes;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.ANALYST, Roles.PARTNER, Roles.MEMBER})
    @Operation(operationId = "listActivities", summary = "List engagement activities you can see", description = "Sortable by heldOn, title.")
    public Page<ActivityView> list(@BeanParam PageParams paging,
            @QueryParam("partnershipId") @Parameter(schema = @Schema(format = "uuid")) String partnershipId,
            @QueryParam("kind") @Parameter(schema = @Schema(implementation = ActivityKind.class)) String kind,
            @QueryParam("meetingId") @Parameter(description = "Linked to this meeting", schema = @Schema(format = "uuid")) String meetingId,
            @QueryParam("from") @Parameter(description = "Held on or after this date", schema = @Schema(format = "date")) String from,
            @QueryParam("to") @Parameter(description = "Held on or before this date", schema = @Schema(format = "date")) String to,
            @QueryParam("q") @Size(max = 200) @Parameter(description = "Text within the title") String q) {
        PageRequest request = paging.toRequest(SORTABLE, "heldOn,desc");
        Filter filter = scope.inVisiblePartnership("a.partnershipId")
                .containsText(q, "a.title")
                .and("a.partnershipId = :partnershipId", "partnershipId", QueryValues.uuid(partnershipId, "partnershipId"))
                .and("a.kind = :kind", "kind", QueryValues.enumValue(ActivityKind.class, kind, "kind"))
                .and("a.meetingId = :meetingId", "meetingId", QueryValues.uuid(meetingId, "meetingId"))
                .and("a.heldOn >= :from", "from", QueryValues.date(from, "from"))
                .and("a.heldOn <= :to", "to", QueryValues.date(to, "to"));
        var query = Activity.<Activity>find("from Activity a where " + filter.query(), request.sort(), filter.parameters());
        return Page.of(query.page(request.page(), request.size()).list(), request, query.count(), ActivityView::of);
    }

    @GET
    @Path("totals")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.ANALYST, Roles.PARTNER, Roles.MEMBER})
    @Operation(operationId = "getActivityTotals", summary = "Totals of the activities you can see held in a period",
            description = "Counts the activities held from..to (both inclusive, either may be left open) of the partnerships "
                    + "you can see, or of one of them, and sums the people they reached per category.")
    public ActivityTotals totals(
            @QueryParam("partnershipId") @Parameter(schema = @Schema(format = "uuid")) String partnershipId,
            @QueryParam("from") @Parameter(description = "Held on or after this date", schema = @Schema(format = "date")) String from,
            @QueryParam("to") @Parameter(description = "Held on or before this date", schema = @Schema(format = "date")) String to) {
        Period period = Period.of(from, to);
        UUID partnership = QueryValues.uuid(partnershipId, "partnershipId");
        Filter filter = scope.inVisiblePartnership("a.partnershipId")
                .and("a.partnershipId = :partnershipId", "partnershipId", partnership)
                .and("a.heldOn >= :from", "from", period.from())
                .and("a.heldOn <= :to", "to", period.to());
        var query = Activity.getEntityManager().createQuery("select count(a), count(a.reachPeople), sum(a.reachPeople), "
                + "sum(a.reachCarers), sum(a.reachYoungPeople), sum(a.reachEthnicMinority), sum(a.reachDisability) "
                + "from Activity a where " + filter.query(), Object[].class);
        filter.parameters().map().forEach(query::setParameter);
        Object[] sums = query.getSingleResult();
        return new ActivityTotals(period.from(), period.to(), partnership, number(sums[0]), number(sums[1]),
                new ActivityTotals.ReachTotals(number(sums[2]), number(sums[3]), number(sums[4]), number(sums[5]), number(sums[6])));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.ANALYST, Roles.PARTNER, Roles.MEMBER})
    @Operation(operationId = "getActivity", summary = "Get an engagement activity")
    public RestResponse<ActivityView> get(@PathParam("id") UUID id) {
        Activity activity = visible(id);
        return Responses.ok(ActivityView.of(activity), activity.version);
    }

    @POST
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "createActivity", summary = "Record an engagement activity of a partnership your organisation owns")
    public RestResponse<ActivityView> create(@NotNull @Valid ActivityRequest body, @Context UriInfo uriInfo) {
        Activity activity = new Activity();
        activity.partnershipId = body.partnershipId();
        apply(activity, body);
        activity.persist();
        changes.created(activity);
        return Responses.created(uriInfo, activity.id, ActivityView.of(activity), activity.version);
    }

    @PUT
    @Path("{id}")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "updateActivity", summary = "Update an engagement activity",
            description = "Replaces every field; the partnership cannot change. Send the version you loaded (or If-Match).")
    public RestResponse<ActivityView> update(@PathParam("id") UUID id, @NotNull @Valid ActivityRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        Activity activity = visible(id);
        Versions.check(activity.version, body.version(), ifMatch);
        if (!activity.partnershipId.equals(body.partnershipId())) {
            throw ProblemException.invalid("partnershipId", "cannot change: record the activity again under the other partnership");
        }
        changes.updating(activity);
        apply(activity, body);
        Activity.flush();
        return Responses.ok(ActivityView.of(activity), activity.version);
    }

    private Activity visible(UUID id) {
        Activity activity = Activity.findById(id);
        if (activity == null || !scope.canSee((Partnership) Partnership.findById(activity.partnershipId))) {
            throw ProblemException.notFound("Activity " + id);
        }
        return activity;
    }

    private void apply(Activity activity, ActivityRequest body) {
        Partnership partnership = Partnership.findById(body.partnershipId());
        if (partnership == null || !scope.canSee(partnership)) {
            throw ProblemException.invalid("partnershipId", "is not a partnership you can see");
        }
        scope.requireManageable(partnership, "Partnership " + partnership.id);
        if (body.meetingId() != null) {
            Meeting meeting = Meeting.findById(body.meetingId());
            if (meeting == null || !Objects.equals(meeting.partnershipId, partnership.id)) {
                throw ProblemException.invalid("meetingId", "is not a meeting of this partnership");
            }
        }
        activity.kind = body.kind();
        activity.meetingId = body.meetingId();
        activity.title = body.title().trim();
        activity.heldOn = body.heldOn();
        activity.area = body.area();
        activity.audience = body.audience();
        activity.reach(body.reach());
    }
}
