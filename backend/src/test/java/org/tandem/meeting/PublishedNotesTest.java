package org.tandem.meeting;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.tandem.meeting.MeetingFixtures.agendaItem;
import static org.tandem.meeting.MeetingFixtures.attend;
import static org.tandem.meeting.MeetingFixtures.meeting;
import static org.tandem.meeting.MeetingFixtures.meetingBody;
import static org.tandem.support.Api.anonymous;
import static org.tandem.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.support.Fixtures;
import org.tandem.support.TestOrganisation;

@QuarkusTest
class PublishedNotesTest {
    private static final String MEETINGS = "/api/v1/meetings/";

    @Test
    void publishedNotesAreOnThePublicPageWithNobodyNamed() {
        TestOrganisation icb = TestOrganisation.create();
        String partnership = Fixtures.partnership(icb, "People's Partnership (public notes)");
        Map<String, Object> body = meetingBody(partnership);
        body.put("summary", "Priya Shah opened the meeting.");
        String meeting = meeting(icb, body);
        attend(icb, meeting, Fixtures.person(icb, "Priya Shah"), "Chair");
        agendaItem(icb, meeting, Map.of("kind", "ITEM", "title", "Access to GP appointments", "presenter", "Dr Omar Said",
                "notes", "Priya said letters are confusing.", "decisions", List.of(Map.of("text", "Priya Shah to write to practices."))));

        int version = MeetingFixtures.version(icb.staff(), MEETINGS + meeting);
        as(icb.staff()).body(Map.of("version", version)).post(MEETINGS + meeting + "/publish-notes").then().statusCode(409)
                .body("detail", containsString("only the notes of a held meeting"));
        as(icb.staff()).body(Map.of("version", version)).post(MEETINGS + meeting + "/mark-held").then().statusCode(200);
        as(icb.member()).body(Map.of("version", version + 1)).post(MEETINGS + meeting + "/publish-notes").then().statusCode(403);
        as(icb.staff()).body(Map.of("version", version)).post(MEETINGS + meeting + "/publish-notes").then().statusCode(409);
        as(icb.staff()).body(Map.of("version", version + 1)).post(MEETINGS + meeting + "/publish-notes").then().statusCode(200)
                .body("notesPublishedAt", notNullValue());

        anonymous().get("/api/v1/public/partnerships/" + partnership + "/meetings").then().statusCode(200)
                .body("partnershipName", equalTo("People's Partnership (public notes)"))
                .body("meetings", hasSize(1))
                .body("meetings[0].summary", equalTo("A participant opened the meeting."))
                .body("meetings[0].agendaItems[0].title", equalTo("Access to GP appointments"))
                .body("meetings[0].agendaItems[0].notes", equalTo("A participant said letters are confusing."))
                .body("meetings[0].agendaItems[0].decisions", contains("A participant to write to practices."))
                .body("meetings[0].attendance.attended", equalTo(1))
                .body(not(containsString("Priya"))).body(not(containsString("Omar"))).body(not(containsString("Chair")))
                .body(not(containsString("meet.example.org")));

        as(icb.staff()).body(Map.of("version", version + 2)).post(MEETINGS + meeting + "/unpublish-notes").then().statusCode(200)
                .body("notesPublishedAt", nullValue());
        anonymous().get("/api/v1/public/partnerships/" + partnership + "/meetings").then().statusCode(200).body("meetings", hasSize(0));
        as(icb.staff()).body(Map.of("version", version + 3)).post(MEETINGS + meeting + "/unpublish-notes").then().statusCode(409);
        TestOrganisation other = TestOrganisation.create();
        as(other.staff()).body(Map.of("version", version + 3)).post(MEETINGS + meeting + "/publish-notes").then().statusCode(404);
    }
}
