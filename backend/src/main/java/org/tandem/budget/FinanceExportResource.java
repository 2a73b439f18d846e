package org.tandem.budget;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.tandem.common.security.CurrentUser;
import org.tandem.common.security.Roles;
import org.tandem.common.web.CsvWriter;
import org.tandem.common.web.LondonTime;
import org.tandem.reimbursement.Money;

@Path("/api/v1/finance-export")
@Tag(name = "Finance export", description = """
        Approved claims ready for payment, for the finance system: CSV (opens in Excel: UTF-8 with BOM, RFC 4180, CRLF,
        a total row) or JSON (with each claim's version, to mark exactly those claims paid). Both stream, and their
        totals are the sums of the lines written. Personal data is limited to the payee's id and name.""")
public class FinanceExportResource {
    static final String CSV = "text/csv";
    static final List<String> CSV_HEADER = List.of("claim_reference", "claim_id", "payee_person_id", "payee_name",
            "partnership", "meeting_date", "financial_year", "approved_on", "involvement_pence", "expenses_pence",
            "total_pence", "total_gbp");

    private final CurrentUser user;
    private final ObjectMapper json;

    FinanceExportResource(CurrentUser user, ObjectMapper json) {
        this.user = user;
        this.json = json;
    }

    @GET
    @Path("approved-claims")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FINANCE)
    @Operation(operationId = "exportApprovedClaims", summary = "Approved claims ready for payment, as JSON",
            description = "Your organisation's approved, unpaid claims in reference order, with totals after them.")
    @APIResponse(responseCode = "200", description = "The claims and their totals",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FinanceExport.class)))
    public RestResponse<StreamingOutput> exportJson(@BeanParam ExportFilter filter) {
        ExportQuery query = filter.query(user.organisationId());
        StreamingOutput body = out -> {
            try (JsonGenerator generator = json.getFactory().createGenerator(out)) {
                generator.writeStartObject();
                generator.writeStringField("generatedAt", OffsetDateTime.now(LondonTime.ZONE).toString());
                generator.writeStringField("currency", Money.CURRENCY);
                generator.writeArrayFieldStart("claims");
                ExportTotals totals = stream(query, line -> {
                    try {
                        generator.writeObject(line);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                generator.writeEndArray();
                generator.writeNumberField("claimCount", totals.claims);
                generator.writeNumberField("involvementPence", totals.involvementPence);
                generator.writeNumberField("expensesPence", totals.expensesPence);
                generator.writeNumberField("totalPence", totals.totalPence);
                generator.writeEndObject();
            }
        };
        return RestResponse.ResponseBuilder.ok(body, MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store").build();
    }

    @GET
    @Path("approved-claims.csv")
    @Produces(CSV)
    @RolesAllowed(Roles.FINANCE)
    @Operation(operationId = "exportApprovedClaimsCsv", summary = "Approved claims ready for payment, as CSV",
            description = "Columns: claim_reference, claim_id, payee_person_id, payee_name, partnership, meeting_date, "
                    + "financial_year, approved_on, involvement_pence, expenses_pence, total_pence, total_gbp. The last row, "
                    + "claim_reference TOTAL, sums the rows above it.")
    @APIResponse(responseCode = "200", description = "UTF-8 CSV with a byte order mark, sent as an attachment",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<StreamingOutput> exportCsv(@BeanParam ExportFilter filter) {
        ExportQuery query = filter.query(user.organisationId());
        StreamingOutput body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            CsvWriter csv = new CsvWriter(writer);
            csv.bom();
            csv.row(CSV_HEADER);
            ExportTotals totals = stream(query, line -> {
                try {
                    csv.row(Arrays.asList(line.reference(), line.claimId().toString(), line.payeePersonId().toString(),
                            line.payeeName(), line.partnershipName(), line.meetingDate().toString(), line.financialYear(),
                            line.approvedOn().toString(), line.involvementPence(), line.expensesPence(), line.totalPence(),
                            Money.decimal(line.totalPence())));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            csv.row(Arrays.asList("TOTAL", null, null, totals.claims + " claims", null, null, null, null,
                    totals.involvementPence, totals.expensesPence, totals.totalPence, Money.decimal(totals.totalPence)));
            writer.flush();
        };
        return RestResponse.ResponseBuilder.ok(body, CSV + "; charset=utf-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"approved-claims-" + LondonTime.today() + ".csv\"")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store").build();
    }

    /** Runs the query in a read-only transaction of its own, as the response is written after this request's method. */
    private static ExportTotals stream(ExportQuery query, Consumer<ExportLine> write) {
        ExportTotals totals = new ExportTotals();
        QuarkusTransaction.requiringNew().run(() -> query.forEach(totals.andThen(write)));
        return totals;
    }
}
