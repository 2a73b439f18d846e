package org.tandem.paging;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tandem.support.Fixtures;
import org.tandem.support.TestOrganisation;

/**
 * The lists partners keep in sync, walked in order of change with the Link rel="next" of each page: every item is
 * seen once, one changed during the walk is seen again at its end, and updatedSince leaves out what did not change.
 */
@QuarkusTest
class ChangeWalkTest {
    private static final Pattern NEXT = Pattern.compile("^<([^>]+)>; rel=\"next\"$");
    private static final int ITEMS = 5;
    private static final int SIZE = 2;

    @Test
    void feedback() throws InterruptedException {
        TestOrganisation icb = TestOrganisation.create();
        String partnership = Fixtures.partnership(icb, "People's Partnership");
        String theme = as(icb.staff()).body(Map.of("name", "Access", "kind", "THEME")).post("/api/v1/themes")
                .then().statusCode(201).extract().path("id");
        walks(icb.staff(), "/api/v1/feedback", Map.of("partnershipId", partnership),
                () -> as(icb.staff()).body(Map.of("partnershipId", partnership, "text", "Waited three weeks",
                        "receivedOn", "2024-07-17")).post("/api/v1/feedback").then().statusCode(201).extract().path("id"),
                id -> as(icb.staff()).put("/api/v1/feedback/" + id + "/themes/" + theme).then().statusCode(200));
    }

    @Test
    void outcomes() throws InterruptedException {
        TestOrganisation icb = TestOrganisation.create();
        String partnership = Fixtures.partnership(icb, "People's Partnership");
        walks(icb.staff(), "/api/v1/outcomes", Map.of("partnershipId", partnership),
                () -> as(icb.staff()).body(Map.of("partnershipId", partnership, "youSaid", "Letters are confusing"))
                        .post("/api/v1/outcomes").then().statusCode(201).extract().path("id"),
                id -> as(icb.staff()).body(Map.of("status", "IN_PROGRESS", "version", 0))
                        .post("/api/v1/outcomes/" + id + "/status").then().statusCode(200));
    }

    @Test
    void meetings() throws InterruptedException {
        TestOrganisation icb = TestOrganisation.create();
        String partnership = Fixtures.partnership(icb, "People's Partnership");
        walks(icb.staff(), "/api/v1/meetings", Map.of("partnershipId", partnership),
                () -> as(icb.staff()).body(meeting(partnership)).post("/api/v1/meetings").then().statusCode(201)
                        .extract().path("id"),
                id -> as(icb.staff()).body(Map.of("reason", "Venue closed", "version", 0))
                        .post("/api/v1/meetings/" + id + "/cancel").then().statusCode(200));
    }

    @Test
    void themesChangedSinceATime() throws InterruptedException {
        TestOrganisation icb = TestOrganisation.create();
        String before = theme(icb, "Access to primary care");
        Thread.sleep(5);
        Instant since = Instant.now();
        String after = theme(icb, "Communication");
        as(icb.staff()).queryParam("updatedSince", since.toString()).get("/api/v1/themes").then().statusCode(200)
                .body("id", equalTo(List.of(after)));
        as(icb.staff()).body(Map.of("name", "Access to GP care", "kind", "THEME", "version", 0)).put("/api/v1/themes/" + before)
                .then().statusCode(200);
        as(icb.staff()).queryParam("updatedSince", since.toString()).get("/api/v1/themes").then().statusCode(200)
                .body("name", equalTo(List.of("Access to GP care", "Communication")));
        as(icb.staff()).queryParam("updatedSince", "2024-07-01").get("/api/v1/themes").then().statusCode(400)
                .body("errors[0].field", equalTo("updatedSince"));
    }

