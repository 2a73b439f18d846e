package org.tandem.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The expected answers of docs/access-matrix.md: one row per operation, one status per caller. */
record AccessTable(Map<String, Row> rows) {
    static final Path FILE = Path.of("..", "docs", "access-matrix.md");
    static final List<String> ROLES = List.of("admin", "staff", "finance", "analyst", "partner", "member");
    static final String PLATFORM_ADMIN = "platform-admin";
    static final String ANONYMOUS = "anonymous";

    /** Where the caller's organisation stands to the record's. */
    enum Relation {
        OWN, PARTICIPATING, UNRELATED;

        String label() {
            return name().toLowerCase();
        }
    }

    /** One operation: its method and path as the table states them, and the expected status of each caller. */
    record Row(String operationId, String method, String path, Map<String, Map<Relation, Integer>> byRole,
            int platformAdmin, int anonymous) {}

    static AccessTable read() {
        try {
            return parse(Files.readAllLines(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the access matrix " + FILE.toAbsolutePath(), e);
        }
    }

    /** Reads the table that follows the header row naming every role; everything else in the file is prose. */
    static AccessTable parse(List<String> lines) {
        Map<String, Row> rows = new LinkedHashMap<>();
        boolean inTable = false;
        for (String line : lines) {
            if (!line.startsWith("|")) {
                inTable = false;
                continue;
            }
            List<String> cells = cells(line);
            if (cells.get(0).equals("operation")) {
                List<String> expected = new ArrayList<>(List.of("operation", "method path"));
                expected.addAll(ROLES);
                expected.addAll(List.of(PLATFORM_ADMIN, ANONYMOUS));
                if (!cells.equals(expected)) {
                    throw new IllegalArgumentException("The access matrix's columns must be " + expected + ", not " + cells);
                }
                inTable = true;
                continue;
            }
            if (!inTable || cells.get(0).startsWith("---")) {
                continue;
            }
            Row row = row(cells, line);
            if (rows.put(row.operationId(), row) != null) {
                throw new IllegalArgumentException("Two rows for " + row.operationId());
            }
        }
        return new AccessTable(rows);
    }

    private static Row row(List<String> cells, String line) {
        if (cells.size() != 2 + ROLES.size() + 2) {
            throw new IllegalArgumentException("Wrong number of cells in: " + line);
        }
        String[] methodPath = cells.get(1).split(" ", 2);
        Map<String, Map<Relation, Integer>> byRole = new LinkedHashMap<>();
        for (int i = 0; i < ROLES.size(); i++) {
            String[] statuses = cells.get(2 + i).split("/");
            if (statuses.length != 3) {
                throw new IllegalArgumentException(ROLES.get(i) + " of " + cells.get(0) + " needs own/participating/unrelated: " + line);
            }
            Map<Relation, Integer> byRelation = new LinkedHashMap<>();
            for (Relation relation : Relation.values()) {
                byRelation.put(relation, Integer.valueOf(statuses[relation.ordinal()].strip()));
            }
            byRole.put(ROLES.get(i), byRelation);
        }
        return new Row(cells.get(0), methodPath[0], methodPath[1], byRole,
                Integer.parseInt(cells.get(2 + ROLES.size())), Integer.parseInt(cells.get(3 + ROLES.size())));
    }

    private static List<String> cells(String line) {
        String inner = line.strip();
        inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("\\|", -1)) {
            cells.add(cell.strip());
        }
        return cells;
    }
}
