package org.tandem.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.tandem.common.security.Roles;

// The whole path sits on the class so that it never competes with the boards resource for its sub-paths.
@Path("/api/v1/boards/{id}/calendar.ics")
@Tag(name = "Calendars")
public class BoardCalendarResource {
    private final MeetingCalendars calendars;

    BoardCalendarResource(MeetingCalendars calendars) {
        this.calendars = calendars;
    }

    @GET
    @Produces(MeetingCalendars.MEDIA_TYPE)
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.FINANCE, Roles.ANALYST, Roles.PARTNER, Roles.MEMBER})
    @Operation(operationId = "getBoardCalendar", summary = "The meetings of a board as a calendar feed")
    public RestResponse<String> feed(@PathParam("id") UUID id) {
        return calendars.feed(null, id);
    }
}
