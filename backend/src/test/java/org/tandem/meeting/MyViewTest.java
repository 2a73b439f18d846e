package org.tandem.meeting;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.tandem.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.claim.ClaimFixtures;
import org.tandem.support.Fixtures;
import org.tandem.support.TestOrganisation;

/**
 * A member's own view: a lay member linked to a person reads only the partnerships that person belongs to today and
 * the boards those report to; "My meetings" with their answers, which the register shows; "My actions", marked done.
 */
@QuarkusTest
class MyViewTest {
    private static final String FUTURE = "2027-02-10T10:00:00Z";

    /** Partnership A (reporting to a board) with Sam as a current member, and partnership B of the same organisation. */
    private record Setting(TestOrganisation org, String a, String b, String board, String sam, String member) {}

    private static Setting setting() {
        TestOrganisation org = TestOrganisation.create();
        String board = Fixtures.board(org, "Health and Wellbeing Board");
        String a = Fixtures.partnership(org, Map.of("name", "Partnership A", "boardIds", List.of(board)));
        String b = Fixtures.partnership(org, "Partnership B");
        String sam = Fixtures.person(org, "Sam Wilson");
        String former = Fixtures.person(org, "Sam Wilson (former)");
        as(org.staff()).body(Map.of("personId", sam, "role", "MEMBER", "startedOn", "2024-04-01"))
                .post("/api/v1/partnerships/" + a + "/members").then().statusCode(201);
        // A membership of B that ended: it does not count.
        as(org.staff()).body(Map.of("personId", sam, "role", "MEMBER", "startedOn", "2020-01-01", "endedOn", "2021-01-01"))
                .post("/api/v1/partnerships/" + b + "/members").then().statusCode(201);
        as(org.staff()).body(Map.of("personId", former, "role", "MEMBER"))
                .post("/api/v1/partnerships/" + b + "/members").then().statusCode(201);
        return new Setting(org, a, b, board, sam, ClaimFixtures.linkedMember(org, sam));
    }

    private static String meetingAt(TestOrganisation org, String partnershipId, String startsAt) {
        Map<String, Object> body = new HashMap<>(MeetingFixtures.meetingBody(partnershipId));
        body.put("startsAt", startsAt);
        body.remove("endsAt");
        return MeetingFixtures.meeting(org, body);
    }

    @Test
    void aLinkedMemberSeesOnlyTheirPartnershipAndItsBoard() {
        Setting s = setting();
        String meetingA = meetingAt(s.org(), s.a(), FUTURE);
        String meetingB = meetingAt(s.org(), s.b(), FUTURE);
        String boardMeeting = MeetingFixtures.meeting(s.org(), MeetingFixtures.boardMeetingBody(s.board()));
        // Members read outcomes (feedback is for staff, admins and analysts).
        String outcomeB = as(s.org().staff()).body(Map.of("partnershipId", s.b(), "youSaid", "The bus to the clinic is unreliable."))
                .post("/api/v1/outcomes").then().statusCode(201).extract().path("id");
        String outcomeA = as(s.org().staff()).body(Map.of("partnershipId", s.a(), "youSaid", "Evening appointments help."))
                .post("/api/v1/outcomes").then().statusCode(201).extract().path("id");

        as(s.member()).get("/api/v1/partnerships?size=200").then().statusCode(200)
                .body("items.id", contains(s.a()));
        as(s.member()).get("/api/v1/partnerships/" + s.a()).then().statusCode(200);
        as(s.member()).get("/api/v1/partnerships/" + s.b()).then().statusCode(404);
        as(s.member()).get("/api/v1/partnerships/" + s.b() + "/members").then().statusCode(404);
        as(s.member()).get("/api/v1/boards").then().statusCode(200).body("items.id", contains(s.board()));
        as(s.member()).get("/api/v1/boards/" + s.board()).then().statusCode(200);
        as(s.member()).get("/api/v1/meetings?size=200").then().statusCode(200)
                .body("items.id", hasItem(meetingA)).body("items.id", hasItem(boardMeeting))
                .body("items.id", not(hasItem(meetingB)));
        as(s.member()).get("/api/v1/meetings/" + meetingB).then().statusCode(404);
        as(s.member()).accept("text/calendar").get("/api/v1/meetings/" + meetingB + "/calendar.ics").then().statusCode(404);
        as(s.member()).accept("text/calendar").get("/api/v1/partnerships/" + s.b() + "/calendar.ics").then().statusCode(404);
        as(s.member()).get("/api/v1/outcomes?size=200").then().statusCode(200)
                .body("items.id", contains(outcomeA));
        as(s.member()).get("/api/v1/outcomes/" + outcomeB).then().statusCode(404);

        // A member nobody linked keeps the organisation's reading; so do staff.
        for (String token : List.of(s.org().member(), s.org().staff())) {
            as(token).get("/api/v1/partnerships?size=200").then().statusCode(200)
                    .body("items.id", hasItem(s.a())).body("items.id", hasItem(s.b()));
            as(token).get("/api/v1/partnerships/" + s.b()).then().statusCode(200);
            as(token).get("/api/v1/meetings/" + meetingB).then().statusCode(200);
            as(token).get("/api/v1/outcomes/" + outcomeB).then().statusCode(200);
        }
    }

