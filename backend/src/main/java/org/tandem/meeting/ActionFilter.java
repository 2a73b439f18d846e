package org.tandem.meeting;

import org.tandem.common.web.LondonTime;
import org.tandem.common.web.QueryValues;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.tandem.common.persistence.Filter;

/** Filters of the action list; each is optional. Without {@code status}, only open actions are listed. */
public class ActionFilter extends HolderFilter {
    @QueryParam("meetingId")
    @Parameter(description = "Actions of this meeting", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    public String meetingId;

    @QueryParam("status")
    @Parameter(description = "Repeat to combine, e.g. status=DONE&status=DROPPED. Default: OPEN only.",
            schema = @Schema(type = SchemaType.ARRAY, implementation = ActionStatus.class))
    public List<String> status;

    @QueryParam("ownerPersonId")
    @Parameter(description = "Actions owned by this person", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    public String ownerPersonId;

    @QueryParam("dueBefore")
    @Parameter(description = "Actions due before this date", example = "2024-09-11")
    public String dueBefore;

    @QueryParam("overdue")
    @Parameter(description = "true: only open actions due before today (Europe/London); false: all others",
            schema = @Schema(type = SchemaType.BOOLEAN))
    public String overdue;

    Filter applyTo(Filter filter) {
        List<ActionStatus> statuses = status == null || status.isEmpty() ? List.of(ActionStatus.OPEN)
                : status.stream().map(s -> QueryValues.enumValue(ActionStatus.class, s, "status")).toList();
        byHolder(filter, "meeting.")
                .and("meeting.id = :meetingId", "meetingId", QueryValues.uuid(meetingId, "meetingId"))
                .and("status in :statuses", "statuses", statuses)
                .and("ownerPersonId = :owner", "owner", QueryValues.uuid(ownerPersonId, "ownerPersonId"))
                .and("dueOn < :dueBefore", "dueBefore", QueryValues.date(dueBefore, "dueBefore"));
        Boolean onlyOverdue = QueryValues.bool(overdue, "overdue");
        if (onlyOverdue != null) {
            filter.and(onlyOverdue ? "(status = :open and dueOn < :today)"
                            : "(status <> :open or dueOn is null or dueOn >= :today)")
                    .bind("open", ActionStatus.OPEN).bind("today", LondonTime.today());
        }
        return filter;
    }
}