    @Test
    void aCursorOrATimeThatIsNotOneIsA400NamingIt() {
        TestOrganisation icb = TestOrganisation.create();
        for (String list : List.of("/api/v1/feedback", "/api/v1/outcomes", "/api/v1/meetings")) {
            as(icb.staff()).queryParam("after", "not-a-cursor").get(list).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("after"));
            as(icb.staff()).queryParam("updatedSince", "yesterday").get(list).then().statusCode(400)
                    .body("errors[0].field", equalTo("updatedSince"));
            as(icb.staff()).queryParam("updatedSince", "2024-07-01T00:00:00Z").queryParam("page", 1).get(list).then()
                    .statusCode(400).body("errors[0].field", equalTo("page"));
            as(icb.staff()).queryParam("updatedSince", "2024-07-01T00:00:00Z").queryParam("sort", "createdAt").get(list).then()
                    .statusCode(400).body("errors[0].field", equalTo("sort"));
        }
    }

    /**
     * Makes {@value #ITEMS} items, the last three after a time; walks the list two at a time, changing the first item
     * after the first page; checks that updatedSince keeps only what changed since, and that paging by number links on.
     */
    private static void walks(String token, String list, Map<String, String> scope, Supplier<String> create,
            Consumer<String> change) throws InterruptedException {
        List<String> created = new ArrayList<>();
        Instant since = null;
        for (int i = 0; i < ITEMS; i++) {
            if (i == 2) {
                Thread.sleep(5);
                since = Instant.now();
                Thread.sleep(5);
            }
            created.add(create.get());
        }

        Map<String, Object> query = new HashMap<>(scope);
        query.put("updatedSince", "1970-01-01T00:00:00Z");
        query.put("size", SIZE);
        Response page = as(token).queryParams(query).get(list);
        List<String> seen = new ArrayList<>();
        int pages = 0;
        while (true) {
            assertEquals(200, page.statusCode(), page.asString());
            page.then().body("page", equalTo(0)).body("size", equalTo(SIZE));
            seen.addAll(page.path("items.id"));
            pages++;
            if (pages == 1) {
                change.accept(created.get(0));
            }
            String next = next(page);
            if (next == null) {
                assertNull(page.path("nextCursor"), "the last page has no cursor");
                break;
            }
            assertTrue(next.contains("after=" + page.path("nextCursor")), next);
            assertTrue(next.contains("partnershipId=" + scope.get("partnershipId")), "keeps the filters: " + next);
            page = as(token).urlEncodingEnabled(false).get(next); // the link is encoded already
            assertTrue(pages < 10, "the walk ends");
        }
        assertEquals(ITEMS + 1, seen.size(), "each item once, the changed one again: " + seen);
        assertEquals(new HashSet<>(created), new HashSet<>(seen.subList(0, ITEMS)), seen.toString());
        assertEquals(created.get(0), seen.getLast(), "the item changed during the walk comes again at its end: " + seen);

        Map<String, Object> changedSince = new HashMap<>(scope);
        changedSince.put("updatedSince", since.toString());
        List<String> expected = new ArrayList<>(created.subList(2, ITEMS));
        expected.add(created.get(0));
        as(token).queryParams(changedSince).get(list).then().statusCode(200).body("items", hasSize(expected.size()))
                .body("totalItems", equalTo(expected.size())).body("nextCursor", nullValue())
                .body("items.id", equalTo(expected));

        Map<String, Object> byNumber = new HashMap<>(scope);
        byNumber.put("size", SIZE);
        Response first = as(token).queryParams(byNumber).get(list);
        first.then().statusCode(200).body("totalPages", equalTo(3)).body("nextCursor", nullValue());
        String next = next(first);
        assertNotNull(next, "a numbered page links to the next");
        assertTrue(next.contains("page=1"), next);
        as(token).urlEncodingEnabled(false).get(next).then().statusCode(200).body("page", equalTo(1));
    }

    private static String next(Response page) {
        String link = page.header("Link");
        if (link == null) {
            return null;
        }
        Matcher m = NEXT.matcher(link);
        assertTrue(m.matches(), link);
        return m.group(1);
    }

    private static String theme(TestOrganisation owner, String name) {
        return as(owner.staff()).body(Map.of("name", name, "kind", "THEME")).post("/api/v1/themes").then().statusCode(201)
                .extract().path("id");
    }

    private static Map<String, Object> meeting(String partnership) {
        return Map.of("partnershipId", partnership, "title", "Partnership meeting", "startsAt", "2024-07-17T13:45:00+01:00",
                "endsAt", "2024-07-17T16:00:00+01:00", "format", "ONLINE", "onlineLink", "https://meet.example.org/july");
    }
}
