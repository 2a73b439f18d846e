package org.tandem.meeting;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
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
import org.tandem.support.TestOrganisation;

@QuarkusTest
class DocumentResourceTest {

    @Test
    void titledLinksAreAddedInOrderAndRemoved() {
        TestOrganisation owner = TestOrganisation.create();
        String meeting = meeting(owner);
        String documents = "/api/v1/meetings/" + meeting + "/documents";
        String review = as(owner.staff()).body(Map.of("title", "Year One Review: second draft",
                        "url", "https://www.selondonics.org/lpp-year-one-review.pdf"))
                .post(documents)
                .then().statusCode(201).header("Location", containsString(documents + "/"))
                .body("kind", equalTo("PAPER")).body("position", equalTo(1))
                .extract().path("id");
        String slides = as(owner.staff()).body(Map.of("title", "Primary care slides", "kind", "SLIDES",
                        "url", "https://example.org/slides"))
                .post(documents).then().statusCode(201).body("position", equalTo(2)).extract().path("id");

        as(owner.analyst()).get(documents).then().statusCode(200)
                .body("id", equalTo(List.of(review, slides))).body("kind", equalTo(List.of("PAPER", "SLIDES")));
        as(owner.member()).get(documents + "/" + slides).then().statusCode(200).body("title", equalTo("Primary care slides"));
        as(owner.member()).get("/api/v1/meetings/" + meeting).then().body("documents.id", equalTo(List.of(review, slides)));

        as(owner.staff()).delete(documents + "/" + review).then().statusCode(204);
        as(owner.member()).get(documents).then().body("id", equalTo(List.of(slides))).body("position", equalTo(List.of(1)));
        as(owner.staff()).delete(documents + "/" + review).then().statusCode(404);
    }

    @Test
    void addingAndRemovingADocumentAreEachOneEntryInTheMeetingsTrail() {
        TestOrganisation owner = TestOrganisation.create();
        String meeting = meeting(owner);
        String documents = "/api/v1/meetings/" + meeting + "/documents";
        String slides = as(owner.staff()).body(Map.of("title", "Slides", "kind", "SLIDES", "url", "https://example.org/slides"))
                .post(documents).then().statusCode(201).extract().path("id");
        Trail.of(owner, "meeting-document", slides).body("totalItems", equalTo(1))
                .body("items[0].action", equalTo("created")).body("items[0].parentId", equalTo(meeting))
                .body("items[0].changes.field", equalTo(List.of("kind", "meetingId", "shownPublicly", "title", "url")));
        as(owner.staff()).body(Map.of("title", " ", "url", "https://example.org/x")).post(documents).then().statusCode(400);
        as(owner.finance()).delete(documents + "/" + slides).then().statusCode(403);
        assertEquals(1, Trail.count(owner, "meeting-document", slides));

        as(owner.staff()).delete(documents + "/" + slides).then().statusCode(204);
        Trail.latest(owner, "meeting-document", slides, 1).body("items[0].action", equalTo("deleted"))
                .body("items[0].changes.field", hasItem("url"));
        Trail.of(owner, "meeting", meeting).body("items.action", equalTo(List.of("deleted", "created", "created")));
    }

    @Test
    void validationNamesEachField() {
        TestOrganisation owner = TestOrganisation.create();
        String documents = "/api/v1/meetings/" + meeting(owner) + "/documents";
        as(owner.staff()).body(Map.of("title", " ", "url", "javascript:alert(1)")).post(documents)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("title", "url")));
        as(owner.staff()).body(Map.of("title", "Minutes", "url", "https://example.org/m", "kind", "SCROLL"))
                .post(documents).then().statusCode(400).body("errors[0].field", equalTo("kind"));
    }

    @Test
    void onlyStaffOfTheOwnerChangeDocuments() {
        TestOrganisation owner = TestOrganisation.create();
        TestOrganisation participant = TestOrganisation.create();
        String documents = "/api/v1/meetings/" + meeting(owner, meetingBody(sharedPartnership(owner, participant)))
                + "/documents";
        Map<String, String> body = Map.of("title", "Minutes", "kind", "MINUTES", "url", "https://example.org/minutes");

        as(participant.partner()).get(documents).then().statusCode(200);
        as(participant.staff()).body(body).post(documents).then().statusCode(403);
        as(owner.finance()).body(body).post(documents).then().statusCode(403);
        as(TestOrganisation.create().admin()).get(documents).then().statusCode(404);
        anonymous().get(documents).then().statusCode(401);
    }
}
