package org.tandem.meeting;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tandem.meeting.MeetingFixtures.meeting;
import static org.tandem.meeting.MeetingFixtures.meetingBody;
import static org.tandem.meeting.MeetingFixtures.sharedPartnership;
import static org.tandem.support.Api.anonymous;
import static org.tandem.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.support.Fixtures;
import org.tandem.support.TestOrganisation;

@QuarkusTest
class MeetingResourceTest {
    private static final String MEETINGS = "/api/v1/meetings";

    @Test
    void chooserSearchFindsMeetingsByTitleOnlyWhereVisible() {
        TestOrganisation owner = TestOrganisation.create();
        TestOrganisation stranger = TestOrganisation.create();
        String partnership = Fixtures.partnership(owner, "Search partnership");
        for (String title : List.of("Seeded search 001", "Seeded search 002", "Quarterly review")) {
            Map<String, Object> body = meetingBody(partnership);
            body.put("title", title);
            meeting(owner, body);
        }
        Map<String, Object> elsewhere = meetingBody(Fixtures.partnership(stranger, "Elsewhere"));
        elsewhere.put("title", "Seeded search 003");
        meeting(stranger, elsewhere);
        as(owner.staff()).queryParam("q", "seeded SEARCH").queryParam("sort", "title").queryParam("size", 1)
                .queryParam("page", 1).get("/api/v1/meetings").then().statusCode(200)
                .body("items.title", contains("Seeded search 002")).body("totalItems", equalTo(2));
        as(owner.staff()).queryParam("q", "x".repeat(201)).get("/api/v1/meetings").then().statusCode(400)
                .body("errors[0].field", equalTo("q"));
    }

    @Test
    void staffPlanAMeetingAndEveryRoleOfTheOrganisationReadsIt() {
        TestOrganisation owner = TestOrganisation.create();
        String partnership = Fixtures.partnership(owner, "People's Partnership (test)");
        Map<String, Object> body = meetingBody(partnership);
        body.put("startsAt", "2024-07-17T12:45:00Z");
        String location = as(owner.staff()).body(body).post(MEETINGS)
                .then().statusCode(201)
                .header("Location", containsString(MEETINGS + "/")).header("ETag", "\"0\"")
                .body("partnershipId", equalTo(partnership)).body("boardId", nullValue())
                .body("startsAt", equalTo("2024-07-17T13:45:00+01:00"))
                .body("endsAt", equalTo("2024-07-17T16:00:00+01:00"))
                .body("date", equalTo("2024-07-17")).body("timeConfirmed", equalTo(true))
                .body("status", equalTo("PLANNED")).body("chathamHouse", equalTo(false))
                .body("agendaItems", empty()).body("attendanceCounts.attended", equalTo(0))
                .body("version", equalTo(0))
                .extract().header("Location");

        for (String token : List.of(owner.admin(), owner.member(), owner.finance(), owner.analyst(), owner.partner())) {
            as(token).get(location).then().statusCode(200).header("ETag", "\"0\"")
                    .body("title", equalTo("Lewisham People's Partnership")).body("format", equalTo("ONLINE"));
        }
    }

