package org.tandem.mail;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.tandem.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.common.events.OutboxDispatcher;
import org.tandem.support.Inbox;
import org.tandem.support.TestOrganisation;

/** Anonymising a person erases them from the mail sent to them, and what was still to be sent is not sent. */
@QuarkusTest
class MailErasureTest {
    @Inject
    OutboxDispatcher dispatcher;

    @Test
    void anonymisingAPersonErasesTheirMail() throws Exception {
        TestOrganisation organisation = TestOrganisation.create();
        String address = Inbox.address("erased");
        String bystander = Inbox.address("bystander");
        String person = as(organisation.staff()).body(Map.of("displayName", "Amara Okafor", "email", address))
                .post("/api/v1/people").then().statusCode(201).extract().path("id");
        as(organisation.staff()).body(Map.of("displayName", "Sam Mensah", "email", bystander)).post("/api/v1/people")
                .then().statusCode(201);
        OutgoingMail template = MailFixtures.mail(address, "Your claim, Amara");
        UUID sent = MailFixtures.enqueue(new OutgoingMail(address, "Amara Okafor", "claim-paid", template.subject(),
                template.content(), List.of(new MailAttachment("claim.txt", "text/plain", "Amara's claim".getBytes(StandardCharsets.UTF_8))),
                "https://tandem.example.org/unsubscribe/1", template.dedupKey()));
        Inbox.one(address);
        UUID waiting = MailFixtures.enqueue(MailFixtures.mail(address, "Still to go, Amara"));
        UUID other = MailFixtures.enqueue(MailFixtures.mail(bystander, "Not erased"));

        as(organisation.staff()).header("If-Match", "\"0\"").post("/api/v1/people/" + person + "/anonymise")
                .then().statusCode(200);
        while (dispatcher.dispatchBatch(100) > 0) {
            // until the anonymisation's event is handled
        }

        for (UUID id : List.of(sent, waiting)) {
            Map<String, Object> row = MailFixtures.row(id);
            assertEquals(MailErasure.ERASED, row.get("to_address"));
            assertEquals(MailErasure.ERASED, row.get("subject"));
            assertNull(row.get("to_name"));
            assertNull(row.get("body_text"));
            assertNull(row.get("body_html"));
            assertNull(row.get("unsubscribe_url"));
        }
        assertEquals("SENT", MailFixtures.row(sent).get("status"));
        assertEquals("FAILED", MailFixtures.row(waiting).get("status"));
        assertEquals("Not erased", MailFixtures.row(other).get("subject"));
        as(organisation.admin()).get("/api/v1/mail-messages/" + sent).then().statusCode(200)
                .body("toAddress", equalTo(MailErasure.ERASED)).body("toName", nullValue());

        Inbox.sendDue();
        assertEquals(1, Inbox.settled(address).size(), "the waiting mail was not sent");
        assertEquals(1, Inbox.settled(bystander).size());
    }
}
