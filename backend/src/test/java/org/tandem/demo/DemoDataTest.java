package org.tandem.demo;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.support.Tokens;

/**
 * The demo data holds the two seed meeting notes completely: read back through the API, every attendee,
 * apology, agenda line, bullet point, date and link of the original documents is there.
 */
@QuarkusTest
@TestProfile(DemoDataTest.WithDemoData.class)
class DemoDataTest {

    public static class WithDemoData implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tandem.demo-data.enabled", "true");
        }
    }

    @Test
    void lewishamPeoplesPartnershipMeetingOf17July2024IsComplete() throws IOException {
        List<String> seed = seed("lewisham-peoples-partnership-2024-07-17.txt");
        String staff = Tokens.user("staff", "sel-icb-lewisham");
        JsonPath partnership = partnership(staff, "Lewisham People's Partnership");
        assertEquals("https://www.selondonics.org/lewisham-peoples-partnership", partnership.getString("website"));
        assertEquals(List.of("Lewisham Health and Care Partnership (LHCP) Strategic Board"), partnership.getList("boards.name"));
        assertEquals(List.of("Lewisham People's Partnership primary care hub"), partnership.getList("hubs.name"));

        List<Map<String, Object>> meetings = as(staff).queryParam("partnershipId", partnership.getString("id"))
                .queryParam("size", 50).queryParam("sort", "startsAt").get("/api/v1/meetings")
                .then().statusCode(200).extract().path("items");
        assertEquals(List.of("2024-07-17T13:45:00+01:00", "2024-09-11T10:00:00+01:00", "2024-11-13T14:00:00Z",
                "2025-01-15T10:00:00Z", "2025-03-05T00:00:00Z", "2027-02-10T10:00:00Z"),
                meetings.stream().map(m -> m.get("startsAt")).toList());
        assertEquals(List.of(true, true, true, true, false, true), meetings.stream().map(m -> m.get("timeConfirmed")).toList());

        JsonPath meeting = as(staff).get("/api/v1/meetings/" + meetings.get(0).get("id"))
                .then().statusCode(200).body("format", equalTo("ONLINE")).body("status", equalTo("HELD"))
                .body("endsAt", equalTo("2024-07-17T16:00:00+01:00"))
                .body("agendaItems", hasSize(7))
                .extract().jsonPath();

        // The agenda table: each row's times and activity.
        List<String> agendaRows = seed.stream().filter(l -> l.matches("^\\d\\d\\.\\d\\dpm.*\\t.*")).toList();
        assertEquals(7, agendaRows.size());
        for (int i = 0; i < 7; i++) {
            String[] row = agendaRows.get(i).split("\t");
            String start = row[0].substring(0, 5).replace('.', ':');
            String end = row[0].replaceAll(".*[-–] *", "").substring(0, 5).replace('.', ':');
            assertEquals(row[1].trim(), meeting.getString("agendaItems[" + i + "].title"));
            assertEquals("2024-07-17T" + start + ":00+01:00", meeting.getString("agendaItems[" + i + "].plannedStart"));
            assertEquals("2024-07-17T" + end + ":00+01:00", meeting.getString("agendaItems[" + i + "].plannedEnd"));
        }
        assertEquals(List.of("ARRIVALS", "ITEM", "ITEM", "ITEM", "BREAK", "ITEM", "ANY_OTHER_BUSINESS"),
                meeting.getList("agendaItems.kind"));

        // The register: "Name, role as recorded", attendees then apologies.
        int attendeesAt = seed.indexOf("Attendees:");
        int apologiesAt = seed.indexOf("Apologies:");
        List<String> attendees = seed.subList(attendeesAt + 1, apologiesAt).stream().filter(l -> !l.isBlank()).toList();
        List<String> registered = meeting.getList("attendance.findAll { it.status == 'ATTENDED' }.collect { it.name + ', ' + it.roleAsRecorded }");
        assertEquals(attendees, registered);
        assertEquals(List.of("Michael Kerin, Healthwatch Lewisham"),
                meeting.getList("attendance.findAll { it.status == 'APOLOGIES' }.collect { it.name + ', ' + it.roleAsRecorded }"));

        // Every paragraph, bullet point, footnote and date line of the notes is in the notes of an agenda item.
        String notes = String.join("\n", meeting.getList("agendaItems.notes", String.class).stream().filter(n -> n != null).toList());
        int notesStart = seed.indexOf("Introduction");
        for (String line : seed.subList(notesStart, seed.size())) {
            if (!line.isBlank() && !line.startsWith("For further information")) {
                assertTrue(notes.contains(line.strip()), "notes lost: " + line);
            }
        }
        assertTrue(meeting.getList("documents.url").contains("https://www.selondonics.org/lewisham-peoples-partnership"));
        assertEquals("Anne Hooper", meeting.getString("actions[0].ownerName"));
        assertEquals(3, meeting.getList("agendaItems[2].decisions").size());
        assertEquals("Lewisham Civic Centre (Committee Room 3)", meetings.get(1).get("venue"));
        assertEquals("HYBRID", meetings.get(1).get("format"));
    }

    @Test
    void strategyFocusAreasAmbitionsAndSeedThemesAreLoaded() {
        String staff = Tokens.user("staff", "sel-icb-lewisham");
        List<Map<String, Object>> themes = as(staff).get("/api/v1/themes").then().statusCode(200).extract().path("$");
        List<Object> focusAreas = themes.stream().filter(t -> "FOCUS_AREA".equals(t.get("kind"))).map(t -> t.get("name")).toList();
        assertEquals(List.of("Healthy partnerships", "Healthy places", "Mental wellbeing", "Opportunities", "Physical wellbeing"),
                focusAreas);
        List<Object> names = themes.stream().map(t -> t.get("name")).toList();
        for (String expected : List.of("We all have a good quality home", "Communication between providers and service users",
                "Integration of services", "Access to primary care")) {
            org.junit.jupiter.api.Assertions.assertTrue(names.contains(expected), expected);
        }
    }

    @Test
    void howWeWorkTogetherGroupMeetingOf9August2017IsComplete() throws IOException {
        List<String> seed = seed("how-we-work-together-group-2017-08-09.txt");
        String staff = Tokens.user("staff", "healthwatch-cumbria");
        JsonPath group = partnership(staff, "How We Work Together Group");
        JsonPath parent = as(staff).get("/api/v1/partnerships/" + group.getString("parentId")).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("Working Together Group", parent.getString("name"));

        List<Map<String, Object>> meetings = as(staff).queryParam("partnershipId", group.getString("id"))
                .get("/api/v1/meetings").then().statusCode(200).body("items", hasSize(1)).extract().path("items");
        JsonPath meeting = as(staff).get("/api/v1/meetings/" + meetings.get(0).get("id")).then().statusCode(200)
                .body("startsAt", equalTo("2017-08-09T14:00:00+01:00"))
                .body("venue", equalTo("Healthwatch Office")).body("format", equalTo("IN_PERSON"))
                .extract().jsonPath();

        int attendanceAt = seed.indexOf("Attendance:");
        int apologiesAt = seed.stream().filter(l -> l.startsWith("Apologies")).findFirst().map(seed::indexOf).orElseThrow();
        List<String> attendees = seed.subList(attendanceAt + 1, apologiesAt).stream().map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
        assertEquals(13, attendees.size());
        assertEquals(attendees, meeting.getList("attendance.findAll { it.status == 'ATTENDED' }.name"));
        assertEquals(List.of("Richard Pratt", "Carolyn Otley"), meeting.getList("attendance.findAll { it.status == 'APOLOGIES' }.name"));

        String notes = String.join("\n", meeting.getList("agendaItems.notes", String.class));
        for (String line : seed.subList(seed.indexOf("There was discussion around:"), seed.size())) {
            String plain = line.replace("<sup>th</sup>", "th").replace("**", "").strip();
            if (!plain.isEmpty()) {
                assertTrue(notes.contains(plain), "notes lost: " + plain);
            }
        }
        as(staff).queryParam("partnershipId", group.getString("id")).queryParam("status", "OPEN").get("/api/v1/actions")
                .then().statusCode(200).body("items.ownerName", org.hamcrest.Matchers.hasItem("Julie Clayton"))
                .body("totalItems", equalTo(4));
        as(staff).queryParam("partnershipId", parent.getString("id")).get("/api/v1/meetings").then()
                .body("items.startsAt", contains("2017-09-14T18:00:00+01:00")).body("items.venue", contains("Energus, Lillyhall"));
    }

    @Test
    void theJuly2024ResponsesCloseTheLoopOnThePublicPage() throws IOException {
        List<String> seed = seed("lewisham-peoples-partnership-2024-07-17.txt");
        String staff = Tokens.user("staff", "sel-icb-lewisham");
        String lpp = partnership(staff, "Lewisham People's Partnership").getString("id");
        // Each response the meeting gave is a feedback item, word for word.
        int from = seed.indexOf("Following discussion, the meeting gave the following responses:");
        List<String> responses = seed.subList(from + 1, seed.size()).stream().takeWhile(l -> !l.startsWith("¹"))
                .filter(l -> l.startsWith("- ")).map(l -> l.substring(2).strip()).toList();
        List<String> feedback = as(staff).queryParam("partnershipId", lpp).queryParam("size", 50).get("/api/v1/feedback")
                .then().statusCode(200).extract().path("items.text");
        assertEquals(10, responses.size());
        assertTrue(feedback.containsAll(responses), "feedback: " + feedback);
        as(staff).queryParam("partnershipId", lpp).queryParam("untagged", true).get("/api/v1/feedback")
                .then().body("totalItems", equalTo(3));

        as(staff).queryParam("partnershipId", lpp).queryParam("status", "IN_PROGRESS").get("/api/v1/outcomes").then()
                .body("items[0].decisionMeeting.date", equalTo("2024-07-17"))
                .body("items[0].feedbackIds", hasSize(2));
        String page = org.tandem.support.Api.anonymous().get("/api/v1/public/partnerships/" + lpp + "/outcomes")
                .then().statusCode(200).body("outcomes", hasSize(2))
                .body("outcomes.status", org.hamcrest.Matchers.containsInAnyOrder("IN_PROGRESS", "UNDER_CONSIDERATION"))
                .extract().asString();
        String notes = org.tandem.support.Api.anonymous().get("/api/v1/public/partnerships/" + lpp + "/meetings")
                .then().statusCode(200).body("meetings.date", contains("2024-07-17"))
                .body("meetings[0].attendance.attended", equalTo(11))
                .extract().asString();
        assertTrue(notes.contains("A participant gave a brief overview of the work undertaken on the Year One Review"), notes);
        for (String name : List.of("Anne", "Hooper", "Sue Boland", "Michael Kerin")) {
            assertTrue(!page.contains(name) && !notes.contains(name), name + " is on a public page");
        }
    }

    /** lewisham-member (Sam Wilson) belongs to Lewisham People's Partnership only: their meetings, their action. */
    @Test
    void theDemoMemberSeesTheirOwnPartnershipMeetingAndAction() {
        String sam = io.smallrye.jwt.build.Jwt.subject("5b0c8a4e-6f1d-4c2a-9e37-2d8f1a7c4b61")
                .claim("preferred_username", "lewisham-member").claim("name", "Sam Wilson")
                .claim("roles", java.util.Set.of("member")).claim("organisation", "sel-icb-lewisham")
                .audience(Tokens.AUDIENCE).expiresIn(600).sign();
        as(sam).get("/api/v1/partnerships").then().statusCode(200)
                .body("items.name", contains("Lewisham People's Partnership"));
        as(sam).get("/api/v1/boards").then().statusCode(200)
                .body("items.name", contains("Lewisham Health and Care Partnership (LHCP) Strategic Board"));
        as(sam).get("/api/v1/me/meetings").then().statusCode(200)
                .body("items[0].startsAt", equalTo("2027-02-10T10:00:00Z"))
                .body("items[0].canRespond", equalTo(true));
        as(sam).get("/api/v1/me/actions").then().statusCode(200)
                .body("items.description", contains("Bring three questions about pharmacy opening hours from your community to this meeting"))
                .body("items[0].status", equalTo("OPEN"));
    }

    private static JsonPath partnership(String token, String name) {
        String id = as(token).queryParam("q", name).get("/api/v1/partnerships").then().statusCode(200)
                .body("items.name", org.hamcrest.Matchers.hasItem(name)).extract()
                .path("items.find { it.name == '" + name.replace("'", "\\'") + "' }.id");
        return as(token).get("/api/v1/partnerships/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static List<String> seed(String name) throws IOException {
        try (InputStream in = DemoDataTest.class.getResourceAsStream("/seeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::stripTrailing).toList();
        }
    }
}
