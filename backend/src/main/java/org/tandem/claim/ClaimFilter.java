package org.tandem.claim;

import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.tandem.budget.FinancialYear;
import org.tandem.common.persistence.Filter;
import org.tandem.common.web.LondonTime;
import org.tandem.common.web.QueryValues;

/** Filters of the claim list; each is optional. */
public class ClaimFilter {
    @QueryParam("status")
    @Parameter(description = "Repeat to combine, e.g. status=SUBMITTED&status=APPROVED",
            schema = @Schema(type = SchemaType.ARRAY, implementation = ClaimStatus.class))
    public List<String> status;

    @QueryParam("partnershipId")
    @Parameter(description = "Claims for meetings of this partnership", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    public String partnershipId;

    @QueryParam("meetingId")
    @Parameter(description = "Claims for this meeting", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    public String meetingId;

    @QueryParam("claimantPersonId")
    @Parameter(description = "Claims of this person", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    public String claimantPersonId;

    @QueryParam("claimant")
    @Parameter(description = "Claims of people whose name contains this text (any case)", example = "hooper")
    public String claimant;

    @QueryParam("submittedFrom")
    @Parameter(description = "Claims submitted on or after this date (London) or time", example = "2024-07-01")
    public String submittedFrom;

    @QueryParam("submittedTo")
    @Parameter(description = "Claims submitted on or before this date (London), or before this time", example = "2024-07-31")
    public String submittedTo;

    @QueryParam("financialYear")
    @Parameter(description = "Claims for meetings in this financial year", example = "2024-25")
    public String financialYear;

    @QueryParam("late")
    @Parameter(description = "true: only claims accepted after their deadline", schema = @Schema(type = SchemaType.BOOLEAN))
    public String late;

    Filter applyTo(Filter filter) {
        List<ClaimStatus> statuses = status == null ? List.of()
                : status.stream().map(s -> QueryValues.enumValue(ClaimStatus.class, s, "status")).toList();
        filter.and("c.status in :statuses", "statuses", statuses.isEmpty() ? null : statuses)
                .and("c.partnershipId = :partnershipId", "partnershipId", QueryValues.uuid(partnershipId, "partnershipId"))
                .and("c.meetingId = :meetingId", "meetingId", QueryValues.uuid(meetingId, "meetingId"))
                .and("c.claimantPersonId = :claimant", "claimant", QueryValues.uuid(claimantPersonId, "claimantPersonId"))
                .and("c.claimantPersonId in (select p.id from Person p where lower(p.displayName) like :claimantName)",
                        "claimantName", claimant == null || claimant.isBlank() ? null : like(claimant))
                .and("c.submittedAt >= :submittedFrom", "submittedFrom", QueryValues.from(submittedFrom, "submittedFrom"))
                .and("c.submittedAt < :submittedTo", "submittedTo", QueryValues.to(submittedTo, "submittedTo"));
        FinancialYear year = FinancialYear.parseOptional(financialYear, "financialYear");
        if (year != null) {
            filter.and("c.meetingId in (select m.id from Meeting m where m.startsAt >= :yearStart and m.startsAt < :yearEnd)")
                    .bind("yearStart", LondonTime.startOf(year.firstDay()))
                    .bind("yearEnd", LondonTime.startOf(year.lastDay().plusDays(1)));
        }
        Boolean onlyLate = QueryValues.bool(late, "late");
        if (onlyLate != null) {
            filter.and(onlyLate ? "c.lateReason is not null" : "c.lateReason is null");
        }
        return filter;
    }

    private static String like(String text) {
        return "%" + text.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
