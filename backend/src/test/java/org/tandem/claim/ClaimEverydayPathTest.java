package org.tandem.claim;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.tandem.claim.ClaimFixtures.CLAIMS;
import static org.tandem.claim.ClaimFixtures.claim;
import static org.tandem.claim.ClaimFixtures.expense;
import static org.tandem.claim.ClaimFixtures.halfDay;
import static org.tandem.claim.ClaimFixtures.setup;
import static org.tandem.claim.ClaimFixtures.transition;
import static org.tandem.claim.ClaimFixtures.version;
import static org.tandem.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.budget.FinancialYear;
import org.tandem.claim.ClaimFixtures.Setup;
import org.tandem.common.web.LondonTime;
import org.tandem.support.Fixtures;

/** The claimant's and finance's everyday path: the involvement payment decided, receipts, the queue, what was paid. */
@QuarkusTest
class ClaimEverydayPathTest {
    private static final String TODAY = LondonTime.today().toString();
    private static final String THIS_YEAR = FinancialYear.of(LondonTime.today()).label();

    @Test
    void aNewClaimStartsWithTheInvolvementPaymentAndDecliningItIsTheClaimantsExplicitChoice() {
        Setup s = setup();
        String staff = s.org().staff();
        // The test meeting has no end: it counts as up to four hours, a half day (GBP 75).
        String started = as(staff).body(Map.of("claimantPersonId", Fixtures.person(s.org(), "Anne"), "meetingId", s.meetingId()))
                .post(CLAIMS).then().statusCode(201)
                .body("lines.category", equalTo(List.of("INVOLVEMENT_PAYMENT"))).body("lines[0].duration", equalTo("HALF_DAY"))
                .body("totals.involvementPence", equalTo(7500)).body("declineInvolvementPayment", equalTo(false))
                .extract().path("id");
        // A full-day meeting (six hours) starts with the full-day rate; a policy paying hours only, with its hours.
        String longMeeting = as(staff).body(Map.of("partnershipId", s.partnershipId(), "title", "Away day",
                        "startsAt", "2024-08-01T10:00:00+01:00", "endsAt", "2024-08-01T16:00:00+01:00", "format", "ONLINE",
                        "onlineLink", "https://meet.example.org/away"))
                .post("/api/v1/meetings").then().statusCode(201).extract().path("id");
        as(staff).body(Map.of("claimantPersonId", Fixtures.person(s.org(), "Bea"), "meetingId", longMeeting)).post(CLAIMS)
                .then().statusCode(201).body("lines[0].duration", equalTo("FULL_DAY")).body("totals.involvementPence", equalTo(15000));
        Map<String, Object> noHalfDay = new HashMap<>();
        noHalfDay.put("halfDayRatePence", null);
        Setup hourly = setup(noHalfDay);
        as(hourly.org().staff()).body(Map.of("claimantPersonId", Fixtures.person(hourly.org(), "Cy"), "meetingId", hourly.meetingId()))
                .post(CLAIMS).then().statusCode(201).body("lines[0].duration", equalTo("HOURS"))
                .body("totals.involvementPence", equalTo(2000 * 4));

        // Declining at the start: no involvement payment at all.
        as(staff).body(Map.of("claimantPersonId", Fixtures.person(s.org(), "Dee"), "meetingId", s.meetingId(),
                        "declineInvolvementPayment", true)).post(CLAIMS).then().statusCode(201)
                .body("lines.size()", equalTo(0)).body("declineInvolvementPayment", equalTo(true));

        // Expenses with neither the involvement payment nor the choice not to have it: refused, in the claimant's words.
        String undecided = s.claimPath(claim(s, Fixtures.person(s.org(), "Eve"), List.of()));
        as(staff).body(expense("PARKING", 500)).post(undecided + "/lines").then().statusCode(201);
        as(staff).body(Map.of("version", version(staff, undecided))).post(undecided + "/submit").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/problems/involvement-payment-undecided"))
                .body("errors[0].field", equalTo("declineInvolvementPayment"))
                .body("errors[0].message", equalTo("Add the involvement payment or say that you do not want it"));
        as(staff).body(Map.of("declineInvolvementPayment", true, "version", version(staff, undecided))).put(undecided)
                .then().statusCode(200);
        assertEquals(200, transition(staff, undecided, "submit", Map.of()));

        // Declining a claim's involvement payment takes its line away, recorded with the claim.
        String path = s.claimPath(started);
        as(staff).body(Map.of("declineInvolvementPayment", true, "version", version(staff, path))).put(path).then()
                .statusCode(200).body("lines.size()", equalTo(0)).body("declineInvolvementPayment", equalTo(true));
        as(staff).body(Map.of("declineInvolvementPayment", false, "version", version(staff, path))).put(path).then()
                .statusCode(200);
        as(staff).body(halfDay()).post(path + "/lines").then().statusCode(201);
        assertEquals(200, transition(staff, path, "submit", Map.of()));
    }

