package org.tandem.outage;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.tandem.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tandem.support.TestOrganisation;

/** Losing PostgreSQL (a restart, a failover) answers 503 problem+json with Retry-After, never 500, and loses nothing acknowledged. */
@QuarkusTest
@TestProfile(DatabaseOutageProfile.class)
class DatabaseOutageTest {
    private static final String DATABASE_UNAVAILABLE = "/problems/database-unavailable";

    @AfterEach
    void restoreTheDatabase() {
        DatabaseOutageProfile.proxy.restore();
    }

    @Test
    void whileTheDatabaseIsAwayReadsAndWritesGet503AndNothingIsHalfDone() {
        TestOrganisation organisation = TestOrganisation.create();
        String name = "Made while the database was away " + organisation.code();
        DatabaseOutageProfile.proxy.cut();

        assertUnavailable(as(organisation.staff()).get("/api/v1/partnerships"));
        assertUnavailable(as(organisation.staff()).body(Map.of("name", name)).post("/api/v1/partnerships"));

        DatabaseOutageProfile.proxy.restore();
        Response recovered = awaitRecovery(organisation);
        assertEquals(200, recovered.statusCode(), recovered.asString());
        as(organisation.staff()).queryParam("q", name).get("/api/v1/partnerships")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void writesInFlightWhenTheConnectionDropsGet503NeverA500AndEveryAcknowledgedWriteIsKept() throws Exception {
        TestOrganisation organisation = TestOrganisation.create();
        String staff = organisation.staff();
        AtomicBoolean sending = new AtomicBoolean(true);
        AtomicInteger sequence = new AtomicInteger();
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> faults = new ConcurrentLinkedQueue<>();
        AtomicInteger unavailable = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(8);
        for (int w = 0; w < 8; w++) {
            writers.submit(() -> {
                while (sending.get()) {
                    String name = "In flight " + sequence.incrementAndGet();
                    Response answer = as(staff).body(Map.of("name", name, "description", "x".repeat(2000)))
                            .post("/api/v1/partnerships");
                    if (answer.statusCode() == 201) {
                        acknowledged.add(name);
                    } else if (isUnavailable(answer)) {
                        unavailable.incrementAndGet();
                    } else {
                        faults.add(answer.statusCode() + " " + answer.contentType() + " " + answer.asString());
                    }
                }
                return null;
            });
        }
        Thread.sleep(1500);
        DatabaseOutageProfile.proxy.cut();
        Thread.sleep(1500);
        DatabaseOutageProfile.proxy.restore();
        Thread.sleep(1500);
        sending.set(false);
        writers.shutdown();
        assertTrue(writers.awaitTermination(60, TimeUnit.SECONDS), "writers finished");

        assertEquals(List.of(), new ArrayList<>(faults), "every answer was 201 or a 503 problem with Retry-After");
        assertTrue(unavailable.get() > 0, "some writes met the outage");
        assertTrue(acknowledged.size() > 0, "some writes were made");
        List<String> saved = as(staff).queryParam("size", 200).queryParam("q", "In flight")
                .get("/api/v1/partnerships").then().statusCode(200).extract().path("items.name");
        int total = as(staff).queryParam("q", "In flight").get("/api/v1/partnerships").then().extract().path("totalItems");
        if (total > 200) {
            fail("the test made more partnerships than one page holds: " + total);
        }
        for (String name : acknowledged) {
            assertTrue(saved.contains(name), name + " was acknowledged with 201 and must be kept");
        }
    }

    private static Response awaitRecovery(TestOrganisation organisation) {
        Response answer = null;
        for (int attempt = 0; attempt < 40; attempt++) {
            answer = as(organisation.staff()).get("/api/v1/partnerships");
            if (answer.statusCode() == 200) {
                return answer;
            }
            sleep(250);
        }
        return answer;
    }

    private static void assertUnavailable(Response answer) {
        assertTrue(isUnavailable(answer), answer.statusCode() + " " + answer.headers() + " " + answer.asString());
    }

    private static boolean isUnavailable(Response answer) {
        return answer.statusCode() == 503 && answer.contentType().startsWith("application/problem+json")
                && answer.header("Retry-After") != null && answer.<String>path("type").endsWith(DATABASE_UNAVAILABLE);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
