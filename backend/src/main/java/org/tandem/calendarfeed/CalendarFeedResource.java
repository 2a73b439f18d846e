package org.tandem.calendarfeed;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
import org.tandem.common.problem.ProblemException;
import org.tandem.common.security.CurrentUser;
import org.tandem.common.security.Roles;
import org.tandem.common.security.ScopedBody;
import org.tandem.common.web.Responses;
import org.tandem.common.web.Versions;
import org.tandem.meeting.MeetingCalendars;

@Path("/api/v1/calendar-feeds")
@Tag(name = "Calendar subscriptions", description = """
        Your own signed addresses for calendar programs, which cannot send a bearer token: each feed of the meetings of
        one partnership or board is fetched at an address whose random token is its key (shown once, when it is made).
        Whoever has the address sees those meetings as you may: at every fetch, with the roles and organisation you had
        when you made it, and only while your organisation can still see that partnership or board. Revoking a feed
        stops its address at once.""")
public class CalendarFeedResource {
    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("^[A-Za-z0-9_-]{43}$");
    /** People, not partner systems: a subscription is a person's. */
    private static final Set<String> PEOPLE = Set.of(Roles.ADMIN, Roles.STAFF, Roles.FINANCE, Roles.ANALYST, Roles.MEMBER);
    private static final String FEED_NOT_FOUND = "Calendar feed";

    private final CurrentUser user;
    private final MeetingCalendars calendars;
    private final Changes changes;
    private final String publicUrl;

    CalendarFeedResource(CurrentUser user, MeetingCalendars calendars, Changes changes,
            @ConfigProperty(name = "tandem.api.public-url") String publicUrl) {
        this.user = user;
        this.calendars = calendars;
        this.changes = changes;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.FINANCE, Roles.ANALYST, Roles.MEMBER})
    @Operation(operationId = "listCalendarFeeds", summary = "Your calendar subscriptions",
            description = "Your own feeds that are not revoked, newest first; never their addresses. bodyName is null for a "
                    + "partnership or board your organisation can no longer see (its feed answers 404).")
    public Page<CalendarFeedView> list(@BeanParam PageParams paging) {
        PageRequest request = paging.toRequest(Map.of("createdAt", "createdAt"), "createdAt,desc");
        var query = CalendarFeed.<CalendarFeed>find("ownerSubject = ?1 and revokedAt is null", request.sort(), user.subject());
        return Page.of(query.page(request.page(), request.size()).list(), request, query.count(),
                feed -> CalendarFeedView.of(feed, bodyName(feed)));
    }

    @POST
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.FINANCE, Roles.ANALYST, Roles.MEMBER})
    @Operation(operationId = "createCalendarFeed", summary = "Subscribe to the meetings of a partnership or board",
            description = "Give partnershipId or boardId, of one your organisation can see. The answer holds the feed's "
                    + "address (url, and webcalUrl to open a calendar program), once: it is never shown again. Anyone "
                    + "with it sees these meetings as you may, so share it with no one; revoke it if it has been.")
    @APIResponseSchema(CalendarFeedView.class)
    public RestResponse<CalendarFeedView> create(@NotNull @Valid CalendarFeedRequest body, @Context UriInfo uriInfo) {
        String field = body.partnershipId() != null ? "partnershipId" : "boardId";
        if ((body.partnershipId() == null) == (body.boardId() == null)) {
            throw ProblemException.invalid(field, "give either a partnershipId or a boardId, not both or neither");
        }
        UUID organisationId = user.organisationId();
        ScopedBody holder = readable(body.partnershipId(), body.boardId());
        if (holder == null) {
            throw ProblemException.invalid(field, "is not a " + (body.partnershipId() != null ? "partnership" : "board")
                    + " your organisation can see");
        }
        CurrentUser.Standing signedIn = user.standing();
        Set<String> roles = signedIn.roles().stream().filter(PEOPLE::contains).collect(Collectors.toSet());
        CalendarFeedToken made = CalendarFeed.create(new CurrentUser.Standing(signedIn.subject(), signedIn.organisationCode(),
                roles), organisationId, body.partnershipId(), body.boardId());
        CalendarFeed feed = made.feed();
        feed.persist();
        changes.created(feed);
        CalendarFeed.flush();
        String url = publicUrl + "/api/v1/calendar-feeds/" + made.token() + ".ics";
        return Responses.created(uriInfo, feed.id, CalendarFeedView.of(feed, holder.name()).withAddress(url), feed.version);
    }

    @DELETE
    @Path("{id}")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.FINANCE, Roles.ANALYST, Roles.MEMBER})
    @Operation(operationId = "revokeCalendarFeed", summary = "Revoke one of your calendar subscriptions",
            description = "Its address answers 404 from now on. Send the version you loaded as a query parameter or If-Match. "
                    + "Another person's feed is not found.")
    @APIResponse(responseCode = "204", description = "Revoked")
    public void revoke(@PathParam("id") UUID id,
            @QueryParam("version") @Parameter(description = "The feed's version") Long version,
            @HeaderParam("If-Match") String ifMatch) {
        CalendarFeed feed = CalendarFeed.findById(id);
        if (feed == null || feed.revokedAt != null || !feed.isOwnedBy(user.subject())) {
            throw ProblemException.notFound(FEED_NOT_FOUND + " " + id);
        }
        Versions.check(feed.version, version, ifMatch);
        changes.updating(feed, "revoked");
        feed.revoke(Instant.now());
    }

    @GET
    @Path("{token}.ics")
    @PermitAll
    @Produces(MeetingCalendars.MEDIA_TYPE)
    @Operation(operationId = "getCalendarFeed", summary = "A calendar subscription's meetings, for calendar programs",
            description = "No sign-in: the token in the address is the key. iCalendar (RFC 5545) of every meeting of the "
                    + "partnership or board, as the feed's owner may read them now (names withheld from a role that may not "
                    + "read them). 404 once the feed is revoked or its owner's organisation can no longer see them. "
                    + "Calendar programs may keep it for 5 minutes.")
    public RestResponse<String> feed(@PathParam("token") @Parameter(description = "The feed's token, from its address",
            example = "3q2-7wE9nZbXc1VtLkQpR0sYhJm4uF6aG8dK5oN2iT0",
            schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Za-z0-9_-]{43}$", maxLength = 43)) String token) {
        if (!TOKEN.matcher(token).matches()) {
            throw ProblemException.invalid("token", "is not the token of a calendar subscription: copy the whole address");
        }
        CalendarFeed feed = CalendarFeed.active(token);
        if (feed == null) {
            throw ProblemException.notFound(FEED_NOT_FOUND);
        }
        user.actFor(feed.owner());
        if (readable(feed.partnershipId, feed.boardId) == null) {
            throw ProblemException.notFound(FEED_NOT_FOUND);
        }
        return RestResponse.ResponseBuilder.fromResponse(calendars.feed(feed.partnershipId, feed.boardId))
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=300").build();
    }

    /** The partnership or board, when the caller (or whom they act for) may read its meetings; null otherwise. */
    private ScopedBody readable(UUID partnershipId, UUID boardId) {
        try {
            return calendars.readableHolder(partnershipId, boardId);
        } catch (ProblemException notVisible) {
            return null;
        }
    }

    private String bodyName(CalendarFeed feed) {
        ScopedBody holder = readable(feed.partnershipId, feed.boardId);
        return holder == null ? null : holder.name();
    }
}
