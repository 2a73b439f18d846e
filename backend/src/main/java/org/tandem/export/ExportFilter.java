package org.tandem.export;

import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.tandem.common.problem.ProblemException;
import org.tandem.common.web.QueryValues;

/** The filters every dataset takes: which partnership, which dates, and what changed since when. */
public class ExportFilter {
    @QueryParam("partnershipId")
    @Parameter(description = "Only the rows of this partnership (each dataset's dictionary entry says what that means for it)",
            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    public String partnershipId;

    @QueryParam("from")
    @Parameter(description = "From this London date (inclusive), on the date each dataset names", schema = @Schema(type = SchemaType.STRING, format = "date",
            examples = "2025-04-01"))
    public String from;

    @QueryParam("to")
    @Parameter(description = "Up to this London date (inclusive)", schema = @Schema(type = SchemaType.STRING, format = "date", examples = "2026-03-31"))
    public String to;

    @QueryParam("updatedSince")
    @Parameter(description = "Only rows created or changed at or after this time (with an offset) or London date",
            schema = @Schema(type = SchemaType.STRING, examples = "2026-11-01T00:00:00Z"))
    public String updatedSince;

    /** The filters, checked: 400 naming the field for one that is not a uuid, date or time, or dates the wrong way round. */
    Values values() {
        LocalDate fromDate = QueryValues.date(from, "from");
        LocalDate toDate = QueryValues.date(to, "to");
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        return new Values(QueryValues.uuid(partnershipId, "partnershipId"), fromDate, toDate, QueryValues.from(updatedSince, "updatedSince"));
    }

    record Values(UUID partnershipId, LocalDate from, LocalDate to, Instant updatedSince) {
        static final Values NONE = new Values(null, null, null, null);

        /** These filters less those the dataset does not take (for the archive of every dataset). */
        Values supportedBy(Dataset dataset) {
            return new Values(dataset.partnershipCondition() == null ? null : partnershipId, dataset.dateSql() == null ? null : from,
                    dataset.dateSql() == null ? null : to, dataset.updatedSql() == null ? null : updatedSince);
        }

        /** The filters given, as the audit entry of the export records them. */
        Map<String, Object> given() {
            Map<String, Object> given = new LinkedHashMap<>();
            put(given, "partnershipId", partnershipId);
            put(given, "from", from);
            put(given, "to", to);
            put(given, "updatedSince", updatedSince);
            return given;
        }

        private static void put(Map<String, Object> map, String key, Object value) {
            if (value != null) {
                map.put(key, value.toString());
            }
        }
    }
}
