package org.tandem.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.tandem.support.Inbox;

/** Mail through a real SMTP server (GreenMail), read back as the recipient gets it. */
@QuarkusTest
class MailSenderTest {
    @Inject
    MailSender sender;

    @Test
    void aMailArrivesAsTextAndHtmlWithItsUnsubscribeHeadersAndItsCalendarInvitation() throws Exception {
        String address = Inbox.address("invitation");
        OutgoingMail plain = MailFixtures.mail(address, "Invitation: Lewisham board, Tuesday 9 December at 6pm");
        UUID id = MailFixtures.enqueue(new OutgoingMail(address, "Amara \"The Chair\" Okafor", "meeting-invitation",
                plain.subject(), plain.content(),
                List.of(new MailAttachment("invitation.ics", "text/calendar; charset=UTF-8; method=REQUEST",
                        MailFixtures.ICS.getBytes(StandardCharsets.UTF_8))),
                "https://tandem.example.org/unsubscribe/abc123", plain.dedupKey()));

        Inbox.Received mail = Inbox.one(address);
        assertEquals(plain.subject(), mail.subject());
        assertEquals(1, mail.to().size());
        assertTrue(mail.to().get(0).contains("Amara The Chair Okafor"), mail.to().toString());
        assertTrue(mail.to().get(0).contains("<" + address + ">"), mail.to().toString());
        assertTrue(mail.from().contains("tandem@localhost"), mail.from());
        assertTrue(mail.text().contains("The board meets on Tuesday 9 December at 6pm."), mail.text());
        assertTrue(mail.text().contains("See the meeting: https://tandem.example.org/meetings/1"), mail.text());
        assertTrue(mail.html().contains("<html lang=\"en\">"), mail.html());
        assertTrue(mail.html().contains("<a href=\"https://tandem.example.org/meetings/1\">See the meeting</a>"), mail.html());
        assertTrue(mail.header("Content-Type").startsWith("multipart/mixed"), mail.header("Content-Type"));
        assertEquals("<https://tandem.example.org/unsubscribe/abc123>", mail.header("List-Unsubscribe"));
        assertEquals("List-Unsubscribe=One-Click", mail.header("List-Unsubscribe-Post"));
        assertEquals("<" + id + "@tandem>", mail.header("Message-ID"));
        assertEquals(1, mail.attachments().size());
        Inbox.Attachment invitation = mail.attachments().get(0);
        assertEquals("invitation.ics", invitation.filename());
        assertTrue(invitation.contentType().toLowerCase().startsWith("text/calendar"), invitation.contentType());
        assertTrue(invitation.contentType().toLowerCase().contains("method=request"), invitation.contentType());
        assertTrue(invitation.text().contains("SUMMARY:Board meeting"), invitation.text());

        Map<String, Object> row = MailFixtures.row(id);
        assertEquals("SENT", row.get("status"));
        assertEquals(1, row.get("attempts"));
        assertNotNull(row.get("sent_at"));
        assertNull(row.get("leased_until"));
    }

    @Test
    void aMailWithoutAnUnsubscribeLinkHasNoUnsubscribeHeaders() {
        String address = Inbox.address("plain");
        MailFixtures.enqueue(MailFixtures.mail(address, "No list"));
        Inbox.Received mail = Inbox.one(address);
        assertNull(mail.header("List-Unsubscribe"));
        assertNull(mail.header("List-Unsubscribe-Post"));
        assertEquals(List.of(), mail.attachments());
    }

    @Test
    void twoSendersAtOnceSendEachMailOnce() throws Exception {
        String address = Inbox.address("concurrent");
        Set<String> subjects = new TreeSet<>();
        for (int i = 0; i < 12; i++) {
            subjects.add("Mail " + i);
            MailFixtures.enqueue(MailFixtures.mail(address, "Mail " + i));
        }
        ExecutorService senders = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> send = sender::sendDue;
            List<Future<Integer>> runs = new ArrayList<>(senders.invokeAll(List.of(send, send)));
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            senders.shutdown();
        }
        Inbox.await(address);
        List<Inbox.Received> received = Inbox.settled(address);
        assertEquals(12, received.size(), "each mail once");
        assertEquals(subjects, new TreeSet<>(received.stream().map(Inbox.Received::subject).toList()));
    }
}
