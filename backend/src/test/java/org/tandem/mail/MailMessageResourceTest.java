package org.tandem.mail;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.tandem.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.support.Inbox;
import org.tandem.support.TestOrganisation;

/** An organisation's admins see the mail sent to its people, and retry what failed; nobody else sees it. */
@QuarkusTest
class MailMessageResourceTest {
    private TestOrganisation organisation;
    private TestOrganisation other;
    private String address;

    @BeforeEach
    void aPersonWithAnAddress() {
        organisation = TestOrganisation.create();
        other = TestOrganisation.create();
        address = Inbox.address("resident");
        as(organisation.staff()).body(Map.of("displayName", "Amara Okafor", "email", address)).post("/api/v1/people")
                .then().statusCode(201);
    }

    @Test
    void adminsListAndReadTheMailSentToTheirPeople() {
        UUID id = MailFixtures.enqueue(MailFixtures.mail(address, "Invitation: Lewisham board"));
        Inbox.one(address);

        as(organisation.admin()).get("/api/v1/mail-messages?status=SENT").then().statusCode(200)
                .body("items.id", hasItem(id.toString()));
        as(organisation.admin()).get("/api/v1/mail-messages?status=FAILED").then().statusCode(200)
                .body("items.id", not(hasItem(id.toString())));
        as(organisation.admin()).get("/api/v1/mail-messages/" + id).then().statusCode(200)
                .header("ETag", notNullValue())
                .body("toAddress", equalTo(address)).body("toName", equalTo("Amara Okafor"))
                .body("kind", equalTo("test-mail")).body("subject", equalTo("Invitation: Lewisham board"))
                .body("status", equalTo("SENT")).body("attempts", equalTo(1)).body("lastError", nullValue())
                .body("sentAt", notNullValue()).body("body", nullValue());
    }

    @Test
    void anotherOrganisationAndOtherRolesSeeNone() {
        UUID id = MailFixtures.enqueue(MailFixtures.mail(address, "Not theirs"));
        as(other.admin()).get("/api/v1/mail-messages/" + id).then().statusCode(404);
        as(other.admin()).get("/api/v1/mail-messages").then().statusCode(200).body("items.id", everyItem(not(equalTo(id.toString()))));
        as(other.admin()).header("If-Match", "*").post("/api/v1/mail-messages/" + id + "/retry").then().statusCode(404);
        for (String role : new String[] {"staff", "finance", "analyst", "partner", "member"}) {
            as(organisation.token(role)).get("/api/v1/mail-messages").then().statusCode(403);
            as(organisation.token(role)).get("/api/v1/mail-messages/" + id).then().statusCode(403);
        }
        Inbox.one(address);
    }

    @Test
    void aFailedMailIsRetriedAndArrives() throws Exception {
        UUID id = MailFixtures.enqueue(MailFixtures.mail(address, "Second time lucky"));
        MailFixtures.update("UPDATE mail_message SET status = 'FAILED', attempts = 6, last_error = 'SMTP 421: try later', "
                + "next_attempt_at = NULL WHERE id = ?", id);
        String path = "/api/v1/mail-messages/" + id;
        as(organisation.admin()).post(path + "/retry").then().statusCode(400).body("errors[0].field", equalTo("version"));
        as(organisation.admin()).header("If-Match", "\"7\"").post(path + "/retry").then().statusCode(412);
        int version = as(organisation.admin()).get(path).then().statusCode(200).body("status", equalTo("FAILED"))
                .body("lastError", equalTo("SMTP 421: try later")).extract().path("version");

        as(organisation.admin()).header("If-Match", "\"" + version + "\"").post(path + "/retry").then().statusCode(200)
                .header("ETag", "\"" + (version + 1) + "\"")
                .body("status", equalTo("QUEUED")).body("attempts", equalTo(0)).body("nextAttemptAt", notNullValue());
        as(organisation.admin()).header("If-Match", "*").post(path + "/retry").then().statusCode(409);

        Inbox.Received mail = Inbox.one(address);
        org.junit.jupiter.api.Assertions.assertEquals("Second time lucky", mail.subject());
        as(organisation.admin()).get(path).then().statusCode(200).body("status", equalTo("SENT")).body("lastError", nullValue());
        as(organisation.admin()).get("/api/v1/audit?entityType=mail-message&entityId=" + id).then().statusCode(200)
                .body("items.action", equalTo(java.util.List.of("retried")));
    }
}
