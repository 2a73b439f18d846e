package org.tandem.meeting;

import org.tandem.common.web.QueryValues;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.tandem.common.persistence.Filter;

/** Filters of the meeting list; each is optional. */
public class MeetingFilter extends HolderFilter {
    @QueryParam("from")
    @Parameter(description = "Meetings starting at or after this time, or on or after this date (Europe/London)",
            example = "2024-07-01")
    public String from;

    @QueryParam("to")
    @Parameter(description = "Meetings starting before this time, or on or before this date (Europe/London)",
            example = "2024-07-31")
    public String to;

    @QueryParam("status")
    @Parameter(description = "Meetings in this status", schema = @Schema(implementation = MeetingStatus.class))
    public String status;

    Filter applyTo(Filter filter) {
        return byHolder(filter, "")
                .and("startsAt >= :from", "from", QueryValues.from(from, "from"))
                .and("startsAt < :to", "to", QueryValues.to(to, "to"))
                .and("status = :status", "status", QueryValues.enumValue(MeetingStatus.class, status, "status"));
    }
}
