package org.tandem.notification;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.claim.ClaimFixtures;
import org.tandem.common.events.OutboxDispatcher;
import org.tandem.common.web.LondonTime;
import org.tandem.support.Fixtures;
import org.tandem.support.Inbox;
import org.tandem.support.TestOrganisation;

/** Notifications as mail reaches people through the real SMTP server: to whom, with what links and attachments, how often. */
@QuarkusTest
class NotificationMailTest {
    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    Digests digests;

    private TestOrganisation org;

    @BeforeEach
    void newOrganisation() {
        org = TestOrganisation.create();
    }

    @Test
    void membersWhoConsentedAreInvitedWithACalendarFileAndToldOfTheCancellation() {
        String address = Inbox.address("invited");
        String silentAddress = Inbox.address("no-consent");
        String otherAddress = Inbox.address("other-partnership");
        String partnership = Fixtures.partnership(org, "Mailed Partnership");
        String another = Fixtures.partnership(org, "Not Theirs");
        String invited = person("Asha Invited", address, true);
        String silent = person("Quiet Member", silentAddress, false);
        join(partnership, invited);
        join(partnership, silent);
        join(another, person("Other Member", otherAddress, true));
        String silentToken = linked(silent);

        String meeting = ClaimFixtures.meeting(org, partnership, "2031-05-14T09:00:00Z");
        dispatchAll();
        Inbox.Received invitation = Inbox.one(address);
        assertEquals("Invitation: Lewisham People's Partnership (test), Wednesday 14 May 2031 at 10:00am", invitation.subject());
        assertTrue(invitation.to().stream().anyMatch(to -> to.contains(address)), invitation.to().toString());
        assertTrue(invitation.text().contains("Hello Asha Invited,"), invitation.text());
        assertTrue(invitation.text().contains("http://localhost:5173/meetings/" + meeting), invitation.text());
        assertTrue(invitation.html().contains("href=\"http://localhost:5173/meetings/" + meeting + "\""), invitation.html());
        assertTrue(invitation.header("List-Unsubscribe").contains("/api/v1/public/unsubscribe/"), invitation.header("List-Unsubscribe"));
        assertEquals("List-Unsubscribe=One-Click", invitation.header("List-Unsubscribe-Post"));
        Inbox.Attachment ics = invitation.attachments().get(0);
        assertTrue(ics.contentType().toLowerCase().contains("method=request"), ics.contentType());
        String calendar = ics.text().replace("\r\n ", "");
        assertTrue(calendar.contains("METHOD:REQUEST") && calendar.contains("UID:" + meeting + "@tandem"), calendar);
        assertTrue(calendar.toLowerCase().contains("mailto:" + address), calendar);

        assertTrue(Inbox.settled(silentAddress).isEmpty(), "no consent, no mail");
        as(silentToken).get("/api/v1/notifications").then().body("items[0].kind", equalTo("meeting-invitation"));
        assertTrue(Inbox.settled(otherAddress).isEmpty(), "another partnership's meeting");

        long version = ((Number) as(org.staff()).get("/api/v1/meetings/" + meeting).then().extract().path("version")).longValue();
        as(org.staff()).body(Map.of("reason", "The venue flooded", "version", version)).post("/api/v1/meetings/" + meeting + "/cancel")
                .then().statusCode(200);
        dispatchAll();
        List<Inbox.Received> mails = Inbox.settled(address);
        assertEquals(2, mails.size());
        Inbox.Received cancellation = mails.stream().filter(m -> m.subject().startsWith("Cancelled: ")).findFirst().orElseThrow();
        assertTrue(cancellation.text().contains("The venue flooded"), cancellation.text());
        String cancelled = cancellation.attachments().get(0).text().replace("\r\n ", "");
        assertTrue(cancelled.contains("METHOD:CANCEL") && cancelled.contains("UID:" + meeting + "@tandem"), cancelled);
    }

