package org.tandem.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data dictionary as a Frictionless Data Package (tabular-data-package): a Table Schema per dataset with every
 * field's name, type, description and constraints, and the primary and foreign keys. The same document is
 * datapackage.json in the archive of all datasets, whose CSV files its paths name.
 */
final class DataPackage {
    static final String PROFILE = "tabular-data-package";

    private DataPackage() {}

    static Map<String, Object> of(List<Dataset> datasets, String version, int smallNumberThreshold) {
        Map<String, Object> pack = new LinkedHashMap<>();
        pack.put("profile", PROFILE);
        pack.put("name", "tandem-exports");
        pack.put("title", "Tandem: co-production records for analysts");
        pack.put("description", "The datasets analysts export from Tandem, without personal data: people appear only as "
                + "pseudonyms and counts; counts of people from 1 to " + (smallNumberThreshold - 1) + " are withheld. Times are "
                + "ISO-8601 in Europe/London with their offset; dates are London dates; money is integer pence.");
        pack.put("version", version);
        pack.put("smallNumberThreshold", smallNumberThreshold);
        pack.put("resources", datasets.stream().map(DataPackage::resource).toList());
        return pack;
    }

    static String csvPath(Dataset dataset) {
        return "data/" + dataset.name() + ".csv";
    }

    private static Map<String, Object> resource(Dataset dataset) {
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("name", dataset.name());
        resource.put("path", csvPath(dataset));
        resource.put("profile", "tabular-data-resource");
        resource.put("title", dataset.title());
        resource.put("description", dataset.description());
        resource.put("format", "csv");
        resource.put("mediatype", "text/csv");
        resource.put("encoding", "utf-8");
        resource.put("dialect", Map.of("delimiter", ",", "lineTerminator", "\r\n", "quoteChar", "\"", "doubleQuote", true, "header", true));
        resource.put("schema", schema(dataset));
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("url", "/api/v1/exports/" + dataset.name());
        export.put("formats", List.of("ndjson", "csv", "json"));
        export.put("adminsOnly", dataset.audience() == Dataset.Audience.ADMINS);
        export.put("partnershipFilter", dataset.partnershipCondition() != null);
        export.put("dateFilter", dataset.dateDescription());
        export.put("changeFeed", dataset.hasFeed() ? "/api/v1/exports/" + dataset.name() + "/changes" : null);
        resource.put("tandem", export);
        return resource;
    }

    private static Map<String, Object> schema(Dataset dataset) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("fields", dataset.fields().stream().map(DataPackage::field).toList());
        schema.put("missingValues", List.of(""));
        schema.put("primaryKey", dataset.primaryKey());
        List<Map<String, Object>> foreignKeys = new ArrayList<>();
        for (Field field : dataset.fields()) {
            if (field.references() != null) {
                String resource = field.references().dataset().equals(dataset.name()) ? "" : field.references().dataset();
                foreignKeys.add(Map.of("fields", field.name(), "reference", Map.of("resource", resource, "fields", field.references().field())));
            }
        }
        schema.put("foreignKeys", foreignKeys);
        return schema;
    }

    private static Map<String, Object> field(Field field) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("name", field.name());
        described.put("type", field.type().tableSchemaType);
        if (field.type().tableSchemaFormat != null) {
            described.put("format", field.type().tableSchemaFormat);
        }
        described.put("description", field.description());
        Map<String, Object> constraints = new LinkedHashMap<>();
        if (field.required()) {
            constraints.put("required", true);
        }
        if (!field.enumValues().isEmpty()) {
            constraints.put("enum", field.enumValues());
        }
        if (field.minimum() != null) {
            constraints.put("minimum", field.minimum());
        }
        if (!constraints.isEmpty()) {
            described.put("constraints", constraints);
        }
        return described;
    }
}
