package org.tandem.claim;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.claim.ClaimFixtures.CLAIMS;
import static org.tandem.claim.ClaimFixtures.claim;
import static org.tandem.claim.ClaimFixtures.expense;
import static org.tandem.claim.ClaimFixtures.halfDay;
import static org.tandem.claim.ClaimFixtures.setup;
import static org.tandem.claim.ClaimFixtures.transition;
import static org.tandem.claim.ClaimFixtures.version;
import static org.tandem.support.Api.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.claim.ClaimFixtures.Setup;
import org.tandem.support.Fixtures;
import org.tandem.support.Tokens;

@QuarkusTest
class ClaimLifecycleTest {
    @Inject
    AgroalDataSource dataSource;
    private static final String TODAY = LocalDate.now(ZoneId.of("Europe/London")).toString();

    /** Every transition, with the fields it needs. */
    private static final Map<String, Map<String, Object>> TRANSITIONS = new LinkedHashMap<>();

    static {
        TRANSITIONS.put("submit", Map.of());
        TRANSITIONS.put("withdraw", Map.of());
        TRANSITIONS.put("approve", Map.of("budgetOverrideReason", "Test"));
        TRANSITIONS.put("reject", Map.of("reason", "Test"));
        TRANSITIONS.put("mark-paid", Map.of("paidOn", TODAY, "reference", "BACS-1"));
    }

