package org.tandem.meeting;

import static org.tandem.support.Api.as;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tandem.support.Fixtures;
import org.tandem.support.TestOrganisation;

/** Meetings and their parts, created through the API by the owner organisation's staff. */
final class MeetingFixtures {
    private MeetingFixtures() {}

    /** The Lewisham People's Partnership meeting of 17 July 2024 (seed 002), online, held by {@code partnershipId}. */
    static Map<String, Object> meetingBody(String partnershipId) {
        Map<String, Object> body = new HashMap<>();
        body.put("partnershipId", partnershipId);
        body.put("title", "Lewisham People's Partnership");
        body.put("startsAt", "2024-07-17T13:45:00+01:00");
        body.put("endsAt", "2024-07-17T16:00:00+01:00");
        body.put("format", "ONLINE");
        body.put("onlineLink", "https://meet.example.org/lpp-july");
        return body;
    }

    /** The same meeting, held by a board. */
    static Map<String, Object> boardMeetingBody(String boardId) {
        Map<String, Object> body = meetingBody(null);
        body.remove("partnershipId");
        body.put("boardId", boardId);
        return body;
    }

    static String meeting(TestOrganisation owner, Map<String, Object> body) {
        return as(owner.staff()).body(body).post("/api/v1/meetings").then().statusCode(201).extract().path("id");
    }

    static String meeting(TestOrganisation owner) {
        // Not named "Lewisham People's Partnership": the demo data loader takes that name as its own marker.
        return meeting(owner, meetingBody(Fixtures.partnership(owner, "People's Partnership (test)")));
    }

    /** A partnership of {@code owner} in which {@code participant} takes part. */
    static String sharedPartnership(TestOrganisation owner, TestOrganisation participant) {
        return Fixtures.partnership(owner, Map.of("name", "How We Work Together Group",
                "participantOrganisationIds", List.of(participant.id())));
    }

    static String agendaItem(TestOrganisation owner, String meetingId, Map<String, Object> body) {
        return as(owner.staff()).body(body).post("/api/v1/meetings/" + meetingId + "/agenda-items")
                .then().statusCode(201).extract().path("id");
    }

    static String attend(TestOrganisation owner, String meetingId, String personId, String role) {
        Map<String, Object> body = new HashMap<>(Map.of("personId", personId, "status", "ATTENDED", "mode", "ONLINE"));
        if (role != null) {
            body.put("roleAsRecorded", role);
        }
        return as(owner.staff()).body(body).post("/api/v1/meetings/" + meetingId + "/attendance")
                .then().statusCode(201).extract().path("id");
    }

    static String action(TestOrganisation owner, String meetingId, Map<String, Object> body) {
        return as(owner.staff()).body(body).post("/api/v1/meetings/" + meetingId + "/actions")
                .then().statusCode(201).extract().path("id");
    }

    static int version(String token, String path) {
        return as(token).get(path).then().statusCode(200).extract().path("version");
    }
}
