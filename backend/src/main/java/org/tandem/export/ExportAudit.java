package org.tandem.export;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tandem.common.audit.AuditTrail;
import org.tandem.common.change.Changes;
import org.tandem.common.ids.RandomUuids;

/**
 * Every export is evidence too: who took which data, in which format, with which filters. The entry is written
 * before the first row is sent, so an interrupted download is on the trail as well. It changes no record, so it
 * announces no domain event.
 */
@ApplicationScoped
public class ExportAudit {
    static final String ENTITY_TYPE = "export";
    static final String DOWNLOADED = "downloaded";
    static final String CHANGES_READ = "changes-read";

    private final AgroalDataSource dataSource;

    ExportAudit(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void record(UUID organisationId, String action, Map<String, Object> details) throws SQLException {
        Map<String, List<Object>> changes = new LinkedHashMap<>();
        details.forEach((field, value) -> changes.put(field, Arrays.asList(null, value)));
        AuditTrail.NewEntry entry = new AuditTrail.NewEntry(Instant.now().truncatedTo(ChronoUnit.MICROS), Changes.actor(), organisationId,
                Changes.requestId(), ENTITY_TYPE, RandomUuids.next(), null, null, action, changes, null, Map.of());
        try (Connection connection = dataSource.getConnection()) {
            AuditTrail.append(connection, List.of(entry));
        }
    }

    /** What an export's entry records: the dataset(s), the format and the filters given. */
    static Map<String, Object> details(String datasets, String format, ExportFilter.Values filter) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("dataset", datasets);
        details.put("format", format);
        details.putAll(filter.given());
        return details;
    }
}