    @Test
    void aBoardHoldsMeetingsToo() {
        TestOrganisation owner = TestOrganisation.create();
        String board = Fixtures.board(owner, "Lewisham Health and Care Partnership Strategic Board");
        Map<String, Object> body = MeetingFixtures.boardMeetingBody(board);
        body.put("format", "IN_PERSON");
        body.put("venue", "Lewisham Civic Centre (Committee Room 3)");
        String id = meeting(owner, body);
        as(owner.member()).queryParam("boardId", board).get(MEETINGS)
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].id", equalTo(id))
                .body("items[0].venue", equalTo("Lewisham Civic Centre (Committee Room 3)"));
    }

    @Test
    void aMeetingWhoseTimeIsToBeConfirmedKeepsItsDateOnly() {
        TestOrganisation owner = TestOrganisation.create();
        Map<String, Object> body = meetingBody(Fixtures.partnership(owner, "LPP"));
        body.putAll(Map.of("startsAt", "2025-03-05T15:00:00Z", "timeConfirmed", false, "format", "HYBRID"));
        body.remove("endsAt");
        as(owner.staff()).body(body).post(MEETINGS).then().statusCode(201)
                .body("timeConfirmed", equalTo(false)).body("date", equalTo("2025-03-05"))
                .body("startsAt", equalTo("2025-03-05T00:00:00Z")).body("endsAt", nullValue());
    }

    @Test
    void validationNamesEachField() {
        TestOrganisation owner = TestOrganisation.create();
        as(owner.staff()).body(Map.of("title", " ")).post(MEETINGS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("format", "partnershipId", "startsAt", "title")));

        String partnership = Fixtures.partnership(owner, "LPP");
        Map<String, Object> body = meetingBody(partnership);
        body.putAll(Map.of("endsAt", "2024-07-17T13:00:00+01:00", "format", "IN_PERSON", "onlineLink", "ftp://x",
                "boardId", Fixtures.board(owner, "Board")));
        as(owner.staff()).body(body).post(MEETINGS)
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("boardId", "endsAt", "onlineLink", "venue")));

        Map<String, Object> tbc = meetingBody(partnership);
        tbc.put("timeConfirmed", false);
        as(owner.staff()).body(tbc).post(MEETINGS)
                .then().statusCode(400).body("errors.field", equalTo(List.of("endsAt")));

        Map<String, Object> badTypes = meetingBody(partnership);
        badTypes.put("format", "CARRIER_PIGEON");
        as(owner.staff()).body(badTypes).post(MEETINGS)
                .then().statusCode(400).body("errors[0].field", equalTo("format"));
        badTypes.put("format", "ONLINE");
        badTypes.put("startsAt", "17/07/2024");
        as(owner.staff()).body(badTypes).post(MEETINGS)
                .then().statusCode(400).body("errors[0].field", equalTo("startsAt"));
    }

    @Test
    void onlyStaffOfTheOwnerRunMeetingsAndOthersSeeWhatTheirOrganisationTakesPartIn() {
        TestOrganisation owner = TestOrganisation.create();
        TestOrganisation participant = TestOrganisation.create();
        TestOrganisation stranger = TestOrganisation.create();
        String partnership = sharedPartnership(owner, participant);
        String path = MEETINGS + "/" + meeting(owner, meetingBody(partnership));
        Map<String, Object> update = meetingBody(partnership);
        update.put("version", 0);

        as(participant.member()).get(path).then().statusCode(200);
        as(participant.staff()).body(update).put(path).then().statusCode(403).contentType("application/problem+json");
        as(participant.staff()).body(meetingBody(partnership)).post(MEETINGS).then().statusCode(403);
        as(owner.member()).body(update).put(path).then().statusCode(403);
        as(stranger.staff()).get(path).then().statusCode(404).contentType("application/problem+json");
        as(stranger.staff()).body(update).put(path).then().statusCode(404);
        as(stranger.staff()).body(meetingBody(partnership)).post(MEETINGS)
                .then().statusCode(400).body("errors[0].field", equalTo("partnershipId"));
        anonymous().get(path).then().statusCode(401).contentType("application/problem+json");
        anonymous().get(MEETINGS).then().statusCode(401);
    }

    @Test
    void updatesAreVersioned() {
        TestOrganisation owner = TestOrganisation.create();
        String partnership = Fixtures.partnership(owner, "LPP");
        String path = MEETINGS + "/" + meeting(owner, meetingBody(partnership));
        Map<String, Object> body = meetingBody(partnership);
        body.putAll(Map.of("title", "LPP: primary care", "chathamHouse", true, "version", 0));

        as(owner.staff()).body(body).put(path).then().statusCode(200)
                .header("ETag", "\"1\"").body("version", equalTo(1)).body("chathamHouse", equalTo(true));
        as(owner.staff()).body(body).put(path).then().statusCode(409).body("title", equalTo("Version conflict"))
                .body("type", endsWith("/problems/version-conflict"));
        body.remove("version");
        as(owner.staff()).header("If-Match", "\"0\"").body(body).put(path).then().statusCode(412)
                .body("type", endsWith("/problems/version-conflict"));
        as(owner.staff()).body(body).put(path).then().statusCode(400).body("errors[0].field", equalTo("version"));
        as(owner.staff()).header("If-Match", "\"1\"").body(body).put(path).then().statusCode(200);

        Map<String, Object> moved = meetingBody(Fixtures.partnership(owner, "Another"));
        moved.put("version", MeetingFixtures.version(owner.staff(), path));
        as(owner.staff()).body(moved).put(path).then().statusCode(400).body("errors[0].field", equalTo("partnershipId"));
    }

    @Test
    void aPlannedMeetingIsEitherHeldOrCancelledAndNeitherIsUndone() {
        TestOrganisation owner = TestOrganisation.create();
        String partnership = Fixtures.partnership(owner, "LPP");
        String past = MEETINGS + "/" + meeting(owner, meetingBody(partnership));

        as(owner.staff()).body(Map.of("version", 0)).post(past + "/mark-held")
                .then().statusCode(200).body("status", equalTo("HELD")).body("version", equalTo(1));
        as(owner.staff()).body(Map.of("version", 1)).post(past + "/cancel")
                .then().statusCode(409).body("detail", containsString("HELD"));

        Map<String, Object> future = meetingBody(partnership);
        future.putAll(Map.of("startsAt", "2099-09-11T10:00:00+01:00", "endsAt", "2099-09-11T12:00:00+01:00"));
        String next = MEETINGS + "/" + meeting(owner, future);
        as(owner.staff()).body(Map.of("version", 0)).post(next + "/mark-held")
                .then().statusCode(409).body("detail", containsString("not started"));
        as(owner.staff()).body(Map.of("version", 0, "reason", "Not quorate")).post(next + "/cancel")
                .then().statusCode(200).body("status", equalTo("CANCELLED"))
                .body("cancellationReason", equalTo("Not quorate")).body("version", equalTo(1));
        as(owner.staff()).body(Map.of("version", 1)).post(next + "/cancel")
                .then().statusCode(409).contentType("application/problem+json");
        future.put("version", 1);
        as(owner.staff()).body(future).put(next).then().statusCode(409);
        as(owner.staff()).body(Map.of("version", 0)).post(next + "/cancel").then().statusCode(409)
                .body("title", equalTo("Version conflict"));
        as(owner.member()).body(Map.of("version", 1)).post(next + "/cancel").then().statusCode(403);
    }

    @Test
    void archivedPartnershipsHoldNoNewMeetings() {
        TestOrganisation owner = TestOrganisation.create();
        String partnership = Fixtures.partnership(owner, "Old group");
        as(owner.staff()).body(Map.of("name", "Old group", "status", "ARCHIVED", "version", 0))
                .put("/api/v1/partnerships/" + partnership).then().statusCode(200);
        as(owner.staff()).body(meetingBody(partnership)).post(MEETINGS).then().statusCode(409);
    }

    @Test
    void listFiltersSortsAndPagesWithinWhatTheCallerCanSee() {
        TestOrganisation owner = TestOrganisation.create();
        String lpp = Fixtures.partnership(owner, "LPP");
        String july = meeting(owner, meetingBody(lpp));
        String september = meeting(owner, at(lpp, "A September meeting", "2024-09-11T10:00:00+01:00"));
        String november = meeting(owner, at(lpp, "November", "2024-11-13T14:00:00Z"));
        meeting(owner, at(Fixtures.partnership(owner, "Other"), "Elsewhere", "2024-09-12T10:00:00+01:00"));
        as(owner.staff()).body(Map.of("version", 0)).post(MEETINGS + "/" + november + "/cancel").then().statusCode(200);

        as(owner.member()).queryParam("partnershipId", lpp).get(MEETINGS).then().statusCode(200)
                .body("totalItems", equalTo(3)).body("items.id", equalTo(List.of(july, september, november)));
        as(owner.member()).queryParams(Map.of("partnershipId", lpp, "from", "2024-09-01", "to", "2024-09-11"))
                .get(MEETINGS).then().body("items.id", equalTo(List.of(september)));
        as(owner.member()).queryParams(Map.of("partnershipId", lpp, "from", "2024-09-11T10:00:01+01:00"))
                .get(MEETINGS).then().body("items.id", equalTo(List.of(november)));
        as(owner.member()).queryParams(Map.of("partnershipId", lpp, "status", "CANCELLED"))
                .get(MEETINGS).then().body("items.id", equalTo(List.of(november)));
        as(owner.member()).queryParams(Map.of("partnershipId", lpp, "sort", "title,desc", "size", 2, "page", 1))
                .get(MEETINGS).then().body("items.id", equalTo(List.of(september)))
                .body("totalPages", equalTo(2)).body("size", equalTo(2)).body("page", equalTo(1));

        as(TestOrganisation.create().staff()).queryParam("partnershipId", lpp).get(MEETINGS)
                .then().statusCode(200).body("totalItems", equalTo(0));
        for (String parameter : List.of("partnershipId", "from", "status", "sort")) {
            as(owner.member()).queryParam(parameter, "nonsense").get(MEETINGS)
                    .then().statusCode(400).body("errors[0].field", equalTo(parameter));
        }
    }

    @Test
    void eachChangeToAMeetingIsOneEntryInItsTrailNamedByWhatHappened() {
        TestOrganisation owner = TestOrganisation.create();
        String partnership = Fixtures.partnership(owner, "LPP");
        String id = meeting(owner, meetingBody(partnership));
        String path = MEETINGS + "/" + id;
        Trail.of(owner, "meeting", id).body("totalItems", equalTo(1))
                .body("items[0].action", equalTo("created")).body("items[0].entityId", equalTo(id))
                .body("items[0].changes.field", hasItem("title")).body("items[0].parentType", nullValue());

        Map<String, Object> body = meetingBody(partnership);
        body.putAll(Map.of("title", "LPP: primary care", "version", 0));
        as(owner.staff()).body(body).put(path).then().statusCode(200);
        Trail.latest(owner, "meeting", id, 1).body("items[0].action", equalTo("updated"))
                .body("items[0].changes.field", equalTo(List.of("title")))
                .body("items[0].changes[0].before", equalTo("Lewisham People's Partnership"))
                .body("items[0].changes[0].after", equalTo("LPP: primary care"));
        // Saved as it was: no entry.
        body.put("version", 1);
        as(owner.staff()).body(body).put(path).then().statusCode(200);
        assertEquals(2, Trail.count(owner, "meeting", id));

        as(owner.staff()).body(Map.of("version", 1)).post(path + "/mark-held").then().statusCode(200);
        Trail.latest(owner, "meeting", id, 2).body("items[0].action", equalTo("held"))
                .body("items[0].changes.field", equalTo(List.of("status")))
                .body("items[0].changes[0].before", equalTo("PLANNED")).body("items[0].changes[0].after", equalTo("HELD"));
        as(owner.staff()).header("If-Match", "\"2\"").body(Map.of()).post(path + "/publish-notes").then().statusCode(200);
        Trail.latest(owner, "meeting", id, 3).body("items[0].action", equalTo("notes-published"))
                .body("items[0].changes.field", equalTo(List.of("notesPublishedAt")))
                .body("items[0].changes[0].before", nullValue()).body("items[0].changes[0].after", notNullValue());
        as(owner.staff()).body(Map.of("version", 3)).post(path + "/unpublish-notes").then().statusCode(200);
        Trail.latest(owner, "meeting", id, 4).body("items[0].action", equalTo("notes-unpublished"));

        // Refusals record nothing: stale versions, moves the table does not allow, and rules.
        Trail.problem(as(owner.staff()).body(Map.of("version", 1)).post(path + "/cancel").then(), 409, "version-conflict");
        Trail.problem(as(owner.staff()).header("If-Match", "\"1\"").body(Map.of()).post(path + "/cancel").then(), 412, "version-conflict");
        Trail.problem(as(owner.staff()).body(Map.of("version", 4)).post(path + "/cancel").then(), 409, "transition-not-allowed");
        Trail.problem(as(owner.staff()).body(Map.of("version", 4)).post(path + "/mark-held").then(), 409, "transition-not-allowed");
        Trail.problem(as(owner.staff()).body(Map.of("version", 4)).post(path + "/unpublish-notes").then(), 409,
                "transition-not-allowed");
        Trail.problem(as(owner.staff()).body(Map.of("version", 4)).post(path + "/cancel").then(), 409, "transition-not-allowed");
        body.putAll(Map.of("title", "Lost update", "version", 3));
        Trail.problem(as(owner.staff()).body(body).put(path).then(), 409, "version-conflict");
        assertEquals(5, Trail.count(owner, "meeting", id));

        Map<String, Object> future = meetingBody(partnership);
        future.putAll(Map.of("startsAt", "2099-09-11T10:00:00+01:00", "endsAt", "2099-09-11T12:00:00+01:00"));
        String next = meeting(owner, future);
        Trail.problem(as(owner.staff()).body(Map.of("version", 0)).post(MEETINGS + "/" + next + "/mark-held").then(), 409,
                "business-rule");
        Trail.problem(as(owner.staff()).body(Map.of("version", 0)).post(MEETINGS + "/" + next + "/publish-notes").then(), 409,
                "transition-not-allowed");
        as(owner.staff()).body(Map.of("version", 0, "reason", "Not quorate")).post(MEETINGS + "/" + next + "/cancel")
                .then().statusCode(200);
        Trail.latest(owner, "meeting", next, 1).body("items[0].action", equalTo("cancelled"))
                .body("items[0].changes.field", equalTo(List.of("cancellationReason", "status")));
        future.put("version", 1);
        Trail.problem(as(owner.staff()).body(future).put(MEETINGS + "/" + next).then(), 409, "transition-not-allowed");
        assertEquals(2, Trail.count(owner, "meeting", next));
        // Another organisation's admin reads none of it.
        as(TestOrganisation.create().admin()).queryParam("entityId", id).get("/api/v1/audit")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void allowedActionsFollowTheTransitionTableForThoseWhoRunTheMeetingOnly() {
        TestOrganisation owner = TestOrganisation.create();
        TestOrganisation participant = TestOrganisation.create();
        String partnership = sharedPartnership(owner, participant);
        String past = MEETINGS + "/" + meeting(owner, meetingBody(partnership));
        Map<String, Object> future = meetingBody(partnership);
        future.putAll(Map.of("startsAt", "2099-09-11T10:00:00+01:00", "endsAt", "2099-09-11T12:00:00+01:00"));
        String next = MEETINGS + "/" + meeting(owner, future);

        as(owner.staff()).get(past).then().body("allowedActions", equalTo(List.of("EDIT", "CANCEL", "MARK_HELD")));
        as(owner.admin()).get(next).then().body("allowedActions", equalTo(List.of("EDIT", "CANCEL")));
        for (String token : List.of(owner.member(), owner.finance(), owner.analyst(), owner.partner(),
                participant.staff(), participant.admin(), participant.member())) {
            as(token).get(past).then().statusCode(200).body("allowedActions", empty());
        }

        as(owner.staff()).body(Map.of("version", 0)).post(past + "/mark-held")
                .then().statusCode(200).body("allowedActions", equalTo(List.of("EDIT", "PUBLISH_NOTES")));
        as(owner.staff()).body(Map.of("version", 1)).post(past + "/publish-notes")
                .then().statusCode(200).body("allowedActions", equalTo(List.of("EDIT", "UNPUBLISH_NOTES")));
        as(participant.staff()).get(past).then().body("allowedActions", empty());
        as(owner.staff()).body(Map.of("version", 0)).post(next + "/cancel")
                .then().statusCode(200).body("allowedActions", empty());
        as(owner.staff()).get(next).then().body("allowedActions", not(hasItem("EDIT")));
    }

    private static Map<String, Object> at(String partnership, String title, String startsAt) {
        Map<String, Object> body = meetingBody(partnership);
        body.remove("endsAt");
        body.putAll(Map.of("title", title, "startsAt", startsAt));
        return body;
    }
}
