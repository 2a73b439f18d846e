package org.tandem.meeting;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.tandem.meeting.MeetingFixtures.action;
import static org.tandem.meeting.MeetingFixtures.agendaItem;
import static org.tandem.meeting.MeetingFixtures.attend;
import static org.tandem.meeting.MeetingFixtures.meeting;
import static org.tandem.meeting.MeetingFixtures.meetingBody;
import static org.tandem.meeting.MeetingFixtures.sharedPartnership;
import static org.tandem.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.support.Fixtures;
import org.tandem.support.TestOrganisation;

/** Seed 004: "If we use Chatham House rules the notes should not have individual's comments in". */
@QuarkusTest
class ChathamHouseRedactionTest {
    private static final String SUMMARY = "Anne Hooper opened the meeting. Julie agreed to feed back; the annex stays.";
    private static final String NOTES = "anne said the stroke co-production must be open to all, and Annette agreed.";
    private static final String DECISION = "Julie Clayton to feed back to the main WTG on 14 September.";

    @Test
    void readersWhoDoNotTakeTheNotesNeverSeeCommentsAttributed() {
        TestOrganisation owner = TestOrganisation.create();
        TestOrganisation participant = TestOrganisation.create();
        String meeting = chathamHouseMeeting(owner, sharedPartnership(owner, participant), true);
        String path = "/api/v1/meetings/" + meeting;

        for (String token : List.of(owner.member(), owner.analyst(), participant.staff(), participant.partner())) {
            as(token).get(path).then().statusCode(200)
                    .body("summary", equalTo("A participant opened the meeting. A participant agreed to feed back; the annex stays."))
                    .body("agendaItems[0].presenter", nullValue())
                    .body("agendaItems[0].notes", equalTo(
                            "A participant said the stroke co-production must be open to all, and Annette agreed."))
                    .body("agendaItems[0].decisions[0].text", equalTo("A participant to feed back to the main WTG on 14 September."));
            String item = as(token).get(path + "/agenda-items").then().statusCode(200)
                    .body("items[0].presenter", nullValue()).extract().path("items[0].id");
            as(token).get(path + "/agenda-items/" + item).then().statusCode(200)
                    .body("notes", equalTo("A participant said the stroke co-production must be open to all, and Annette agreed."));
        }
    }

    @Test
    void theNoteTakersSeeTheirNotesAsWrittenAndOtherMeetingsAreNotRedacted() {
        TestOrganisation owner = TestOrganisation.create();
        String partnership = Fixtures.partnership(owner, "How We Work Together Group");
        for (String token : List.of(owner.staff(), owner.admin())) {
            as(token).get("/api/v1/meetings/" + chathamHouseMeeting(owner, partnership, true)).then().statusCode(200)
                    .body("summary", equalTo(SUMMARY)).body("agendaItems[0].presenter", equalTo("Anne Hooper"))
                    .body("agendaItems[0].notes", equalTo(NOTES));
        }
        String open = "/api/v1/meetings/" + chathamHouseMeeting(owner, partnership, false);
        as(owner.member()).get(open).then().statusCode(200)
                .body("summary", equalTo(SUMMARY)).body("agendaItems[0].presenter", equalTo("Anne Hooper"))
                .body("agendaItems[0].decisions[0].text", equalTo(DECISION));
    }

    @Test
    void readersWhoMayNotSeePersonalDataGetTheNamelessWordingOnEveryMeeting() {
        TestOrganisation owner = TestOrganisation.create();
        String open = "/api/v1/meetings/" + chathamHouseMeeting(owner, Fixtures.partnership(owner, "HWWTG"), false);
        for (String token : List.of(owner.analyst(), owner.partner())) {
            as(token).get(open).then().statusCode(200)
                    .body("summary", equalTo("A participant opened the meeting. A participant agreed to feed back; the annex stays."))
                    .body("agendaItems[0].presenter", nullValue())
                    .body("agendaItems[0].decisions[0].text", equalTo("A participant to feed back to the main WTG on 14 September."));
        }
    }

    /** Seed 004's meeting: Anne attends, Julie owns an action; the summary, notes and decision name them. */
    static String chathamHouseMeeting(TestOrganisation owner, String partnership, boolean chathamHouse) {
        Map<String, Object> body = meetingBody(partnership);
        body.putAll(Map.of("title", "How We Work Together Group", "chathamHouse", chathamHouse, "summary", SUMMARY,
                "format", "IN_PERSON", "venue", "Healthwatch Office"));
        body.remove("onlineLink");
        String meeting = meeting(owner, body);
        attend(owner, meeting, Fixtures.person(owner, "Anne Hooper"), null);
        action(owner, meeting, Map.of("description", "Feed back to the main WTG",
                "ownerPersonId", Fixtures.person(owner, "Julie Clayton")));
        agendaItem(owner, meeting, Map.of("kind", "ITEM", "title", "What is a member?", "presenter", "Anne Hooper",
                "notes", NOTES, "decisions", List.of(Map.of("text", DECISION))));
        return meeting;
    }
}