    @Test
    void aReceiptAddedToALineAlreadyOnTheClaimLetsItBeSubmitted() {
        Setup s = setup();
        String staff = s.org().staff();
        String path = s.claimPath(claim(s, Fixtures.person(s.org(), "Fay"), List.of(halfDay(),
                Map.of("category", "TAXI", "amountPence", 2400, "reason", "No step-free route"))));
        as(staff).body(Map.of("version", 0)).post(path + "/submit").then().statusCode(422)
                .body("type", endsWith("/problems/receipts-missing"))
                .body("errors[0].field", equalTo("lines[1].receipts"))
                .body("errors[0].message", equalTo("Add a receipt for the taxi on 17 July 2024 – receipts are needed for expenses over £20.00"));
        String taxi = as(staff).get(path).then().extract().path("lines[1].id");
        as(staff).contentType("image/png").queryParam("filename", "taxi.png")
                .body(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 'x'})
                .post(path + "/lines/" + taxi + "/receipts").then().statusCode(201);
        as(staff).get(path).then().body("lines[1].receipts[0].filename", equalTo("taxi.png"));
        assertEquals(200, transition(staff, path, "submit", Map.of()));
    }

    @Test
    void financeFiltersAndPagesTheQueueAndSeesWhatWasPaidPerPersonAndCategory() {
        Setup s = setup();
        String finance = s.org().finance();
        String anne = Fixtures.person(s.org(), "Anne Hooper");
        String ben = Fixtures.person(s.org(), "Ben Achebe");
        String second = ClaimFixtures.meeting(s.org(), s.partnershipId(), "2024-09-11T13:45:00+01:00");
        String anneFirst = claim(s, anne, List.of(halfDay(), expense("PUBLIC_TRANSPORT", 640)));
        String anneSecond = claim(s, s.org().staff(), anne, second, List.of(halfDay(), Map.of("category", "MILEAGE", "miles", 10)));
        String benFirst = claim(s, ben, List.of(expense("PARKING", 300)));
        for (String id : List.of(anneFirst, anneSecond, benFirst)) {
            ClaimFixtures.submit(s, id);
        }

        as(finance).queryParam("status", "SUBMITTED").queryParam("claimant", "HOOP").queryParam("size", 1)
                .queryParam("sort", "submittedAt").get(CLAIMS).then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items.size()", equalTo(1)).body("items[0].claimantName", equalTo("Anne Hooper"));
        as(finance).queryParam("claimant", "hoop").queryParam("meetingId", second).get(CLAIMS).then()
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo(anneSecond));
        as(finance).queryParam("submittedFrom", TODAY).queryParam("submittedTo", TODAY).get(CLAIMS).then().body("totalItems", equalTo(3));
        as(finance).queryParam("submittedTo", "2024-07-01").get(CLAIMS).then().body("totalItems", equalTo(0));
        as(finance).queryParam("submittedFrom", "yesterday").get(CLAIMS).then().statusCode(400)
                .body("errors[0].field", equalTo("submittedFrom"));
        as(finance).queryParam("claimant", "50%_").get(CLAIMS).then().statusCode(200).body("totalItems", equalTo(0));

        for (String id : List.of(anneFirst, anneSecond, benFirst)) {
            assertEquals(200, transition(finance, s.claimPath(id), "approve", Map.of("budgetOverrideReason", "Test")));
            assertEquals(200, transition(finance, s.claimPath(id), "mark-paid", Map.of("paidOn", TODAY, "reference", "BACS-7")));
        }
        as(finance).queryParam("financialYear", THIS_YEAR).get(CLAIMS + "/paid-totals").then().statusCode(200)
                .body("financialYear", equalTo(THIS_YEAR)).body("currency", equalTo("GBP"))
                .body("paidPence", equalTo(7500 * 2 + 640 + 450 + 300))
                .body("people.displayName", equalTo(List.of("Anne Hooper", "Ben Achebe")))
                .body("people[0].paidPence", equalTo(15000 + 640 + 450))
                .body("people[0].categories.find { it.category == 'INVOLVEMENT_PAYMENT' }.paidPence", equalTo(15000))
                .body("people[0].categories.find { it.category == 'MILEAGE' }.paidPence", equalTo(450))
                .body("people[1].categories.find { it.category == 'PARKING' }.paidPence", equalTo(300))
                .body("people[1].categories.find { it.category == 'INVOLVEMENT_PAYMENT' }.paidPence", equalTo(0))
                .body("categories.find { it.category == 'PUBLIC_TRANSPORT' }.paidPence", equalTo(640))
                .body("categories.size()", equalTo(ClaimCategory.values().length));
        as(finance).queryParam("financialYear", "2019-20").get(CLAIMS + "/paid-totals").then().statusCode(200)
                .body("people.size()", equalTo(0)).body("paidPence", equalTo(0));
        as(finance).queryParam("financialYear", "last year").get(CLAIMS + "/paid-totals").then().statusCode(400)
                .body("errors[0].field", equalTo("financialYear"));
        as(finance).get(CLAIMS + "/paid-totals").then().statusCode(400);
        as(s.org().staff()).queryParam("financialYear", THIS_YEAR).get(CLAIMS + "/paid-totals").then().statusCode(403);
    }
}
