package org.tandem.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.support.Api.as;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;

/**
 * The audit trail of money's records as the holding organisation's admin reads it: a record's history with that of
 * its parts (a claim's with its lines' and receipts'), newest first.
 */
public final class MoneyTrail {
    public static final String PROBLEMS = "/problems/";

    private final String admin;
    private final String entityType;
    private final String entityId;
    private int seen;

    private MoneyTrail(String admin, String entityType, String entityId) {
        this.admin = admin;
        this.entityType = entityType;
        this.entityId = entityId;
        this.seen = count();
    }

    /** Starts watching the record's history from now. */
    public static MoneyTrail of(String admin, String entityType, String entityId) {
        return new MoneyTrail(admin, entityType, entityId);
    }

    public JsonPath history() {
        return as(admin).queryParam("entityType", entityType).queryParam("entityId", entityId).queryParam("size", 100)
                .get("/api/v1/audit").then().statusCode(200).extract().jsonPath();
    }

    public int count() {
        return history().getInt("totalItems");
    }

    /** Nothing was recorded since the last look (a refused request). */
    public void nothingNew() {
        assertEquals(seen, count(), "a refused request left entries in the trail of " + entityType + " " + entityId);
    }

    /**
     * Exactly one entry since the last look: of {@code type} with {@code action}, changing at least {@code fields}.
     * @return the entry
     */
    public Map<String, Object> oneNew(String type, String action, String... fields) {
        return newEntries(List.of(type + " " + action), fields).get(0);
    }

    /**
     * Exactly these entries since the last look, each "{entityType} {action}", in any order; {@code fields} are
     * changed in the newest. Each entry holds no more than its own record's changes.
     */
    public List<Map<String, Object>> newEntries(List<String> expected, String... fields) {
        JsonPath history = history();
        int total = history.getInt("totalItems");
        List<Map<String, Object>> items = history.getList("items");
        List<Map<String, Object>> added = items.subList(0, Math.max(0, Math.min(items.size(), total - seen)));
        List<String> got = added.stream().map(e -> e.get("entityType") + " " + e.get("action")).sorted().toList();
        assertEquals(expected.stream().sorted().toList(), got, "new entries in the trail of " + entityType + " " + entityId);
        if (!added.isEmpty()) {
            List<Object> changed = history.getList("items[0].changes.field");
            for (String field : fields) {
                assertTrue(changed.contains(field), "the entry changes " + field + ": " + changed);
            }
        }
        seen = total;
        return added;
    }

    /** The value of {@code field} after the change, in {@code entry}. */
    @SuppressWarnings("unchecked")
    public static Object after(Map<String, Object> entry, String field) {
        return ((List<Map<String, Object>>) entry.get("changes")).stream().filter(c -> field.equals(c.get("field")))
                .findFirst().map(c -> c.get("after")).orElseThrow(() -> new AssertionError("no change of " + field + " in " + entry));
    }

    /** Whether the entry's {@code field} change is marked personal. */
    @SuppressWarnings("unchecked")
    public static boolean personal(Map<String, Object> entry, String field) {
        return ((List<Map<String, Object>>) entry.get("changes")).stream().filter(c -> field.equals(c.get("field")))
                .findFirst().map(c -> Boolean.TRUE.equals(c.get("personal")))
                .orElseThrow(() -> new AssertionError("no change of " + field + " in " + entry));
    }
}
