package org.tandem.calendarfeed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.support.Api.anonymous;
import static org.tandem.support.Api.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;
import org.tandem.support.ContractValidation;
import org.tandem.support.Fixtures;
import org.tandem.support.TestOrganisation;

@QuarkusTest
class CalendarFeedResourceTest {
    private static final String FEEDS = "/api/v1/calendar-feeds";
    private static final String PUBLIC_URL = "http://localhost:8080";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aPersonSubscribesListsAndRevokesTheirFeedWhichStopsAtOnce() throws Exception {
        TestOrganisation owner = TestOrganisation.create();
        String partnership = Fixtures.partnership(owner, "Health, Care; and Wellbeing");
        String meeting = meeting(owner, Map.of("partnershipId", partnership));
        String member = owner.member();

        var response = as(member).body(Map.of("partnershipId", partnership)).post(FEEDS)
                .then().statusCode(201)
                .body("bodyName", equalTo("Health, Care; and Wellbeing"))
                .body("partnershipId", equalTo(partnership)).body("boardId", nullValue())
                .body("url", startsWith(PUBLIC_URL + FEEDS + "/")).body("url", endsWith(".ics"))
                .extract();
        JsonPath made = response.jsonPath();
        String id = made.getString("id");
        assertTrue(response.header("Location").endsWith(FEEDS + "/" + id), response.header("Location"));
        String url = made.getString("url");
        assertEquals(url.replaceFirst("^http://", "webcal://"), made.getString("webcalUrl"));
        String token = url.substring((PUBLIC_URL + FEEDS + "/").length(), url.length() - ".ics".length());
        assertTrue(token.matches("[A-Za-z0-9_-]{43}"), "256 random bits, URL-safe: " + token);

        as(member).get(FEEDS).then().statusCode(200)
                .body("items.id", hasItem(id)).body("items.find { it.id == '" + id + "' }.url", nullValue())
                .body("items.find { it.id == '" + id + "' }.webcalUrl", nullValue())
                .body("items.find { it.id == '" + id + "' }.bodyName", equalTo("Health, Care; and Wellbeing"));
        as(owner.member()).get(FEEDS).then().statusCode(200).body("items.id", not(hasItem(id)));
        assertFalse(storedAnywhere(token), "the token itself is stored nowhere");

        Calendar calendar = parse(fetch(url, 200));
        assertEquals("Health, Care; and Wellbeing", calendar.getRequiredProperty("X-WR-CALNAME").getValue());
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertEquals(List.of(meeting + "@tandem"), events.stream().map(e -> e.getRequiredProperty(Property.UID).getValue()).toList());

        int version = made.getInt("version");
        as(owner.member()).delete(FEEDS + "/" + id + "?version=" + version).then().statusCode(404);
        fetch(url, 200);
        as(member).delete(FEEDS + "/" + id + "?version=" + version).then().statusCode(204);
        fetch(url, 404);
        as(member).get(FEEDS).then().statusCode(200).body("items.id", not(hasItem(id)));
        as(member).delete(FEEDS + "/" + id + "?version=" + version).then().statusCode(404);
        assertFalse(storedAnywhere(token), "nor in the audit trail or the events");
    }

    @Test
    void aBoardHasFeedsToo() throws Exception {
        TestOrganisation owner = TestOrganisation.create();
        String board = Fixtures.board(owner, "Strategic Board");
        String meeting = meeting(owner, Map.of("boardId", board));
        String url = as(owner.analyst()).body(Map.of("boardId", board)).post(FEEDS).then().statusCode(201)
                .body("bodyName", equalTo("Strategic Board")).extract().path("url");
        VEvent event = parse(fetch(url, 200)).<VEvent>getComponent(Component.VEVENT).orElseThrow();
        assertEquals(meeting + "@tandem", event.getRequiredProperty(Property.UID).getValue());
    }

    @Test
    void theFeedNamesPeopleOnlyForARoleThatMayReadNames() throws Exception {
        TestOrganisation owner = TestOrganisation.create();
        String partnership = Fixtures.partnership(owner, "People's Partnership (test)");
        String meeting = meeting(owner, Map.of("partnershipId", partnership));
        String anne = Fixtures.person(owner, "Anne Hooper");
        as(owner.staff()).body(Map.of("personId", anne, "status", "ATTENDED", "mode", "ONLINE"))
                .post("/api/v1/meetings/" + meeting + "/attendance").then().statusCode(201);
        as(owner.staff()).body(Map.of("kind", "ITEM", "title", "Welcome from Anne Hooper", "presenter", "Anne Hooper"))
                .post("/api/v1/meetings/" + meeting + "/agenda-items").then().statusCode(201);

        String forMember = fetch(feedUrl(owner.member(), partnership), 200);
        assertTrue(forMember.contains("Anne Hooper"), forMember);
        String forAnalyst = fetch(feedUrl(owner.analyst(), partnership), 200);
        parse(forAnalyst);
        for (String name : List.of("anne", "hooper")) {
            assertFalse(forAnalyst.toLowerCase().contains(name), name + " appears in the analyst's feed " + forAnalyst);
        }
        assertTrue(forAnalyst.contains("a participant"), forAnalyst);
    }