    @Test
    void aMemberAnswersForTheirMeetingsAndTheRegisterShowsIt() {
        Setting s = setting();
        String past = meetingAt(s.org(), s.a(), "2024-07-17T12:45:00Z");
        String next = meetingAt(s.org(), s.a(), FUTURE);
        String later = meetingAt(s.org(), s.a(), "2027-06-10T09:00:00Z");
        String notMine = meetingAt(s.org(), s.b(), FUTURE);

        as(s.member()).get("/api/v1/me/meetings").then().statusCode(200)
                .body("items.id", contains(next, later, past))
                .body("items[0].holderName", equalTo("Partnership A"))
                .body("items[0].myResponse", nullValue())
                .body("items[0].canRespond", equalTo(true));

        as(s.member()).body(Map.of("response", "ATTENDING")).put("/api/v1/me/meetings/" + next + "/response")
                .then().statusCode(200).body("myResponse", equalTo("ATTENDING"));
        // The same answer again changes nothing; another answer replaces it.
        as(s.member()).body(Map.of("response", "ATTENDING")).put("/api/v1/me/meetings/" + next + "/response")
                .then().statusCode(200).body("myResponse", equalTo("ATTENDING"));
        as(s.member()).body(Map.of("response", "APOLOGIES")).put("/api/v1/me/meetings/" + later + "/response")
                .then().statusCode(200).body("myResponse", equalTo("APOLOGIES"));

        as(s.member()).get("/api/v1/me/meetings").then().statusCode(200)
                .body("items.myResponse", contains("ATTENDING", "APOLOGIES", null));
        as(s.org().staff()).get("/api/v1/meetings/" + next + "/attendance").then().statusCode(200)
                .body("responses.name", contains("Sam Wilson")).body("responses.response", contains("ATTENDING"));
        as(s.org().staff()).get("/api/v1/meetings/" + later).then().statusCode(200)
                .body("responses.personId", contains(s.sam())).body("responses.response", contains("APOLOGIES"));
        as(s.org().analyst()).get("/api/v1/meetings/" + next).then().statusCode(200)
                .body("responses.personId", contains(s.sam())).body("responses[0].name", nullValue());

        as(s.member()).body(Map.of("response", "ATTENDING")).put("/api/v1/me/meetings/" + notMine + "/response")
                .then().statusCode(404);
        as(s.member()).body(Map.of("response", "MAYBE")).put("/api/v1/me/meetings/" + next + "/response")
                .then().statusCode(400).contentType(containsString("application/problem+json"));
        as(s.org().staff()).body(Map.of("version", MeetingFixtures.version(s.org().staff(), "/api/v1/meetings/" + past)))
                .post("/api/v1/meetings/" + past + "/mark-held").then().statusCode(200);
        as(s.member()).body(Map.of("response", "ATTENDING")).put("/api/v1/me/meetings/" + past + "/response")
                .then().statusCode(409).body("type", containsString("transition-not-allowed"));

        as(s.org().member()).get("/api/v1/me/meetings").then().statusCode(409)
                .contentType(containsString("application/problem+json")).body("type", containsString("not-linked"));
    }

    @Test
    void aMemberMarksTheirOwnActionDone() {
        Setting s = setting();
        String meeting = meetingAt(s.org(), s.a(), FUTURE);
        String someoneElse = Fixtures.person(s.org(), "Ada Obi");
        String later = MeetingFixtures.action(s.org(), meeting, Map.of("description", "Share the survey", "ownerPersonId", s.sam()));
        String sooner = MeetingFixtures.action(s.org(), meeting, Map.of("description", "Book the room",
                "ownerPersonId", s.sam(), "dueOn", "2027-01-20"));
        String theirs = MeetingFixtures.action(s.org(), meeting, Map.of("description", "Chase the minutes", "ownerPersonId", someoneElse));

        as(s.member()).get("/api/v1/me/actions").then().statusCode(200).body("items.id", contains(sooner, later));

        as(s.member()).body(Map.of("version", 0)).post("/api/v1/me/actions/" + sooner + "/done").then().statusCode(200)
                .body("status", equalTo("DONE")).body("closedAt", not(nullValue()));
        as(s.member()).body(Map.of("version", 1)).post("/api/v1/me/actions/" + sooner + "/done").then().statusCode(409);
        as(s.member()).body(Map.of("version", 0)).post("/api/v1/me/actions/" + theirs + "/done").then().statusCode(403);
        as(s.member()).body(Map.of()).post("/api/v1/me/actions/" + later + "/done").then().statusCode(400)
                .body("errors.field", hasItem("version"));
        as(s.member()).get("/api/v1/me/actions").then().statusCode(200).body("items.id", contains(later, sooner))
                .body("items.status", contains("OPEN", "DONE"));

        as(s.org().member()).get("/api/v1/me/actions").then().statusCode(409).body("type", containsString("not-linked"));
        as(s.org().analyst()).get("/api/v1/me/actions").then().statusCode(403);
    }

    @Test
    void aMemberInNoPartnershipHasNoMeetings() {
        TestOrganisation org = TestOrganisation.create();
        Fixtures.partnership(org, "Partnership A");
        String member = ClaimFixtures.linkedMember(org, Fixtures.person(org, "Kim Lee"));
        as(member).get("/api/v1/me/meetings").then().statusCode(200).body("items", empty()).body("totalItems", equalTo(0));
        as(member).get("/api/v1/partnerships").then().statusCode(200).body("items", empty());
    }
}