    @Test
    void theDigestHoldsEachEventOnceAndTwoInstancesSendItOnce() throws Exception {
        String address = Inbox.address("digest");
        String partnership = Fixtures.partnership(org, "Digest Partnership");
        String person = person("Dee Gest", address, true);
        join(partnership, person);
        String meeting = ClaimFixtures.meeting(org, partnership, "2031-06-11T09:00:00Z");
        for (String title : List.of("Agenda pack", "Draft winter plan")) {
            as(org.staff()).body(Map.of("title", title, "url", "https://docs.example.org/" + title.replace(' ', '-')))
                    .post("/api/v1/meetings/" + meeting + "/documents").then().statusCode(201);
        }
        dispatchAll();
        Instant evening = LondonTime.startOf(LondonTime.today()).plus(Duration.ofHours(23));
        var first = CompletableFuture.supplyAsync(() -> digests.send(evening));
        var second = CompletableFuture.supplyAsync(() -> digests.send(evening));
        first.get();
        second.get();
        assertEquals(0, digests.send(evening), "today's digests are sent");

        List<Inbox.Received> mails = Inbox.settled(address).stream().filter(m -> m.subject().startsWith("Your Tandem digest")).toList();
        assertEquals(1, mails.size(), "one digest, however many instances");
        String text = mails.get(0).text();
        assertTrue(mails.get(0).subject().endsWith("(2 items)"), mails.get(0).subject());
        assertEquals(1, occurrences(text, "Agenda pack\" has been added"), text);
        assertEquals(1, occurrences(text, "Draft winter plan\" has been added"), text);
        assertTrue(text.contains("Digest Partnership"), text);
    }

    @Test
    void peopleWhoGaveFeedbackWithConsentHearWhatWasDoneAndWhyNot() {
        String email = Inbox.address("resident");
        String unconsentedAddress = Inbox.address("resident-no-consent");
        String partnership = Fixtures.partnership(org, "You Said Partnership");
        Map<String, Object> withEmail = feedback(partnership, "The clinic letters are hard to read");
        withEmail.put("contributorEmail", email);
        withEmail.put("contributorConsent", true);
        String fromResident = as(org.staff()).body(withEmail).post("/api/v1/feedback").then().statusCode(201).extract().path("id");
        Map<String, Object> fromPerson = feedback(partnership, "Nobody told us the times changed");
        fromPerson.put("contributorPersonId", person("Not Contactable", unconsentedAddress, false));
        String fromSilent = as(org.staff()).body(fromPerson).post("/api/v1/feedback").then().statusCode(201).extract().path("id");

        String outcome = as(org.staff()).body(Map.of("partnershipId", partnership, "youSaid", "Letters are confusing",
                        "weDid", "We rewrote the letters with residents", "feedbackIds", List.of(fromResident, fromSilent),
                        "published", true))
                .post("/api/v1/outcomes").then().statusCode(201).extract().path("id");
        dispatchAll();
        Inbox.Received update = Inbox.one(email);
        assertTrue(update.subject().startsWith("You said, we did"), update.subject());
        assertTrue(update.text().contains("We rewrote the letters with residents"), update.text());
        assertTrue(update.text().contains("http://localhost:5173/public/partnerships/" + partnership + "#outcome-" + outcome), update.text());
        assertTrue(Inbox.settled(unconsentedAddress).isEmpty(), "no consent, no message");

        as(org.staff()).header("If-Match", "\"0\"").body(Map.of("status", "NOT_POSSIBLE", "reason", "The print contract ended"))
                .post("/api/v1/outcomes/" + outcome + "/status").then().statusCode(200);
        dispatchAll();
        List<Inbox.Received> mails = Inbox.settled(email);
        assertEquals(2, mails.size());
        assertTrue(mails.stream().anyMatch(m -> m.text().contains("It cannot be done.") && m.text().contains("The print contract ended")),
                mails.toString());
    }

    private String person(String name, String email, boolean consent) {
        return as(org.staff()).body(Map.of("displayName", name, "email", email, "consentToContact", consent))
                .post("/api/v1/people").then().statusCode(201).extract().path("id");
    }

    private void join(String partnership, String person) {
        as(org.staff()).body(Map.of("personId", person, "role", "MEMBER"))
                .post("/api/v1/partnerships/" + partnership + "/members").then().statusCode(201);
    }

    private String linked(String person) {
        String token = org.member();
        ClaimFixtures.link(org, person, token);
        return token;
    }

    private static Map<String, Object> feedback(String partnership, String text) {
        Map<String, Object> item = new HashMap<>();
        item.put("partnershipId", partnership);
        item.put("text", text);
        item.put("receivedOn", "2026-11-20");
        return item;
    }

    private void dispatchAll() {
        while (dispatcher.dispatchBatch(500) > 0) {
            // every waiting event, from this test and any other
        }
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
