package org.tandem.common.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.tandem.common.paging.Page;
import org.tandem.common.paging.PageParams;
import org.tandem.common.paging.PageRequest;
import org.tandem.common.persistence.Filter;
import org.tandem.common.security.Roles;
import org.tandem.common.web.CsvWriter;
import org.tandem.common.web.QueryValues;

@Path("/api/v1/audit")
@Tag(name = "Audit trail", description = """
        Every change, as evidence: who (user or partner client) changed which record, when, in which request, and each \
        changed field before and after. Append-only and hash-chained (each entry is sealed into the chain within a second \
        or so of its change): the database refuses to change or delete an entry or a seal, and the verification names \
        the first seal that does not match. Admins read their organisation's whole trail, \
        staff the history of what they can change, finance that of claims, budgets and policies.""")
public class AuditResource {
    static final String CSV = "text/csv";
    static final List<String> CSV_HEADER = List.of("id", "seq", "at", "actor", "actor_kind", "entity_type", "entity_id",
            "parent_type", "parent_id", "action", "summary", "changes", "request_id", "hash");
    private static final int EXPORT_BATCH = 500;

    private final AuditAccess access;
    private final AgroalDataSource dataSource;
    private final AuditSealer sealer;

    AuditResource(AuditAccess access, AgroalDataSource dataSource, AuditSealer sealer) {
        this.sealer = sealer;
        this.access = access;
        this.dataSource = dataSource;
    }

    /** The filters of both the list and its CSV. */
    public static class AuditFilter {
        @QueryParam("entityType") @Parameter(description = "A kind of record, e.g. meeting, claim", schema = @Schema(examples = "meeting"))
        public String entityType;
        @QueryParam("entityId") @Parameter(description = "A record: its own entries and those of its parts (e.g. a meeting's agenda items)",
                schema = @Schema(format = "uuid"))
        public String entityId;
        @QueryParam("actor") @Parameter(description = "Part of the name of who made the change")
        public String actor;
        @QueryParam("action") @Parameter(description = "created, updated, deleted or a transition's name", schema = @Schema(examples = "cancelled"))
        public String action;
        @QueryParam("from") @Parameter(description = "From this date (London) or time", schema = @Schema(examples = "2026-11-01"))
        public String from;
        @QueryParam("to") @Parameter(description = "Up to this date (London, inclusive) or time", schema = @Schema(examples = "2026-11-30"))
        public String to;

        Filter apply(Filter readable) {
            var id = QueryValues.uuid(entityId, "entityId");
            Filter filter = readable
                    .and("e.occurredAt >= :from", "from", QueryValues.from(from, "from"))
                    .and("e.occurredAt < :to", "to", QueryValues.to(to, "to"))
                    .and("e.action = :action", "action", action)
                    .and("e.actorId in (select a.actorId from AuditActorName a where lower(a.name) like :actor)", "actor",
                            actor == null || actor.isBlank() ? null : "%" + actor.trim().toLowerCase() + "%");
            if (id != null) {
                String type = entityType == null || entityType.isBlank() ? null : entityType.trim();
                filter.and(type == null ? "(e.entityId = :id or e.parentId = :id)"
                        : "((e.entityType = :type and e.entityId = :id) or (e.parentType = :type and e.parentId = :id))").bind("id", id);
                if (type != null) {
                    filter.bind("type", type);
                }
            } else {
                filter.and("e.entityType = :type", "type", entityType);
            }
            return filter;
        }
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.FINANCE})
    @Operation(operationId = "listAuditEntries", summary = "Read the audit trail, newest first",
            description = "Give entityType and entityId for one record's history (with that of its parts). "
                    + "Sortable by id (default, newest first).")
    public Page<AuditEntryView> list(@BeanParam PageParams paging, @BeanParam AuditFilter filter) {
        PageRequest request = paging.toRequest(Map.of("id", "e.id"), "id,desc");
        Filter where = filter.apply(access.readable());
        var query = AuditEntry.<AuditEntry>find("from AuditEntry e where " + where.query(), request.sort(), where.parameters());
        List<AuditEntry> rows = query.page(request.page(), request.size()).list();
        AuditEntries entries = new AuditEntries(rows);
        return Page.of(rows, request, query.count(), entries::view);
    }

    @GET
    @Path("export.csv")
    @Produces(CSV)
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.FINANCE})
    @Operation(operationId = "exportAuditEntriesCsv", summary = "Download the audit trail as CSV",
            description = "The entries the same filters select, oldest first. Columns: id, seq (place in the chain), at, actor, actor_kind, entity_type, "
                    + "entity_id, parent_type, parent_id, action, summary, changes (field: before → after; ...), request_id, hash.")
    @APIResponse(responseCode = "200", description = "UTF-8 CSV with a byte order mark, sent as an attachment",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<StreamingOutput> exportCsv(@BeanParam AuditFilter filter) {
        Filter where = filter.apply(access.readable());
        StreamingOutput body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            CsvWriter csv = new CsvWriter(writer);
            csv.bom();
            csv.row(CSV_HEADER);
            long after = 0;
            while (true) {
                long from = after;
                List<AuditEntryView> batch = QuarkusTransaction.requiringNew().call(() -> batchAfter(where, from));
                for (AuditEntryView view : batch) {
                    csv.row(Arrays.asList(view.id(), view.seq(), view.at().toString(), view.actor().name(), view.actor().kind(), view.entityType(),
                            view.entityId().toString(), nullable(view.parentType()), nullable(view.parentId()), view.action(),
                            view.summary(), changes(view), view.requestId(), view.hash()));
                    after = view.id();
                }
                if (batch.size() < EXPORT_BATCH) {
                    break;
                }
            }
            writer.flush();
        };
        return RestResponse.ResponseBuilder.ok(body, CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"audit-trail.csv\"")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store").build();
    }

    @GET
    @Path("verification")
    @RolesAllowed({Roles.ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(operationId = "verifyAuditTrail", summary = "Check the whole trail's hash chain",
            description = "Seals the entries waiting for it, then recomputes every seal's hash in order. The same check "
                    + "runs from the command line: bin/verify-audit.")
    public AuditVerificationView verify() throws SQLException {
        sealer.sealAll();
        try (Connection connection = dataSource.getConnection()) {
            return AuditVerificationView.of(AuditChain.verify(connection));
        }
    }

    private static List<AuditEntryView> batchAfter(Filter where, long after) {
        List<AuditEntry> rows = AuditEntry.<AuditEntry>find("from AuditEntry e where " + where.query() + " and e.id > " + after
                + " order by e.id", where.parameters()).page(0, EXPORT_BATCH).list();
        AuditEntries entries = new AuditEntries(rows);
        return rows.stream().map(entries::view).toList();
    }

    private static String nullable(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String changes(AuditEntryView view) {
        return view.changes().stream()
                .map(c -> c.field() + ": " + (c.erased() ? "(erased)" : value(c.before()) + " → " + value(c.after())))
                .collect(Collectors.joining("; "));
    }

    private static String value(Object value) {
        return value == null ? "(none)" : value.toString();
    }
}
