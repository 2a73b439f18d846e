package org.tandem.notification;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.support.Api.as;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.claim.ClaimFixtures;
import org.tandem.common.events.DomainEvent;
import org.tandem.common.events.OutboxDispatcher;
import org.tandem.common.persistence.SqlValues;
import org.tandem.common.web.LondonTime;
import org.tandem.support.Fixtures;
import org.tandem.support.TestOrganisation;

/** The notification centre and preferences of a member whose sign-in is linked to a person (who gets no mail here). */
@QuarkusTest
class NotificationCentreTest {
    private static final String NOTIFICATIONS = "/api/v1/notifications";
    private static final String PREFERENCES = "/api/v1/notification-preferences";

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    NotificationFanOut fanOut;

    @Inject
    Reminders reminders;

    private TestOrganisation org;

    @BeforeEach
    void newOrganisation() {
        org = TestOrganisation.create();
    }

    @Test
    void anActionGivenToAMemberReachesTheirCentreOnceAndIsMarkedRead() {
        String person = Fixtures.person(org, "Sam Wilson");
        String member = org.member();
        ClaimFixtures.link(org, person, member);
        String partnership = Fixtures.partnership(org, "Notified Partnership");
        String meeting = ClaimFixtures.meeting(org, partnership, Instant.now().plus(10, ChronoUnit.DAYS).toString());
        as(org.staff()).body(Map.of("description", "Share what the meeting heard with the youth forum", "ownerPersonId", person,
                "dueOn", "2030-01-31")).post("/api/v1/meetings/" + meeting + "/actions").then().statusCode(201);
        dispatchAll();
        dispatchAll();

        as(member).get(NOTIFICATIONS).then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].kind", equalTo("action-assigned"))
                .body("items[0].kindLabel", equalTo("Actions given to you"))
                .body("items[0].title", startsWith("Action for you: Share what the meeting heard"))
                .body("items[0].body", containsString("due by Thursday 31 January 2030"))
                .body("items[0].link", equalTo("/my/actions"))
                .body("items[0].partnershipName", equalTo("Notified Partnership"))
                .body("items[0].readAt", equalTo(null));
        as(member).get(NOTIFICATIONS + "/unread-count").then().statusCode(200).body("count", equalTo(1));
        String id = as(member).get(NOTIFICATIONS).then().extract().path("items[0].id");

