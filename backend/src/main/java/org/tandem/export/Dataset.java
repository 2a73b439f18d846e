package org.tandem.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One dataset analysts export: its fields, the SQL that reads its rows for one organisation, the filters it
 * takes, and the domain events that change it (its change feed). The SQL of {@code scope}, {@code partnership}
 * and {@code from} may name the caller's organisation as {org} and the partnership filter as {partnership}.
 */
record Dataset(String name, String title, String description, Audience audience, String from, String scope,
        String partnershipCondition, String dateSql, FieldType dateType, String dateDescription, String updatedSql,
        String groupBy, String orderBy, List<Field> fields, Map<String, String> hiddenColumns, List<String> primaryKey,
        RowTransform transform, List<FeedKey> feed) {

    /** Who may export it, besides being of the organisation whose data it is. */
    enum Audience { ANALYSTS_AND_ADMINS, ADMINS }

    /**
     * A kind of record whose events change rows of the dataset: the rows whose {@code keyField} is the record's id,
     * or (byParent) the id of the record it is a part of.
     */
    record FeedKey(String entityType, String keyField, boolean byParent) {}

    /** Changes a row after it is read (redacting text, say), with the hidden columns the SQL read for it. */
    interface RowTransform {
        void apply(ExportRow row);
    }

    static Builder named(String name) {
        return new Builder(name);
    }

    boolean hasFeed() {
        return !feed.isEmpty();
    }

    Field field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name + " has no field " + fieldName));
    }

    static final class Builder {
        private final String name;
        private String title;
        private String description;
        private Audience audience = Audience.ANALYSTS_AND_ADMINS;
        private String from;
        private String scope;
        private String partnershipCondition;
        private String dateSql;
        private FieldType dateType;
        private String dateDescription;
        private String updatedSql;
        private String groupBy;
        private String orderBy;
        private final List<Field> fields = new ArrayList<>();
        private final Map<String, String> hidden = new LinkedHashMap<>();
        private List<String> primaryKey = List.of("id");
        private RowTransform transform = row -> {};
        private final List<FeedKey> feed = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        Builder about(String title, String description) {
            this.title = title;
            this.description = description;
            return this;
        }

        Builder adminsOnly() {
            this.audience = Audience.ADMINS;
            return this;
        }

        /** The FROM clause (tables and joins). */
        Builder from(String from) {
            this.from = from;
            return this;
        }

        /** The condition under which a row is the caller's organisation's to see, with {org}. */
        Builder visibleWhen(String scope) {
            this.scope = scope;
            return this;
        }

        /** The condition under which a row belongs to the partnership filtered on, with {partnership}. */
        Builder partnershipFilter(String condition) {
            this.partnershipCondition = condition;
            return this;
        }

        /** What the from/to filter compares: a date or a time, and how the dictionary says so. */
        Builder dateFilter(String sql, FieldType type, String description) {
            this.dateSql = sql;
            this.dateType = type;
            this.dateDescription = description;
            return this;
        }

        /** When a row last changed, for updatedSince (aggregated with max() in grouped datasets). */
        Builder updated(String sql) {
            this.updatedSql = sql;
            return this;
        }

        Builder groupBy(String groupBy) {
            this.groupBy = groupBy;
            return this;
        }

        /** The order rows come in; without one, the order the database reads them in (the largest datasets). */
        Builder orderBy(String orderBy) {
            this.orderBy = orderBy;
            return this;
        }

        Builder field(Field field) {
            fields.add(field);
            if (field.treatment() == Field.Treatment.SMALL_NUMBER) {
                fields.add(field.suppressionFlag());
            }
            return this;
        }

        /**
         * The last three fields of a versioned record of table alias {@code alias}: its version, when it was created
         * (in the words of {@code created}, e.g. "When it was planned.") and when it last changed.
         */
        Builder versionAndTimes(String alias, String created) {
            field(Field.integer("version", alias + ".version", "Its version: goes up by one with every change.").notNull().min(0));
            field(Field.time("createdAt", alias + ".created_at", created).notNull());
            return field(Field.time("updatedAt", alias + ".updated_at", "When it last changed.").notNull());
        }

        /** A column read for the transform only, never written. */
        Builder hidden(String name, String sql) {
            hidden.put(name, sql);
            return this;
        }

        Builder primaryKey(String... fieldNames) {
            this.primaryKey = List.of(fieldNames);
            return this;
        }

        Builder transform(RowTransform transform) {
            this.transform = transform;
            return this;
        }

        /** The rows whose {@code keyField} is the id of a changed {@code entityType} are sent again by the change feed. */
        Builder changedBy(String entityType, String keyField) {
            feed.add(new FeedKey(entityType, keyField, false));
            return this;
        }

        /** The rows whose {@code keyField} is the id of the record a changed {@code entityType} is a part of. */
        Builder changedByPartOf(String entityType, String keyField) {
            feed.add(new FeedKey(entityType, keyField, true));
            return this;
        }

        Dataset build() {
            return new Dataset(name, title, description, audience, from, scope, partnershipCondition, dateSql, dateType,
                    dateDescription, updatedSql, groupBy, orderBy, List.copyOf(fields), Map.copyOf(hidden), primaryKey, transform,
                    List.copyOf(feed));
        }
    }
}
