package org.tandem.budget;

import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.tandem.common.web.QueryValues;

/** The filters both finance exports take. */
public class ExportFilter {
    @QueryParam("partnershipId")
    @Parameter(description = "Only claims for this partnership's meetings", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    public String partnershipId;

    @QueryParam("financialYear")
    @Parameter(description = "Only claims for meetings in this financial year", example = "2024-25")
    public String financialYear;

    /** Checks the filters while the request can still answer 400, before anything is streamed. */
    ExportQuery query(UUID organisationId) {
        return new ExportQuery(organisationId, QueryValues.uuid(partnershipId, "partnershipId"),
                FinancialYear.parseOptional(financialYear, "financialYear"));
    }
}
