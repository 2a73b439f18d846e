package org.tandem.export;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.tandem.common.problem.ProblemException;
import org.tandem.common.web.LondonTime;

/** The SQL reading one dataset's rows for one organisation, with the filters bound as parameters. */
final class ExportQuery {
    private final StringBuilder sql = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();
    private final UUID organisationId;
    private final UUID partnershipId;

    private ExportQuery(UUID organisationId, UUID partnershipId) {
        this.organisationId = organisationId;
        this.partnershipId = partnershipId;
    }

    /** Every row of the dataset the organisation may see and the filters select, in the dataset's order. */
    static ExportQuery rows(Dataset dataset, UUID organisationId, ExportFilter.Values filter) {
        return build(dataset, organisationId, filter, null, null, true);
    }

    /** The rows whose {@code keyField} is one of {@code keys} (for the change feed), unfiltered otherwise. */
    static ExportQuery rowsWithKeys(Dataset dataset, UUID organisationId, String keyField, Collection<UUID> keys) {
        return build(dataset, organisationId, ExportFilter.Values.NONE, dataset.field(keyField), keys, true);
    }

    /** How many rows {@link #rows} answers. */
    static ExportQuery count(Dataset dataset, UUID organisationId, ExportFilter.Values filter) {
        ExportQuery rows = build(dataset, organisationId, filter, null, null, false);
        ExportQuery count = new ExportQuery(organisationId, filter.partnershipId());
        count.sql.append("SELECT count(*) FROM (").append(rows.sql).append(") counted");
        count.parameters.addAll(rows.parameters);
        return count;
    }

    private static ExportQuery build(Dataset dataset, UUID organisationId, ExportFilter.Values filter, Field key,
            Collection<UUID> keys, boolean ordered) {
        ExportQuery query = new ExportQuery(organisationId, filter.partnershipId());
        StringBuilder select = new StringBuilder("SELECT ");
        String separator = "";
        for (Field field : dataset.fields()) {
            if (field.sql() != null) {
                select.append(separator).append(field.type().asText(field.sql())).append(" AS \"").append(field.name()).append('"');
                separator = ", ";
            }
        }
        dataset.hiddenColumns().forEach((name, expression) -> select.append(", ").append(expression).append(" AS \"").append(name).append('"'));
        query.append(select.toString()).append(" FROM ").append(dataset.from()).append(" WHERE ").append(dataset.scope());
        if (filter.partnershipId() != null) {
            query.append(" AND ").append(require(dataset, dataset.partnershipCondition(), "partnershipId"));
        }
        if (filter.from() != null || filter.to() != null) {
            String date = require(dataset, dataset.dateSql(), filter.from() != null ? "from" : "to");
            boolean isTime = dataset.dateType() == FieldType.DATETIME;
            if (filter.from() != null) {
                query.append(" AND ").append(date).append(" >= ?").bind(isTime ? atLondonMidnight(filter.from()) : filter.from());
            }
            if (filter.to() != null) {
                query.append(" AND ").append(date).append(isTime ? " < ?" : " <= ?")
                        .bind(isTime ? atLondonMidnight(filter.to().plusDays(1)) : filter.to());
            }
        }
        boolean grouped = dataset.groupBy() != null;
        if (filter.updatedSince() != null && !grouped) {
            query.append(" AND ").append(require(dataset, dataset.updatedSql(), "updatedSince")).append(" >= ?")
                    .bind(filter.updatedSince().atOffset(ZoneOffset.UTC));
        }
        if (key != null) {
            query.append(" AND ").append(key.sql()).append(" = ANY (?)").bind(keys.toArray(UUID[]::new));
        }
        if (grouped) {
            query.append(" GROUP BY ").append(dataset.groupBy());
            if (filter.updatedSince() != null) {
                query.append(" HAVING max(").append(require(dataset, dataset.updatedSql(), "updatedSince")).append(") >= ?")
                        .bind(filter.updatedSince().atOffset(ZoneOffset.UTC));
            }
        }
        if (ordered && dataset.orderBy() != null) {
            query.append(" ORDER BY ").append(dataset.orderBy());
        }
        return query;
    }

    private static String require(Dataset dataset, String sql, String filter) {
        if (sql == null) {
            throw ProblemException.invalid(filter, "is not a filter of the dataset " + dataset.name());
        }
        return sql;
    }

    private static OffsetDateTime atLondonMidnight(LocalDate date) {
        return LondonTime.startOf(date).atOffset(ZoneOffset.UTC);
    }

    /** Appends SQL in which {org} and {partnership} stand for the caller's organisation and the partnership filter. */
    private ExportQuery append(String text) {
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('{', i);
            if (open < 0) {
                sql.append(text, i, text.length());
                break;
            }
            int close = text.indexOf('}', open);
            String token = text.substring(open + 1, close);
            sql.append(text, i, open).append('?');
            switch (token) {
                case "org" -> parameters.add(organisationId);
                case "partnership" -> parameters.add(partnershipId);
                default -> throw new IllegalArgumentException("unknown token {" + token + "}");
            }
            i = close + 1;
        }
        return this;
    }

    private ExportQuery bind(Object value) {
        parameters.add(value);
        return this;
    }

    PreparedStatement prepare(Connection connection) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            if (value instanceof UUID[] ids) {
                statement.setArray(i + 1, connection.createArrayOf("uuid", ids));
            } else {
                statement.setObject(i + 1, value);
            }
        }
        return statement;
    }

    @Override
    public String toString() {
        return sql.toString();
    }
}
