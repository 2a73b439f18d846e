package org.tandem.export;

import io.agroal.api.AgroalDataSource;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.tandem.common.audit.CanonicalJson;
import org.tandem.common.problem.ProblemException;
import org.tandem.common.security.Roles;

@Path("/api/v1/exports")
@Tag(name = "Exports", description = """
        Complete datasets for analysts, without personal data: people appear only as pseudonyms (stable within your \
        organisation, different in any other) and as counts, with small counts withheld. Each dataset streams from one \
        consistent snapshot of the database, as NDJSON, CSV (for Excel: UTF-8 with a byte order mark, formulas guarded) or \
        JSON, gzipped when the request accepts it. Its data dictionary is a Frictionless Data Package (datapackage.json). \
        A warehouse stays in sync with a change feed: export once, keep the Export-Cursor header, then ask for the \
        changes after it. Analysts and admins export what their organisation sees; the audit trail is for admins. \
        Every export is recorded in the audit trail.""")
@RolesAllowed({Roles.ANALYST, Roles.ADMIN})
public class ExportResource {
    static final String NDJSON = "application/x-ndjson";
    static final String CSV = "text/csv";
    static final String ZIP = "application/zip";
    static final String ROWS_HEADER = "Export-Rows";
    static final String CURSOR_HEADER = "Export-Cursor";
    private static final int GZIP_BUFFER = 1 << 16;

    private final ExportAccess access;
    private final AgroalDataSource dataSource;
    private final Pseudonyms pseudonyms;
    private final SmallNumbers smallNumbers;
    private final ExportAudit audit;
    private final String version;

    ExportResource(ExportAccess access, AgroalDataSource dataSource, Pseudonyms pseudonyms, SmallNumbers smallNumbers, ExportAudit audit,
            @ConfigProperty(name = "quarkus.smallrye-openapi.info-version") String version) {
        this.access = access;
        this.dataSource = dataSource;
        this.pseudonyms = pseudonyms;
        this.smallNumbers = smallNumbers;
        this.audit = audit;
        this.version = version;
    }

    @GET
    @Operation(operationId = "listExportDatasets", summary = "List the datasets you may export",
            description = "With their filters, whether they have a change feed, and their fields (datapackage.json describes each).")
    public ExportViews.Catalogue catalogue() {
        return new ExportViews.Catalogue(version, smallNumbers.threshold(),
                access.exportable().stream().map(ExportViews.DatasetView::of).toList());
    }