    @Test
    void aClaimGoesFromDraftToPaidAndEveryStepIsRecorded() {
        Setup s = setup();
        String staff = s.org().staff();
        String finance = s.org().finance();
        String payer = s.org().finance();
        String path = s.claimPath(claim(s, Fixtures.person(s.org(), "Anne Hooper"),
                List.of(halfDay(), expense("PUBLIC_TRANSPORT", 640))));

        as(staff).body(Map.of("version", 0)).post(path + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("submittedAt", notNullValue()).body("version", equalTo(1))
                .body("allowedActions", equalTo(List.of("WITHDRAW")));
        as(finance).get(path).then().body("allowedActions", equalTo(List.of("APPROVE", "REJECT")));
        as(finance).queryParams(Map.of("status", "SUBMITTED", "sort", "submittedAt")).get(CLAIMS)
                .then().body("items.id", equalTo(List.of(path.substring(CLAIMS.length() + 1))));
        as(finance).body(Map.of("version", 1, "budgetOverrideReason", "No budget set in this test")).post(path + "/approve")
                .then().statusCode(200).body("status", equalTo("APPROVED")).body("decidedAt", notNullValue())
                .body("decidedByName", equalTo("Test finance"))
                .body("budgetOverrideReason", equalTo("No budget set in this test"))
                .body("allowedActions", equalTo(List.of("MARK_PAID")));
        as(staff).get(path).then().body("allowedActions", equalTo(List.of()));
        as(payer).body(Map.of("version", 2, "paidOn", TODAY, "reference", "  BACS-2024-08-30 ")).post(path + "/mark-paid")
                .then().statusCode(200).body("status", equalTo("PAID")).body("paidOn", equalTo(TODAY))
                .body("paymentReference", equalTo("BACS-2024-08-30")).body("totals.totalPence", equalTo(8140))
                .body("history.from", equalTo(Arrays.asList(null, "DRAFT", "SUBMITTED", "APPROVED")))
                .body("history.to", equalTo(List.of("DRAFT", "SUBMITTED", "APPROVED", "PAID")))
                .body("history.by", equalTo(List.of("Test staff", "Test staff", "Test finance", "Test finance")))
                .body("history[2].reason", equalTo("Over budget: No budget set in this test"))
                .body("history[3].reason", equalTo("Payment reference BACS-2024-08-30"))
                .body("history[3].at", notNullValue())
                .body("allowedActions", equalTo(List.of()));
    }

    @Test
    void everyIllegalTransitionIsAConflict() {
        Setup s = setup();
        String finance = s.org().finance();
        Map<String, String> claims = new LinkedHashMap<>();
        claims.put("DRAFT", claim(s, Fixtures.person(s.org(), "Draft"), List.of(halfDay())));
        String submitted = claim(s, Fixtures.person(s.org(), "Submitted"), List.of(halfDay()));
        ClaimFixtures.submit(s, submitted);
        claims.put("SUBMITTED", submitted);
        String approved = claim(s, Fixtures.person(s.org(), "Approved"), List.of(halfDay()));
        ClaimFixtures.approve(s, approved, finance);
        claims.put("APPROVED", approved);
        String rejected = claim(s, Fixtures.person(s.org(), "Rejected"), List.of(halfDay()));
        ClaimFixtures.submit(s, rejected);
        assertEquals(200, transition(finance, s.claimPath(rejected), "reject", Map.of("reason", "Duplicate")));
        claims.put("REJECTED", rejected);
        String paid = claim(s, Fixtures.person(s.org(), "Paid"), List.of(halfDay()));
        ClaimFixtures.approve(s, paid, finance);
        assertEquals(200, transition(finance, s.claimPath(paid), "mark-paid", TRANSITIONS.get("mark-paid")));
        claims.put("PAID", paid);
        String withdrawn = claim(s, Fixtures.person(s.org(), "Withdrawn"), List.of(halfDay()));
        ClaimFixtures.submit(s, withdrawn);
        assertEquals(200, transition(s.org().staff(), s.claimPath(withdrawn), "withdraw", Map.of()));
        claims.put("WITHDRAWN", withdrawn);

        Map<String, List<String>> legal = Map.of("DRAFT", List.of("submit"), "SUBMITTED", List.of("withdraw", "approve", "reject"),
                "APPROVED", List.of("mark-paid"), "REJECTED", List.of(), "PAID", List.of(), "WITHDRAWN", List.of());
        claims.forEach((status, id) -> {
            String path = s.claimPath(id);
            TRANSITIONS.forEach((action, fields) -> {
                if (legal.get(status).contains(action)) {
                    return;
                }
                String token = List.of("approve", "reject", "mark-paid").contains(action) ? finance : s.org().staff();
                Map<String, Object> body = new HashMap<>(fields);
                body.put("version", version(token, path));
                as(token).body(body).post(path + "/" + action).then()
                        .statusCode(409).contentType("application/problem+json")
                        .body("type", endsWith("/problems/transition-not-allowed"))
                        .body("detail", containsString("The claim is " + status));
            });
            as(s.org().staff()).get(path).then().body("status", equalTo(status));
            if (!status.equals("DRAFT")) {
                as(s.org().staff()).body(expense("PUBLIC_TRANSPORT", 100)).post(path + "/lines").then().statusCode(409)
                        .body("type", endsWith("/problems/transition-not-allowed"));
                as(s.org().staff()).body(Map.of("notes", "x", "version", version(s.org().staff(), path))).put(path)
                        .then().statusCode(409);
                as(s.org().staff()).header("If-Match", "\"" + version(s.org().staff(), path) + "\"").delete(path).then()
                        .statusCode(409).body("type", endsWith("/problems/transition-not-allowed"));
            }
        });
    }

    @Test
    void nobodyDecidesOnAClaimTheyMadeOrThatIsTheirs() {
        Setup s = setup();
        // Staff who also approve as finance make a claim on someone's behalf: another finance user decides on it.
        String staffAndFinance = Tokens.withRoles(s.org().code(), "staff", "finance");
        String made = s.claimPath(claim(s, staffAndFinance, Fixtures.person(s.org(), "Anne Hooper"), s.meetingId(),
                List.of(halfDay())));
        assertEquals(200, transition(staffAndFinance, made, "submit", Map.of()));
        as(staffAndFinance).get(made).then().body("allowedActions", equalTo(List.of("WITHDRAW")));
        as(staffAndFinance).body(Map.of("version", 1, "budgetOverrideReason", "x")).post(made + "/approve")
                .then().statusCode(403).body("detail", containsString("someone else in finance"));
        as(staffAndFinance).body(Map.of("version", 1, "reason", "x")).post(made + "/reject").then().statusCode(403);
        as(s.org().finance()).body(Map.of("version", 1, "budgetOverrideReason", "x")).post(made + "/approve")
                .then().statusCode(200);

        // A finance user whose sign-in is linked to the claimant cannot decide on the claim staff made for them.
        String sue = Fixtures.person(s.org(), "Sue Boland");
        String sueFinance = s.org().finance();
        ClaimFixtures.link(s.org(), sue, sueFinance);
        String hers = s.claimPath(claim(s, sue, List.of(halfDay())));
        ClaimFixtures.submit(s, hers.substring(CLAIMS.length() + 1));
        as(sueFinance).get(hers).then().statusCode(200).body("allowedActions", equalTo(List.of()));
        as(sueFinance).body(Map.of("version", 1, "budgetOverrideReason", "x")).post(hers + "/approve").then().statusCode(403);
        as(sueFinance).body(Map.of("version", 1, "reason", "x")).post(hers + "/reject").then().statusCode(403);
        as(s.org().finance()).body(Map.of("version", 1, "reason", "Wrong meeting")).post(hers + "/reject").then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("rejectionReason", equalTo("Wrong meeting"));

        // Only finance decides: staff and members are refused by role.
        String other = s.claimPath(claim(s, Fixtures.person(s.org(), "Other"), List.of(halfDay())));
        ClaimFixtures.submit(s, other.substring(CLAIMS.length() + 1));
        for (String token : List.of(s.org().staff(), s.org().admin(), s.org().member())) {
            as(token).body(Map.of("version", 1)).post(other + "/approve").then().statusCode(403);
            as(token).body(Map.of("version", 1, "reason", "x")).post(other + "/reject").then().statusCode(403);
        }
    }

    @Test
    void aLateClaimNeedsStaffToAcceptItWithAReason() {
        Setup s = setup(Map.of("claimDeadlineDays", 30));
        String anne = Fixtures.person(s.org(), "Anne Hooper");
        // A linked member reads only the partnerships they belong to: Anne is one of this one's members.
        as(s.org().staff()).body(Map.of("personId", anne, "role", "MEMBER"))
                .post("/api/v1/partnerships/" + s.partnershipId() + "/members").then().statusCode(201);
        String member = ClaimFixtures.linkedMember(s.org(), anne);
        String path = s.claimPath(claim(s, member, null, s.meetingId(), List.of(halfDay())));
        as(member).get(path).then().body("deadline", equalTo("2024-08-16")).body("late", equalTo(true));

        as(member).body(Map.of("version", 0)).post(path + "/submit").then().statusCode(409)
                .body("type", endsWith("/problems/late-claim")).body("title", equalTo("Past the claim deadline"))
                .body("detail", containsString("2024-08-16"));
        as(member).body(Map.of("version", 0, "lateReason", "I was in hospital")).post(path + "/submit").then().statusCode(403);
        as(s.org().staff()).body(Map.of("version", 0, "lateReason", " ")).post(path + "/submit").then().statusCode(409);
        as(s.org().staff()).body(Map.of("version", 0, "lateReason", "The claimant was in hospital after the meeting"))
                .post(path + "/submit").then().statusCode(200).body("status", equalTo("SUBMITTED"))
                .body("late", equalTo(true)).body("lateReason", equalTo("The claimant was in hospital after the meeting"))
                .body("history[1].reason", equalTo("The claimant was in hospital after the meeting"));
        as(s.org().finance()).queryParam("late", "true").get(CLAIMS).then()
                .body("items.id", equalTo(List.of(path.substring(CLAIMS.length() + 1))));

        // A claim on time keeps no late reason, even when one is sent.
        Setup onTime = setup();
        String ok = onTime.claimPath(claim(onTime, Fixtures.person(onTime.org(), "B"), List.of(halfDay())));
        as(onTime.org().staff()).body(Map.of("version", 0, "lateReason", "Not needed")).post(ok + "/submit")
                .then().statusCode(200).body("late", equalTo(false)).body("lateReason", nullValue());
    }

    @Test
    void aClaimIsSubmittedWithLinesAfterItsMeetingAndWithItsReceipts() {
        Setup s = setup();
        String staff = s.org().staff();
        String empty = s.claimPath(claim(s, Fixtures.person(s.org(), "A"), List.of()));
        as(staff).body(Map.of("version", 0)).post(empty + "/submit").then().statusCode(409)
                .body("detail", containsString("no lines"));

        String future = ClaimFixtures.meeting(s.org(), s.partnershipId(), "2099-01-15T10:00:00Z");
        String early = s.claimPath(claim(s, staff, Fixtures.person(s.org(), "B"), future, List.of(halfDay())));
        as(staff).body(Map.of("version", 0)).post(early + "/submit").then().statusCode(409)
                .body("detail", containsString("2099-01-15"));

        // Receipts are needed above GBP 20.00: 2000p exactly needs none; 2001p does; mileage and time never do.
        String path = s.claimPath(claim(s, Fixtures.person(s.org(), "C"), List.of(halfDay(),
                Map.of("category", "MILEAGE", "miles", 100), expense("PARKING", 2000),
                Map.of("category", "TAXI", "amountPence", 2001, "reason", "No step-free route"),
                Map.of("category", "CARER_COVER", "amountPence", 5000))));
        as(staff).get(path).then().body("lines.receiptRequired", equalTo(List.of(false, false, false, true, true)));
        as(staff).body(Map.of("version", 0)).post(path + "/submit").then().statusCode(422)
                .body("type", endsWith("/problems/receipts-missing")).body("title", equalTo("Receipts missing"))
                .body("errors.field", equalTo(List.of("lines[3].receipts", "lines[4].receipts")))
                .body("errors.message", equalTo(List.of(
                        "Add a receipt for the taxi on 17 July 2024 – receipts are needed for expenses over £20.00",
                        "Add a receipt for the carer cover on 17 July 2024 – receipts are needed for expenses over £20.00")));
        List<String> lines = as(staff).get(path).then().extract().path("lines.id");
        for (String line : lines.subList(3, 5)) {
            as(staff).contentType("application/pdf").body("%PDF-1.7 receipt".getBytes())
                    .post(path + "/lines/" + line + "/receipts").then().statusCode(201);
        }
        as(staff).body(Map.of("version", version(staff, path))).post(path + "/submit").then().statusCode(200);
    }

    @Test
    void paymentNeedsADateFromTheApprovalToTodayAndAReference() {
        Setup s = setup();
        String finance = s.org().finance();
        String path = s.claimPath(claim(s, Fixtures.person(s.org(), "A"), List.of(halfDay())));
        ClaimFixtures.approve(s, path.substring(CLAIMS.length() + 1), finance);
        String yesterday = LocalDate.parse(TODAY).minusDays(1).toString();
        String tomorrow = LocalDate.parse(TODAY).plusDays(1).toString();
        as(finance).body(Map.of("version", 2, "paidOn", yesterday, "reference", "R")).post(path + "/mark-paid")
                .then().statusCode(400).body("errors[0].field", equalTo("paidOn"));
        as(finance).body(Map.of("version", 2, "paidOn", tomorrow, "reference", "R")).post(path + "/mark-paid")
                .then().statusCode(400).body("errors[0].field", equalTo("paidOn"));
        as(finance).body(Map.of("version", 2, "paidOn", TODAY, "reference", " ")).post(path + "/mark-paid")
                .then().statusCode(400).body("errors[0].field", equalTo("reference"));
        as(finance).body(Map.of("version", 2, "reason", " ")).post(path + "/reject").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        as(finance).body(Map.of("version", 2, "paidOn", TODAY, "reference", "R")).post(path + "/mark-paid")
                .then().statusCode(200);
    }

    @Test
    void aPaymentRunMarksEveryListedClaimPaidOrNone() {
        Setup s = setup();
        String finance = s.org().finance();
        String a = claim(s, Fixtures.person(s.org(), "A"), List.of(halfDay()));
        String b = claim(s, Fixtures.person(s.org(), "B"), List.of(halfDay(), expense("PUBLIC_TRANSPORT", 694)));
        String submitted = claim(s, Fixtures.person(s.org(), "C"), List.of(halfDay()));
        ClaimFixtures.approve(s, a, finance);
        ClaimFixtures.approve(s, b, finance);
        ClaimFixtures.submit(s, submitted);
        String run = CLAIMS + "/mark-paid";

        as(finance).body(Map.of("paidOn", TODAY, "reference", "BACS-7", "claims", List.of(Map.of("id", a, "version", 2),
                        Map.of("id", submitted, "version", 1))))
                .post(run).then().statusCode(409).body("errors[0].field", equalTo("claims[1]"))
                .body("type", endsWith("/problems/transition-not-allowed"))
                .body("detail", containsString("is SUBMITTED"));
        as(finance).get(s.claimPath(a)).then().body("status", equalTo("APPROVED"));
        as(finance).body(Map.of("paidOn", TODAY, "reference", "BACS-7", "claims", List.of(Map.of("id", a, "version", 1))))
                .post(run).then().statusCode(409).body("type", endsWith("/problems/version-conflict"));
        as(finance).body(Map.of("paidOn", TODAY, "reference", "BACS-7", "claims", List.of(Map.of("id", a, "version", 2),
                Map.of("id", a, "version", 2)))).post(run).then().statusCode(400).body("errors[0].field", equalTo("claims[1].id"));
        as(finance).body(Map.of("paidOn", TODAY, "reference", "BACS-7", "claims",
                List.of(Map.of("id", UUID.randomUUID().toString(), "version", 0)))).post(run)
                .then().statusCode(400).body("errors[0].field", equalTo("claims[0].id"));
        as(finance).body(Map.of("paidOn", TODAY, "reference", "BACS-7", "claims", List.of())).post(run).then().statusCode(400);
        as(s.org().staff()).body(Map.of("paidOn", TODAY, "reference", "BACS-7", "claims", List.of(Map.of("id", a, "version", 2))))
                .post(run).then().statusCode(403);

        as(finance).body(Map.of("paidOn", TODAY, "reference", "BACS-7", "claims", List.of(Map.of("id", a, "version", 2),
                        Map.of("id", b, "version", 2))))
                .post(run).then().statusCode(200).body("claimCount", equalTo(2)).body("totalPence", equalTo(7500 + 8194))
                .body("reference", equalTo("BACS-7")).body("claims.status", equalTo(List.of("PAID", "PAID")))
                .body("claims.paidOn", equalTo(List.of(TODAY, TODAY)));
        as(finance).get(s.claimPath(b)).then().body("paymentReference", equalTo("BACS-7")).body("status", equalTo("PAID"));
    }

    @Test
    void everyStepIsOneEntryInTheClaimsTrailAndARefusedOneIsNone() {
        Setup s = setup();
        String staff = s.org().staff();
        String finance = s.org().finance();
        String anne = Fixtures.person(s.org(), "Anne Hooper");
        String id = as(staff).body(Map.of("claimantPersonId", anne, "meetingId", s.meetingId(), "notes", "Came with my carer",
                "lines", List.of(halfDay(), Map.of("category", "TAXI", "amountPence", 1500, "reason", "No step-free route"))))
                .post(CLAIMS).then().statusCode(201).extract().path("id");
        String path = s.claimPath(id);
        MoneyTrail trail = MoneyTrail.of(s.org().admin(), "claim", id);
        // Made with two lines: the claim and each line are records of the trail, the lines part of the claim.
        assertEquals(3, trail.count());
        List<Map<String, Object>> made = trail.history().getList("items");
        assertEquals(List.of("claim created", "claim-line created", "claim-line created"),
                made.stream().map(e -> e.get("entityType") + " " + e.get("action")).sorted().toList());
        Map<String, Object> created = made.stream().filter(e -> e.get("entityType").equals("claim")).findFirst().orElseThrow();
        assertEquals("DRAFT", MoneyTrail.after(created, "status"));
        assertEquals(anne, MoneyTrail.after(created, "claimantPersonId"));
        assertEquals("Came with my carer", MoneyTrail.after(created, "notes"));
        assertTrue(MoneyTrail.personal(created, "notes"), "what the claim says about the claimant is personal");
        assertFalse(MoneyTrail.personal(created, "status"));
        Map<String, Object> taxi = made.stream().filter(e -> "TAXI".equals(afterOrNull(e, "category"))).findFirst().orElseThrow();
        assertEquals(id, taxi.get("parentId"));
        assertEquals(1500, MoneyTrail.after(taxi, "amountPence"));
        assertTrue(MoneyTrail.personal(taxi, "reason"));

        as(staff).body(Map.of("notes", "Came alone", "version", 0)).put(path).then().statusCode(200);
        assertEquals("Came alone", MoneyTrail.after(trail.oneNew("claim", "updated", "notes"), "notes"));
        // Stale: a body version is 409, an If-Match 412, both version-conflict; neither leaves an entry.
        as(staff).body(Map.of("notes", "Lost", "version", 0)).put(path).then().statusCode(409)
                .body("type", endsWith("/problems/version-conflict"));
        as(staff).header("If-Match", "\"0\"").body(Map.of()).post(path + "/submit").then().statusCode(412)
                .body("type", endsWith("/problems/version-conflict"));
        as(finance).body(Map.of("version", 1, "budgetOverrideReason", "x")).post(path + "/approve").then().statusCode(409)
                .body("type", endsWith("/problems/transition-not-allowed"));
        trail.nothingNew();

        as(staff).header("If-Match", "\"1\"").body(Map.of()).post(path + "/submit").then().statusCode(200);
        assertEquals("SUBMITTED", MoneyTrail.after(trail.oneNew("claim", "submitted", "status", "submittedAt"), "status"));
        as(finance).body(Map.of("version", 2, "budgetOverrideReason", "Agreed with the budget holder"))
                .post(path + "/approve").then().statusCode(200);
        Map<String, Object> approved = trail.oneNew("claim", "approved", "status", "decidedAt", "decidedByName",
                "budgetOverrideReason");
        assertEquals("APPROVED", MoneyTrail.after(approved, "status"));
        assertEquals("Test finance", ((Map<?, ?>) approved.get("actor")).get("name"));
        as(finance).body(Map.of("version", 3, "paidOn", TODAY, "reference", "BACS-9")).post(path + "/mark-paid")
                .then().statusCode(200);
        assertEquals("PAID", MoneyTrail.after(trail.oneNew("claim", "marked-paid", "status", "paidOn", "paymentReference"),
                "status"));
        // The claim's own history of transitions stays as it was.
        as(staff).get(path).then().body("history.to", equalTo(List.of("DRAFT", "SUBMITTED", "APPROVED", "PAID")));

        String other = claim(s, Fixtures.person(s.org(), "Sue Boland"), List.of(halfDay()));
        ClaimFixtures.submit(s, other);
        MoneyTrail rejected = MoneyTrail.of(s.org().admin(), "claim", other);
        assertEquals(200, transition(finance, s.claimPath(other), "reject", Map.of("reason", "Wrong meeting")));
        rejected.oneNew("claim", "rejected", "status", "rejectionReason");
        String third = claim(s, Fixtures.person(s.org(), "Val Jones"), List.of(halfDay()));
        ClaimFixtures.submit(s, third);
        MoneyTrail withdrawn = MoneyTrail.of(s.org().admin(), "claim", third);
        assertEquals(200, transition(staff, s.claimPath(third), "withdraw", Map.of("reason", "Sent twice")));
        withdrawn.oneNew("claim", "withdrawn", "status");
    }

    @Test
    void discardingADraftRecordsItWithItsLinesAndReceipts() {
        Setup s = setup();
        String staff = s.org().staff();
        String id = claim(s, Fixtures.person(s.org(), "Anne Hooper"), List.of(halfDay(), expense("PARKING", 2400)));
        String path = s.claimPath(id);
        String parking = as(staff).get(path).then().extract().path("lines[1].id");
        as(staff).contentType("application/pdf").body("%PDF-1.7 receipt".getBytes())
                .post(path + "/lines/" + parking + "/receipts").then().statusCode(201);
        MoneyTrail trail = MoneyTrail.of(s.org().admin(), "claim", id);
        as(staff).header("If-Match", "\"0\"").delete(path).then().statusCode(412);
        trail.nothingNew();
        as(staff).header("If-Match", "\"1\"").delete(path).then().statusCode(204);
        trail.newEntries(List.of("claim deleted", "claim-line deleted", "claim-line deleted", "claim-receipt deleted"));
    }

    @Test
    void aPaymentRunIsOneEntryAndOneEventPerClaimWithoutPersonalData() throws SQLException {
        Setup s = setup();
        String finance = s.org().finance();
        String a = claim(s, Fixtures.person(s.org(), "A"), List.of(halfDay()));
        String b = claim(s, Fixtures.person(s.org(), "B"), List.of(halfDay()));
        ClaimFixtures.approve(s, a, finance);
        ClaimFixtures.approve(s, b, finance);
        MoneyTrail trailA = MoneyTrail.of(s.org().admin(), "claim", a);
        MoneyTrail trailB = MoneyTrail.of(s.org().admin(), "claim", b);
        String run = CLAIMS + "/mark-paid";
        as(finance).body(Map.of("paidOn", TODAY, "reference", "BACS-Hooper", "claims", List.of(Map.of("id", a, "version", 2),
                Map.of("id", b, "version", 1)))).post(run).then().statusCode(409);
        trailA.nothingNew();
        trailB.nothingNew();

        String requestId = "run-" + UUID.randomUUID();
        as(finance).header("X-Request-ID", requestId).body(Map.of("paidOn", TODAY, "reference", "BACS-Hooper",
                "claims", List.of(Map.of("id", a, "version", 2), Map.of("id", b, "version", 2)))).post(run).then().statusCode(200);
        trailA.oneNew("claim", "marked-paid", "status", "paidOn", "paymentReference");
        trailB.oneNew("claim", "marked-paid", "status", "paidOn", "paymentReference");
        List<String> payloads = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT type, payload::text FROM outbox_event WHERE request_id = ?")) {
            query.setString(1, requestId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    assertEquals("claim.marked-paid", rows.getString(1));
                    payloads.add(rows.getString(2));
                }
            }
        }
        assertEquals(2, payloads.size(), "one event per claim paid");
        for (String payload : payloads) {
            assertTrue(payload.contains("\"paymentReference\""), "named among the changed fields: " + payload);
            assertFalse(payload.contains("BACS-Hooper"), "no personal value in an event: " + payload);
            assertFalse(payload.contains("Test finance"), "no name in an event: " + payload);
        }
    }

    @Test
    void allowedActionsAreTheTransitionTableForTheCaller() {
        Setup s = setup();
        String anne = Fixtures.person(s.org(), "Anne Hooper");
        String member = ClaimFixtures.linkedMember(s.org(), anne);
        String path = s.claimPath(claim(s, anne, List.of(halfDay())));
        as(s.org().staff()).get(path).then().body("allowedActions", equalTo(List.of("EDIT", "DELETE", "SUBMIT")));
        as(member).get(path).then().body("allowedActions", equalTo(List.of("EDIT", "DELETE", "SUBMIT")));
        as(s.org().finance()).get(path).then().body("allowedActions", equalTo(List.of()));
        ClaimFixtures.submit(s, path.substring(CLAIMS.length() + 1));
        as(member).get(path).then().body("allowedActions", equalTo(List.of("WITHDRAW")));
        as(s.org().finance()).get(path).then().body("allowedActions", equalTo(List.of("APPROVE", "REJECT")));
        // Another organisation, one taking part in the partnership included, sees no claim to act on; analysts none at all.
        org.tandem.support.TestOrganisation participant = org.tandem.support.TestOrganisation.create();
        as(s.org().admin()).body(Map.of("name", "People's Partnership (claims test)",
                        "participantOrganisationIds", List.of(participant.id()),
                        "version", version(s.org().admin(), "/api/v1/partnerships/" + s.partnershipId())))
                .put("/api/v1/partnerships/" + s.partnershipId()).then().statusCode(200);
        as(participant.staff()).get(path).then().statusCode(404);
        as(participant.finance()).get(path).then().statusCode(404);
        as(s.org().analyst()).get(path).then().statusCode(403);
    }

    private static Object afterOrNull(Map<String, Object> entry, String field) {
        try {
            return MoneyTrail.after(entry, field);
        } catch (AssertionError none) {
            return null;
        }
    }
}
