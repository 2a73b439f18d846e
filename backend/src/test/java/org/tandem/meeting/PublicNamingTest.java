package org.tandem.meeting;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tandem.meeting.MeetingFixtures.agendaItem;
import static org.tandem.meeting.MeetingFixtures.attend;
import static org.tandem.meeting.MeetingFixtures.meeting;
import static org.tandem.meeting.MeetingFixtures.meetingBody;
import static org.tandem.meeting.MeetingFixtures.version;
import static org.tandem.support.Api.anonymous;
import static org.tandem.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.support.Fixtures;
import org.tandem.support.TestOrganisation;

/** Unnamed attendees in the headcount, people named publicly with their consent, public documents, the preview. */
@QuarkusTest
class PublicNamingTest {
    private static final String MEETINGS = "/api/v1/meetings/";

    @Test
    void unnamedAttendeesAreCountedInTheHeadcountEverywhere() {
        TestOrganisation icb = TestOrganisation.create();
        String partnership = Fixtures.partnership(icb, "Workshop partnership (headcount)");
        String meeting = meeting(icb, meetingBody(partnership));
        for (String name : List.of("Anna Geyer", "Priya Shah", "Omar Said")) {
            attend(icb, meeting, Fixtures.person(icb, name), null);
        }
        String unnamed = MEETINGS + meeting + "/attendance/unnamed";
        int version = version(icb.staff(), MEETINGS + meeting);

        as(icb.staff()).body(counts(-1, 0, 7, 0, version)).put(unnamed).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("layMembers"));
        as(icb.staff()).body("{\"layMembers\": 40, \"serviceUsers\": 0, \"professionals\": 6.5, \"stakeholders\": 0, \"version\": "
                + version + "}").put(unnamed).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("professionals"));
        Map<String, Object> missing = counts(40, 0, 7, 0, version);
        missing.remove("stakeholders");
        as(icb.staff()).body(missing).put(unnamed).then().statusCode(400).body("errors[0].field", equalTo("stakeholders"));
        as(icb.member()).body(counts(40, 0, 7, 0, version)).put(unnamed).then().statusCode(403);
        assertEquals(version, version(icb.staff(), MEETINGS + meeting), "a refused count changes nothing");

        as(icb.staff()).body(counts(40, 0, 7, 0, version)).put(unnamed).then().statusCode(200)
                .body("counts.attended", equalTo(3)).body("counts.unnamed.total", equalTo(47))
                .body("counts.unnamed.professionals", equalTo(7)).body("counts.headcount", equalTo(50));
        as(icb.staff()).body(counts(41, 0, 7, 0, version)).put(unnamed).then().statusCode(409);

        as(icb.staff()).get(MEETINGS + meeting).then().statusCode(200)
                .body("attendanceCounts.headcount", equalTo(50)).body("attendanceCounts.unnamed.layMembers", equalTo(40));
        as(icb.analyst()).get(MEETINGS + meeting).then().statusCode(200).body("attendanceCounts.headcount", equalTo(50));
        as(icb.staff()).get(MEETINGS + meeting + "/public-preview").then().statusCode(200)
                .body("attendance.headcount", equalTo(50)).body("notesPublishedAt", nullValue());
    }

    @Test
    void thePreviewIsWhatThePublicReadsNamingOnlyThoseWhoConsented() {
        TestOrganisation icb = TestOrganisation.create();
        String partnership = Fixtures.partnership(icb, "Workshop partnership (public naming)");
        Map<String, Object> body = meetingBody(partnership);
        body.put("summary", "The visual recording was made by Anna Geyer of New Possibilities. Priya Shah thanked her.");
        String meeting = meeting(icb, body);
        String anna = attend(icb, meeting, Fixtures.person(icb, "Anna Geyer"), "Artist");
        attend(icb, meeting, Fixtures.person(icb, "Priya Shah"), "Chair");
        agendaItem(icb, meeting, Map.of("kind", "ITEM", "title", "Visual recording", "notes", "Anna presented; Priya asked questions."));
        String documents = MEETINGS + meeting + "/documents";
        String recording = as(icb.staff()).body(Map.of("title", "Visual recording", "url", "https://example.org/recording.png",
                "kind", "VISUAL_RECORDING")).post(documents).then().statusCode(201).extract().path("id");
        as(icb.staff()).body(Map.of("title", "Draft minutes", "url", "https://example.org/draft.pdf", "kind", "MINUTES"))
                .post(documents).then().statusCode(201);

        String naming = MEETINGS + meeting + "/attendance/" + anna + "/public-naming";
        as(icb.staff()).body(naming("Presenter for New Possibilities", false, 0)).put(naming).then().statusCode(400)
                .body("errors[0].field", equalTo("consentGiven"));
        as(icb.staff()).body(naming(" ", true, 0)).put(naming).then().statusCode(400).body("errors[0].field", equalTo("role"));
        as(icb.staff()).get(MEETINGS + meeting + "/public-preview").then().statusCode(200)
                .body("summary", equalTo("The visual recording was made by a participant of New Possibilities. A participant thanked her."))
                .body("namedPeople", hasSize(0)).body("documents", hasSize(0));

        as(icb.staff()).body(naming("Presenter for New Possibilities", true, 0)).put(naming).then().statusCode(200)
                .body("publicNaming.role", equalTo("Presenter for New Possibilities"))
                .body("publicNaming.consentMethod", equalTo("IN_WRITING")).body("publicNaming.consentRecordedAt", notNullValue())
                .body("version", equalTo(1));
        as(icb.staff()).body(naming("Artist", true, 0)).put(naming).then().statusCode(409);
        as(icb.analyst()).get(MEETINGS + meeting + "/attendance/" + anna).then().statusCode(200)
                .body("publicNaming", nullValue()).body("name", nullValue());
        as(icb.staff()).body(Map.of("shownPublicly", true)).put(documents + "/" + recording + "/publication").then()
                .statusCode(200).body("shownPublicly", equalTo(true));

        String preview = as(icb.staff()).get(MEETINGS + meeting + "/public-preview").then().statusCode(200)
                .body("summary", equalTo("The visual recording was made by Anna Geyer of New Possibilities. A participant thanked her."))
                .body("agendaItems[0].notes", equalTo("Anna presented; a participant asked questions."))
                .body("namedPeople[0].name", equalTo("Anna Geyer"))
                .body("namedPeople[0].role", equalTo("Presenter for New Possibilities"))
                .body("documents.title", contains("Visual recording"))
                .body(not(containsString("Priya"))).body(not(containsString("Draft minutes"))).body(not(containsString("Chair")))
                .extract().asString();

        int version = version(icb.staff(), MEETINGS + meeting);
        as(icb.staff()).body(Map.of("version", version)).post(MEETINGS + meeting + "/mark-held").then().statusCode(200);
        as(icb.staff()).body(Map.of("version", version + 1)).post(MEETINGS + meeting + "/publish-notes").then().statusCode(200);
        String published = anonymous().get("/api/v1/public/partnerships/" + partnership + "/meetings").then().statusCode(200)
                .body("meetings", hasSize(1)).body("meetings[0].notesPublishedAt", notNullValue())
                .extract().jsonPath().prettify();
        Map<String, Object> previewed = io.restassured.path.json.JsonPath.from(preview).getMap("");
        Map<String, Object> shown = new HashMap<>(io.restassured.path.json.JsonPath.from(published).getMap("meetings[0]"));
        previewed.remove("notesPublishedAt");
        shown.remove("notesPublishedAt");
        assertEquals(previewed, shown, "the public page shows what the preview showed");

        as(icb.staff()).delete(naming).then().statusCode(400);
        as(icb.staff()).queryParam("version", 0).delete(naming).then().statusCode(409);
        as(icb.staff()).queryParam("version", 1).delete(naming).then().statusCode(204);
        anonymous().get("/api/v1/public/partnerships/" + partnership + "/meetings").then().statusCode(200)
                .body("meetings[0].namedPeople", hasSize(0)).body(not(containsString("Anna")));
    }

    @Test
    void underTheChathamHouseRuleTheTextAttributesNothingToThoseNamedPublicly() {
        TestOrganisation icb = TestOrganisation.create();
        Map<String, Object> body = meetingBody(Fixtures.partnership(icb, "Workshop partnership (Chatham House)"));
        body.put("chathamHouse", true);
        body.put("summary", "Anna Geyer presented.");
        String meeting = meeting(icb, body);
        String anna = attend(icb, meeting, Fixtures.person(icb, "Anna Geyer"), null);
        as(icb.staff()).body(naming("Artist", true, 0)).put(MEETINGS + meeting + "/attendance/" + anna + "/public-naming")
                .then().statusCode(200);
        as(icb.staff()).get(MEETINGS + meeting + "/public-preview").then().statusCode(200)
                .body("summary", equalTo("A participant presented.")).body("namedPeople[0].role", equalTo("Artist"));
        TestOrganisation other = TestOrganisation.create();
        as(other.staff()).get(MEETINGS + meeting + "/public-preview").then().statusCode(404);
    }

    private static Map<String, Object> counts(int layMembers, int serviceUsers, int professionals, int stakeholders, int version) {
        return new HashMap<>(Map.of("layMembers", layMembers, "serviceUsers", serviceUsers, "professionals", professionals,
                "stakeholders", stakeholders, "version", version));
    }

    private static Map<String, Object> naming(String role, boolean consentGiven, int version) {
        return Map.of("role", role, "consentGiven", consentGiven, "consentMethod", "IN_WRITING", "version", version);
    }
}