    @GET
    @Path("datapackage.json")
    @Operation(operationId = "getExportDataPackage", summary = "Read the data dictionary (a Frictionless Data Package)",
            description = "A Table Schema per dataset you may export: every field's name, type, description and constraints, "
                    + "the primary and foreign keys. Versioned with the API. Its resource paths are those of the archive of all datasets.")
    @APIResponse(responseCode = "200", description = "datapackage.json (profile tabular-data-package)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    additionalProperties = Schema.True.class)))
    public RestResponse<Map<String, Object>> dataPackage() {
        return RestResponse.ResponseBuilder.ok(DataPackage.of(access.exportable(), version, smallNumbers.threshold()), MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "inline; filename=\"datapackage.json\"").build();
    }

    @GET
    @Path("{dataset}")
    @Produces({NDJSON, CSV, MediaType.APPLICATION_JSON})
    @Operation(operationId = "exportDataset", summary = "Export a dataset",
            description = "Streams every row your organisation may see that the filters select, from one snapshot. The format is "
                    + "format's, else the Accept header's (NDJSON when neither says). Export-Rows says how many rows follow (a "
                    + "download with fewer was cut short); Export-Cursor is where this dataset's change feed takes over.")
    @APIResponse(responseCode = "200", description = "The rows: one JSON object per line (NDJSON), CSV with a header row, or a JSON array",
            headers = {
                @Header(name = ROWS_HEADER, description = "How many rows the export holds",
                        schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "0", maximum = "9223372036854775807")),
                @Header(name = CURSOR_HEADER, description = "Ask the change feed for the changes after this",
                        schema = @Schema(type = SchemaType.STRING, maxLength = 100))
            },
            content = {
                @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                        implementation = Object.class))
            })
    public Response export(
            @PathParam("dataset") @Parameter(description = "The dataset", schema = @Schema(enumeration = {"organisations", "partnerships",
                "partnership-organisations", "boards", "board-organisations", "partnership-boards", "meetings", "agenda-items", "decisions",
                "attendance", "attendance-counts", "actions", "activities", "feedback", "feedback-themes", "themes", "outcomes",
                "outcome-status-changes", "outcome-feedback", "outcome-themes", "claim-totals", "budgets", "audit-trail"})) String name,
            @BeanParam ExportFilter filter,
            @QueryParam("format") @Parameter(description = "ndjson, csv or json (instead of the Accept header)",
                    schema = @Schema(enumeration = {"ndjson", "csv", "json"})) String format,
            @Context HttpHeaders headers, @Context RoutingContext routing) throws SQLException {
        Dataset dataset = access.require(name);
        ExportFilter.Values values = filter.values();
        ExportFormat chosen = ExportFormat.chosen(format, headers);
        UUID organisation = access.organisationId();
        Pseudonyms.Pseudonymiser pseudonymiser = pseudonyms.of(organisation);
        audit.record(organisation, ExportAudit.DOWNLOADED, ExportAudit.details(dataset.name(), chosen.extension, values));
        Snapshot snapshot = Snapshot.open(dataSource);
        routing.addEndHandler(ended -> snapshot.closeQuietly());
        long rows;
        try {
            rows = snapshot.count(ExportQuery.count(dataset, organisation, values));
        } catch (SQLException | RuntimeException e) {
            snapshot.close();
            throw e;
        }
        boolean gzip = acceptsGzip(headers);
        ExportBody body = new ExportBody(out -> {
            try (snapshot) {
                OutputStream target = gzip ? new GZIPOutputStream(out, GZIP_BUFFER) : out;
                RowWriter writer = RowWriter.of(chosen, dataset.fields(), target);
                snapshot.stream(ExportQuery.rows(dataset, organisation, values), new ExportRun(dataset, writer::row, pseudonymiser, smallNumbers));
                writer.finish();
                if (target instanceof GZIPOutputStream zipped) {
                    zipped.finish();
                }
            } catch (SQLException e) {
                throw new IOException("the export of " + dataset.name() + " stopped", e);
            }
        });
        Response.ResponseBuilder response = Response.ok(body, chosen.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + dataset.name() + "." + chosen.extension + "\"")
                .header(ROWS_HEADER, rows)
                .header(CURSOR_HEADER, snapshot.position().encoded())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header(HttpHeaders.VARY, "Accept, Accept-Encoding");
        if (gzip) {
            response.header(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        return response.build();
    }

    @GET
    @Path("{dataset}/changes")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getExportChanges", summary = "Read a dataset's changes after a cursor",
            description = "Made from the domain events: the keys of the rows created, changed or deleted after the cursor, each with "
                    + "its rows as they are now. Start from an export's Export-Cursor; keep next for the next call. Changes are "
                    + "in the order they committed, and a change that commits late is never passed over.")
    public ExportViews.ChangesView changes(
            @PathParam("dataset") @Parameter(description = "A dataset with a change feed (see listExportDatasets)") String name,
            @QueryParam("after") @Parameter(description = "An Export-Cursor or a previous page's next; from the beginning when absent")
            String after,
            @QueryParam("limit") @DefaultValue("1000") @Parameter(description = "At most this many changes (1 to 5000)",
                    schema = @Schema(minimum = "1", maximum = "5000")) int limit) throws SQLException, IOException {
        Dataset dataset = access.require(name);
        if (!dataset.hasFeed()) {
            throw ProblemException.invalid("dataset", name + " has no change feed: it is a summary, export it whole");
        }
        if (limit < 1 || limit > ChangeFeed.MAX_LIMIT) {
            throw ProblemException.invalid("limit", "must be between 1 and " + ChangeFeed.MAX_LIMIT);
        }
        ChangeFeed.Cursor cursor = ChangeFeed.Cursor.decoded(after, "after");
        UUID organisation = access.organisationId();
        Pseudonyms.Pseudonymiser pseudonymiser = pseudonyms.of(organisation);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("dataset", dataset.name());
        details.put("after", cursor.encoded());
        audit.record(organisation, ExportAudit.CHANGES_READ, details);
        try (Snapshot snapshot = Snapshot.open(dataSource)) {
            ChangeFeed.Page page = ChangeFeed.read(snapshot, dataset, organisation, cursor, limit,
                    (s, keyField, keys) -> currentRows(s, dataset, organisation, pseudonymiser, keyField, keys));
            return new ExportViews.ChangesView(dataset.name(), page.changes().stream().map(ExportViews.ChangeView::of).toList(),
                    page.next().encoded(), page.hasMore());
        }
    }

    @GET
    @Path("all.zip")
    @Produces(ZIP)
    @Operation(operationId = "exportAllDatasets", summary = "Download every dataset at once",
            description = "A zip of datapackage.json and every dataset you may export as CSV (data/<name>.csv), all from one "
                    + "snapshot. Each filter applies to the datasets that take it.")
    @APIResponse(responseCode = "200", description = "A zip archive", headers = @Header(name = CURSOR_HEADER,
            description = "Ask each dataset's change feed for the changes after this", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportAll(@BeanParam ExportFilter filter, @Context RoutingContext routing) throws SQLException {
        ExportFilter.Values values = filter.values();
        List<Dataset> datasets = access.exportable();
        UUID organisation = access.organisationId();
        Pseudonyms.Pseudonymiser pseudonymiser = pseudonyms.of(organisation);
        audit.record(organisation, ExportAudit.DOWNLOADED, ExportAudit.details("all", "zip", values));
        Snapshot snapshot = Snapshot.open(dataSource);
        routing.addEndHandler(ended -> snapshot.closeQuietly());
        byte[] dictionary = CanonicalJson.of(DataPackage.of(datasets, version, smallNumbers.threshold())).getBytes(StandardCharsets.UTF_8);
        ExportBody body = new ExportBody(out -> {
            try (snapshot; ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
                zip.putNextEntry(new ZipEntry("datapackage.json"));
                zip.write(dictionary);
                zip.closeEntry();
                for (Dataset dataset : datasets) {
                    zip.putNextEntry(new ZipEntry(DataPackage.csvPath(dataset)));
                    RowWriter writer = RowWriter.of(ExportFormat.CSV, dataset.fields(), zip);
                    snapshot.stream(ExportQuery.rows(dataset, organisation, values.supportedBy(dataset)),
                            new ExportRun(dataset, writer::row, pseudonymiser, smallNumbers));
                    writer.finish();
                    zip.closeEntry();
                }
            } catch (SQLException e) {
                throw new IOException("the export of every dataset stopped", e);
            }
        });
        return Response.ok(body, ZIP)
                .header("Content-Disposition", "attachment; filename=\"tandem-exports.zip\"")
                .header(CURSOR_HEADER, snapshot.position().encoded())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store").build();
    }

    private Map<String, List<Map<String, Object>>> currentRows(Snapshot snapshot, Dataset dataset, UUID organisation,
            Pseudonyms.Pseudonymiser pseudonymiser, String keyField, List<UUID> keys) throws SQLException, IOException {
        Map<String, List<Map<String, Object>>> byKey = new LinkedHashMap<>();
        List<Field> fields = dataset.fields();
        int keyPosition = fields.indexOf(dataset.field(keyField));
        snapshot.stream(ExportQuery.rowsWithKeys(dataset, organisation, keyField, keys), new ExportRun(dataset, row -> {
            byKey.computeIfAbsent(row[keyPosition], k -> new ArrayList<>()).add(TypedRow.of(fields, row));
        }, pseudonymiser, smallNumbers));
        return byKey;
    }

    private static boolean acceptsGzip(HttpHeaders headers) {
        String accepted = headers.getHeaderString(HttpHeaders.ACCEPT_ENCODING);
        return accepted != null && accepted.toLowerCase().contains("gzip");
    }
}