    @Test
    void nobodySubscribesToWhatTheirOrganisationCannotSeeAndAFeedStopsWhenItCannotAnyMore() throws Exception {
        TestOrganisation owner = TestOrganisation.create();
        TestOrganisation participant = TestOrganisation.create();
        String partnership = Fixtures.partnership(owner, Map.of("name", "How We Work Together Group",
                "participantOrganisationIds", List.of(participant.id())));
        meeting(owner, Map.of("partnershipId", partnership));
        String stranger = TestOrganisation.create().member();
        as(stranger).body(Map.of("partnershipId", partnership)).post(FEEDS).then().statusCode(400)
                .body("errors.field", hasItem("partnershipId"));
        as(stranger).body(Map.of("boardId", UUID.randomUUID().toString())).post(FEEDS).then().statusCode(400)
                .body("errors.field", hasItem("boardId"));
        as(stranger).body(Map.of()).post(FEEDS).then().statusCode(400).body("errors.field", hasItem("boardId"));
        as(owner.member()).body(Map.of("partnershipId", partnership, "boardId", Fixtures.board(owner, "Board")))
                .post(FEEDS).then().statusCode(400).body("errors.field", hasItem("partnershipId"));
        as(owner.partner()).body(Map.of("partnershipId", partnership)).post(FEEDS).then().statusCode(403);
        anonymous().body(Map.of("partnershipId", partnership)).post(FEEDS).then().statusCode(401);

        String url = feedUrl(participant.member(), partnership);
        fetch(url, 200);
        String path = "/api/v1/partnerships/" + partnership;
        int version = as(owner.staff()).get(path).then().statusCode(200).extract().path("version");
        as(owner.staff()).body(Map.of("name", "How We Work Together Group", "participantOrganisationIds", List.of(),
                "version", version)).put(path).then().statusCode(200);
        fetch(url, 404);
        fetch(PUBLIC_URL + FEEDS + "/" + "A".repeat(43) + ".ics", 404);
        // Not a token at all: refused as malformed, naming the field.
        fetch(PUBLIC_URL + FEEDS + "/not-a-token.ics", 400);
    }

    private static String feedUrl(String token, String partnership) {
        return as(token).body(Map.of("partnershipId", partnership)).post(FEEDS).then().statusCode(201).extract().path("url");
    }

    /** The feed at {@code url}, fetched as a calendar program does: no token. */
    private static String fetch(String url, int status) {
        var response = given().filter(ContractValidation.RESPONSES).accept("text/calendar")
                .get(url.substring(PUBLIC_URL.length())).then().statusCode(status);
        if (status == 200) {
            response.contentType(startsWith("text/calendar")).header("Cache-Control", equalTo("private, max-age=300"));
        } else {
            response.contentType(startsWith("application/problem+json"));
        }
        return new String(response.extract().asByteArray(), StandardCharsets.UTF_8);
    }

    private static String meeting(TestOrganisation owner, Map<String, Object> holder) {
        Map<String, Object> body = new HashMap<>(holder);
        body.putAll(Map.of("title", "Partnership meeting", "startsAt", "2024-07-17T13:45:00+01:00",
                "endsAt", "2024-07-17T16:00:00+01:00", "format", "ONLINE", "onlineLink", "https://meet.example.org/july"));
        return as(owner.staff()).body(body).post("/api/v1/meetings").then().statusCode(201).extract().path("id");
    }

    private static Calendar parse(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        ValidationResult validation = calendar.validate();
        assertFalse(validation.hasErrors(), validation.toString());
        return calendar;
    }

    private boolean storedAnywhere(String token) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT (SELECT count(*) FROM calendar_feed f "
                        + "WHERE row_to_json(f)::text LIKE ?) + (SELECT count(*) FROM audit_entry a WHERE row_to_json(a)::text LIKE ?) "
                        + "+ (SELECT count(*) FROM outbox_event e WHERE row_to_json(e)::text LIKE ?)")) {
            for (int i = 1; i <= 3; i++) {
                query.setString(i, "%" + token + "%");
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        }
    }
}
