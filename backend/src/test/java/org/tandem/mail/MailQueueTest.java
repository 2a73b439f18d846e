package org.tandem.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.support.Inbox;

@QuarkusTest
class MailQueueTest {
    @Inject
    MailQueue queue;

    @Test
    void theSameDedupKeyTwiceQueuesOneMail() throws Exception {
        String address = Inbox.address("dedup");
        OutgoingMail mail = MailFixtures.mail(address, "Once only");
        UUID first = MailFixtures.enqueue(mail);
        UUID again = MailFixtures.enqueue(new OutgoingMail(address, null, "test-mail", "A second subject", mail.content(),
                List.of(new MailAttachment("a.txt", "text/plain", new byte[] {1})), null, mail.dedupKey()));
        assertEquals(first, again);
        assertEquals("Once only", MailFixtures.row(first).get("subject"));
        Inbox.await(address);
        assertEquals(1, Inbox.settled(address).size());
    }

    @Test
    void queueingNeedsTheCallersTransaction() {
        String address = Inbox.address("no-transaction");
        assertThrows(TransactionalException.class, () -> queue.enqueue(MailFixtures.mail(address, "Never queued")));
        assertEquals(0, Inbox.settled(address).size());
    }

    @Test
    void aMailThatCannotBeSentIsRefusedWhenQueued() {
        OutgoingMail noAddress = MailFixtures.mail("not an address", "Nowhere");
        assertThrows(IllegalArgumentException.class, () -> MailFixtures.enqueue(noAddress));
    }
}