        as(org.staff()).post(NOTIFICATIONS + "/" + id + "/read").then().statusCode(404);
        as(member).post(NOTIFICATIONS + "/" + id + "/read").then().statusCode(204);
        as(member).post(NOTIFICATIONS + "/" + id + "/read").then().statusCode(204);
        as(member).get(NOTIFICATIONS + "/unread-count").then().body("count", equalTo(0));
        as(member).queryParam("unread", true).get(NOTIFICATIONS).then().body("totalItems", equalTo(0));
        as(member).get(NOTIFICATIONS).then().body("items[0].readAt", notNullValue());
    }

    @Test
    void anActionIsRemindedOnceTwoDaysBeforeItIsDueAndAgainIfItsDateMoves() {
        String person = Fixtures.person(org, "Reminded Person");
        String member = linked(person);
        String partnership = Fixtures.partnership(org, "Reminding Partnership");
        String meeting = ClaimFixtures.meeting(org, partnership, Instant.now().plus(3, ChronoUnit.DAYS).toString());
        LocalDate today = LondonTime.today();
        String action = as(org.staff()).body(Map.of("description", "Book the room for the listening event", "ownerPersonId", person,
                "dueOn", today.plusDays(5).toString())).post("/api/v1/meetings/" + meeting + "/actions")
                .then().statusCode(201).extract().path("id");
        dispatchAll();

        reminders.remind(today);
        as(member).queryParam("unread", true).get(NOTIFICATIONS).then().body("items.kind", not(hasItem("action-due")));
        reminders.remind(today.plusDays(3));
        reminders.remind(today.plusDays(4));
        as(member).get(NOTIFICATIONS).then()
                .body("items.findAll { it.kind == 'action-due' }.size()", equalTo(1))
                .body("items.find { it.kind == 'action-due' }.title", startsWith("Due " + Wording.day(today.plusDays(5))));

        as(org.staff()).body(Map.of("description", "Book the room for the listening event", "ownerPersonId", person,
                "dueOn", today.plusDays(7).toString(), "version", 0)).put("/api/v1/actions/" + action).then().statusCode(200);
        reminders.remind(today.plusDays(6));
        as(member).get(NOTIFICATIONS).then().body("items.findAll { it.kind == 'action-due' }.size()", equalTo(2));
    }

    @Test
    void aPartnershipsMembersAreInvitedToItsMeetingsAndOnlyThey() {
        String member = Fixtures.person(org, "Member Of This One");
        String other = Fixtures.person(org, "Member Of Another");
        String formerMember = Fixtures.person(org, "Left Last Year");
        String partnership = Fixtures.partnership(org, "Invited Partnership");
        String another = Fixtures.partnership(org, "Another Partnership");
        join(partnership, member, null);
        join(another, other, null);
        join(partnership, formerMember, "2020-12-31");
        String memberToken = linked(member);
        String otherToken = linked(other);
        String formerToken = linked(formerMember);

        ClaimFixtures.meeting(org, partnership, "2031-03-12T10:00:00Z");
        dispatchAll();

        as(memberToken).get(NOTIFICATIONS).then().body("items.kind", hasItem("meeting-invitation"))
                .body("items.find { it.kind == 'meeting-invitation' }.title",
                        equalTo("Invitation: Lewisham People's Partnership (test), Wednesday 12 March 2031 at 10:00am"));
        as(otherToken).get(NOTIFICATIONS).then().body("totalItems", equalTo(0));
        as(formerToken).get(NOTIFICATIONS).then().body("totalItems", equalTo(0));
    }

    @Test
    void theSameEventSeenTwiceNotifiesOnce() {
        String person = Fixtures.person(org, "Once Only");
        String partnership = Fixtures.partnership(org, "Once Partnership");
        join(partnership, person, null);
        String token = linked(person);
        ClaimFixtures.meeting(org, partnership, "2031-04-02T09:30:00Z");
        dispatchAll();
        // The meeting's event again, as a second instance or a retried batch would offer it: nothing new is recorded.
        QuarkusTransaction.requiringNew().run(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = Notification.getEntityManager().createNativeQuery("SELECT seq, id, type, entity_type, entity_id, "
                            + "organisation_id, partnership_id, board_id, occurred_at, request_id, audit_entry_id, payload::text "
                            + "FROM outbox_event WHERE entity_type = 'meeting' AND partnership_id = :p")
                    .setParameter("p", UUID.fromString(partnership)).getResultList();
            assertEquals(1, rows.size());
            rows.stream().map(NotificationCentreTest::event).forEach(fanOut::consume);
        });
        as(token).get(NOTIFICATIONS).then().body("totalItems", equalTo(1));
    }

    @Test
    void preferencesAreChosenPerKindWithTheirVersion() {
        String person = Fixtures.person(org, "Chooses Things");
        String token = linked(person);
        as(token).get(PREFERENCES).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("version", equalTo(0))
                .body("canEmail", equalTo(false))
                .body("kinds.find { it.kind == 'meeting-papers' }.delivery", equalTo("DIGEST"))
                .body("kinds.find { it.kind == 'meeting-invitation' }.delivery", equalTo("IMMEDIATE"));

        as(token).header("If-Match", "\"0\"").body(Map.of("kinds", List.of(Map.of("kind", "meeting-papers", "delivery", "NONE"))))
                .put(PREFERENCES).then().statusCode(200)
                .body("kinds.find { it.kind == 'meeting-papers' }.delivery", equalTo("NONE"))
                .body("kinds.find { it.kind == 'meeting-notes' }.delivery", equalTo("DIGEST"));
        as(token).body(Map.of("version", 0, "kinds", List.of(Map.of("kind", "meeting-notes", "delivery", "NONE"))))
                .put(PREFERENCES).then().statusCode(409).body("type", containsString("version-conflict"));
        as(token).body(Map.of("version", 0, "kinds", List.of(Map.of("kind", "horoscopes", "delivery", "NONE"))))
                .put(PREFERENCES).then().statusCode(400).body("errors[0].field", equalTo("kinds[0].kind"));
        as(token).get(PREFERENCES).then().body("kinds.find { it.kind == 'meeting-papers' }.delivery", equalTo("NONE"))
                .body("kinds.find { it.kind == 'meeting-notes' }.delivery", equalTo("DIGEST"));
        as(org.staff()).get(PREFERENCES).then().statusCode(409).body("detail", containsString("not linked to a person"));
    }

    @Test
    void anUnsubscribeLinkAsksFirstThenUnsubscribesWithOneClick() {
        String address = "unsubscribe-" + UUID.randomUUID() + "@example.org";
        String url = Arc.container().instance(UnsubscribeLinks.class).get()
                .url(Recipient.address(address), "meeting-papers");
        String path = url.substring(url.indexOf("/api/v1/"));
        RestAssured.given().get(path).then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("Unsubscribe from \"Meeting papers\" emails from Tandem?"));
        RestAssured.given().contentType("application/x-www-form-urlencoded").formParam("List-Unsubscribe", "One-Click")
                .post(path).then().statusCode(200).body(containsString("You are unsubscribed"));
        RestAssured.given().contentType("application/x-www-form-urlencoded").formParam("List-Unsubscribe", "One-Click")
                .post(path).then().statusCode(200);
        RestAssured.given().get(path.substring(0, path.length() - 3) + "abc").then().statusCode(404)
                .contentType(containsString("application/problem+json"));
        boolean suppressed = QuarkusTransaction.requiringNew().call(() -> Arc.container()
                .instance(Suppressions.class).get().suppressed("email:" + address, "meeting-papers"));
        assertTrue(suppressed);
    }

    private void join(String partnership, String person, String endedOn) {
        Map<String, Object> body = new HashMap<>(Map.of("personId", person, "role", "MEMBER"));
        if (endedOn != null) {
            body.put("startedOn", "2019-01-01");
            body.put("endedOn", endedOn);
        }
        as(org.staff()).body(body).post("/api/v1/partnerships/" + partnership + "/members").then().statusCode(201);
    }

    private String linked(String person) {
        String token = org.member();
        ClaimFixtures.link(org, person, token);
        return token;
    }

    private void dispatchAll() {
        while (dispatcher.dispatchBatch(500) > 0) {
            // every waiting event, from this test and any other
        }
    }

    private static DomainEvent event(Object[] row) {
        try {
            return new DomainEvent(((Number) row[0]).longValue(), (UUID) row[1], (String) row[2],
                    (String) row[3], (UUID) row[4], (UUID) row[5], (UUID) row[6],
                    (UUID) row[7], SqlValues.instant(row[8]), (String) row[9],
                    ((Number) row[10]).longValue(), new ObjectMapper().readTree((String) row[11]));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
