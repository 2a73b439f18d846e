package org.tandem.budget;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tandem.claim.ClaimFixtures.claim;
import static org.tandem.claim.ClaimFixtures.expense;
import static org.tandem.claim.ClaimFixtures.halfDay;
import static org.tandem.claim.ClaimFixtures.transition;
import static org.tandem.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.claim.ClaimFixtures.Setup;
import org.tandem.claim.ClaimFixtures;
import org.tandem.claim.MoneyTrail;
import org.tandem.support.Fixtures;
import org.tandem.support.TestOrganisation;

@QuarkusTest
class BudgetResourceTest {
    static final String BUDGETS = "/api/v1/budgets";
    private static final String TODAY = LocalDate.now(ZoneId.of("Europe/London")).toString();

    static String budget(Setup s, String year, long allocatedPence) {
        return as(s.org().admin()).body(Map.of("partnershipId", s.partnershipId(), "financialYear", year,
                "allocatedPence", allocatedPence)).post(BUDGETS).then().statusCode(201).extract().path("id");
    }

    @Test
    void committedPaidAndRemainingFollowTheClaims() {
        Setup s = ClaimFixtures.setup();
        String finance = s.org().finance();
        String location = as(s.org().admin()).body(Map.of("partnershipId", s.partnershipId(), "financialYear", "2024-25",
                        "allocatedPence", 50000, "notes", "Involvement payments and expenses"))
                .post(BUDGETS).then().statusCode(201).header("Location", containsString(BUDGETS + "/")).header("ETag", "\"0\"")
                .body("financialYear", equalTo("2024-25")).body("startsOn", equalTo("2024-04-01"))
                .body("endsOn", equalTo("2025-03-31")).body("allocatedPence", equalTo(50000))
                .body("committedPence", equalTo(0)).body("paidPence", equalTo(0)).body("remainingPence", equalTo(50000))
                .body("partnershipName", equalTo("People's Partnership (claims test)")).body("currency", equalTo("GBP"))
                .extract().header("Location");

        String a = claim(s, Fixtures.person(s.org(), "A"), List.of(halfDay(), Map.of("category", "MILEAGE", "miles", 12.3)));
        String b = claim(s, Fixtures.person(s.org(), "B"), List.of(expense("PUBLIC_TRANSPORT", 1234)));
        String submittedOnly = claim(s, Fixtures.person(s.org(), "C"), List.of(halfDay()));
        ClaimFixtures.approve(s, a, finance);
        ClaimFixtures.approve(s, b, finance);
        ClaimFixtures.submit(s, submittedOnly);
        as(finance).get(location).then().statusCode(200).body("committedPence", equalTo(8054 + 1234))
                .body("paidPence", equalTo(0)).body("remainingPence", equalTo(50000 - 8054 - 1234));

        assertEquals(200, transition(finance, s.claimPath(a), "mark-paid", Map.of("paidOn", TODAY, "reference", "R1")));
        as(s.org().staff()).get(location).then().body("committedPence", equalTo(1234)).body("paidPence", equalTo(8054))
                .body("remainingPence", equalTo(50000 - 8054 - 1234));

        // A claim for a meeting in the next financial year counts there, whenever it is paid.
        String nextYearMeeting = ClaimFixtures.meeting(s.org(), s.partnershipId(), "2025-04-01T10:00:00+01:00");
        ClaimFixtures.approve(s, claim(s, s.org().staff(), Fixtures.person(s.org(), "D"), nextYearMeeting, List.of(halfDay())), finance);
        String nextYear = budget(s, "2025-26", 10000);
        as(finance).get(BUDGETS + "/" + nextYear).then().body("committedPence", equalTo(7500)).body("remainingPence", equalTo(2500));
        as(finance).get(location).then().body("committedPence", equalTo(1234));

        as(finance).queryParam("partnershipId", s.partnershipId()).get(BUDGETS).then().statusCode(200)
                .body("items.financialYear", equalTo(List.of("2025-26", "2024-25")))
                .body("items[1].paidPence", equalTo(8054));
        as(finance).queryParams(Map.of("partnershipId", s.partnershipId(), "financialYear", "2024-25")).get(BUDGETS).then()
                .body("items.financialYear", equalTo(List.of("2024-25")));
        as(finance).queryParams(Map.of("partnershipId", s.partnershipId(), "sort", "financialYear", "size", 1)).get(BUDGETS)
                .then().body("items.financialYear", equalTo(List.of("2024-25"))).body("totalPages", equalTo(2));
        for (String parameter : List.of("partnershipId", "financialYear", "sort")) {
            as(finance).queryParam(parameter, "2024-2025").get(BUDGETS).then().statusCode(400)
                    .body("errors[0].field", equalTo(parameter));
        }
    }

    @Test
    void anApprovalThatWouldExceedTheBudgetNeedsAnOverrideWithAReason() {
        Setup s = ClaimFixtures.setup(Map.of("receiptThresholdPence", 100000));
        String finance = s.org().finance();
        String budget = BUDGETS + "/" + budget(s, "2024-25", 10000);
        String fits = claim(s, Fixtures.person(s.org(), "A"), List.of(halfDay()));
        String over = claim(s, Fixtures.person(s.org(), "B"), List.of(expense("PUBLIC_TRANSPORT", 2501)));
        String exact = claim(s, Fixtures.person(s.org(), "C"), List.of(expense("PUBLIC_TRANSPORT", 2500)));
        for (String id : List.of(fits, over, exact)) {
            ClaimFixtures.submit(s, id);
        }
        as(finance).body(Map.of("version", 1)).post(s.claimPath(fits) + "/approve").then().statusCode(200)
                .body("budgetOverrideReason", equalTo(null));

        // GBP 25.00 remains: GBP 25.01 is refused, unless overridden with a reason.
        as(finance).body(Map.of("version", 1)).post(s.claimPath(over) + "/approve").then().statusCode(409)
                .body("title", equalTo("Over budget"))
                .body("detail", containsString("Approving £25.01 would exceed the budget: the 2024-25 budget of £100.00 has "
                        + "£75.00 committed, £0.00 paid and £25.00 remaining"));
        as(finance).body(Map.of("version", 1, "budgetOverrideReason", "  ")).post(s.claimPath(over) + "/approve")
                .then().statusCode(409);
        as(finance).body(Map.of("version", 1)).post(s.claimPath(exact) + "/approve").then().statusCode(200);
        as(finance).get(budget).then().body("remainingPence", equalTo(0));
        as(finance).body(Map.of("version", 1, "budgetOverrideReason", "Agreed with the budget holder"))
                .post(s.claimPath(over) + "/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("budgetOverrideReason", equalTo("Agreed with the budget holder"))
                .body("history[2].reason", equalTo("Over budget: Agreed with the budget holder"));
        as(finance).get(budget).then().body("committedPence", equalTo(12501)).body("remainingPence", equalTo(-2501));

        // Without a budget for the year nothing is allocated.
        String nextYearMeeting = ClaimFixtures.meeting(s.org(), s.partnershipId(), "2025-06-01T10:00:00+01:00");
        String unbudgeted = claim(s, s.org().staff(), Fixtures.person(s.org(), "D"), nextYearMeeting, List.of(halfDay()));
        ClaimFixtures.submit(s, unbudgeted);
        as(finance).body(Map.of("version", 1)).post(s.claimPath(unbudgeted) + "/approve").then().statusCode(409)
                .body("detail", containsString("the partnership has no budget for 2025-26"));
    }

    @Test
    void adminsOfTheRunningOrganisationSetBudgetsAndNobodyElseSeesThem() {
        TestOrganisation participant = TestOrganisation.create();
        Setup s = ClaimFixtures.setup();
        String shared = Fixtures.partnership(s.org(), Map.of("name", "Shared", "participantOrganisationIds", List.of(participant.id())));
        Map<String, Object> body = new HashMap<>(Map.of("partnershipId", shared, "financialYear", "2024-25", "allocatedPence", 100000));
        String path = as(s.org().admin()).body(body).post(BUDGETS).then().statusCode(201).extract().header("Location");
        as(s.org().admin()).body(body).post(BUDGETS).then().statusCode(409).body("detail", containsString("2024-25 already"));
        as(s.org().staff()).body(Map.of("partnershipId", shared, "financialYear", "2023-24", "allocatedPence", 1)).post(BUDGETS)
                .then().statusCode(403);
        as(s.org().finance()).body(Map.of("partnershipId", shared, "financialYear", "2023-24", "allocatedPence", 1)).post(BUDGETS)
                .then().statusCode(403);
        as(participant.admin()).body(Map.of("partnershipId", shared, "financialYear", "2023-24", "allocatedPence", 1)).post(BUDGETS)
                .then().statusCode(403);
        as(participant.finance()).get(path).then().statusCode(404);
        as(participant.finance()).get(BUDGETS).then().body("totalItems", equalTo(0));
        as(TestOrganisation.create().admin()).get(path).then().statusCode(404);
        as(s.org().member()).get(path).then().statusCode(403);
        as(s.org().analyst()).get(BUDGETS).then().statusCode(403);

        as(s.org().admin()).body(Map.of("partnershipId", shared, "financialYear", "24-25", "allocatedPence", -1)).post(BUDGETS)
                .then().statusCode(400).body("errors.field", equalTo(List.of("allocatedPence", "financialYear")));

        body.put("allocatedPence", 120000);
        body.put("version", 0);
        as(s.org().admin()).body(body).put(path).then().statusCode(200).body("allocatedPence", equalTo(120000))
                .body("version", equalTo(1));
        as(s.org().admin()).body(body).put(path).then().statusCode(409);
        body.remove("version");
        as(s.org().admin()).header("If-Match", "\"0\"").body(body).put(path).then().statusCode(412);
        body.put("version", 1);
        body.put("financialYear", "2025-26");
        as(s.org().admin()).body(body).put(path).then().statusCode(400).body("errors[0].field", equalTo("financialYear"));
        as(s.org().staff()).body(body).put(path).then().statusCode(403);
    }

    @Test
    void settingAndChangingABudgetIsOneEntryEachInTheRunningOrganisationsTrail() {
        Setup s = ClaimFixtures.setup();
        String id = budget(s, "2024-25", 50000);
        MoneyTrail trail = MoneyTrail.of(s.org().admin(), "budget", id);
        assertEquals(1, trail.count());
        Map<String, Object> created = trail.history().getList("items", Map.class).get(0);
        assertEquals("created", created.get("action"));
        assertEquals(50000, MoneyTrail.after(created, "allocatedPence"));
        // Finance read the history of money; staff do not read budgets' history.
        assertEquals(1, MoneyTrail.of(s.org().finance(), "budget", id).count());
        assertEquals(0, MoneyTrail.of(s.org().staff(), "budget", id).count());

        String path = BUDGETS + "/" + id;
        Map<String, Object> body = new HashMap<>(Map.of("partnershipId", s.partnershipId(), "financialYear", "2024-25",
                "allocatedPence", 60000, "notes", "Raised in August", "version", 0));
        as(s.org().admin()).body(body).put(path).then().statusCode(200);
        Map<String, Object> raised = trail.oneNew("budget", "updated", "allocatedPence", "notes");
        assertEquals(60000, MoneyTrail.after(raised, "allocatedPence"));
        as(s.org().admin()).body(body).put(path).then().statusCode(409).body("type", endsWith("/problems/version-conflict"));
        body.remove("version");
        as(s.org().admin()).header("If-Match", "\"0\"").body(body).put(path).then().statusCode(412)
                .body("type", endsWith("/problems/version-conflict"));
        as(s.org().admin()).body(Map.of("partnershipId", s.partnershipId(), "financialYear", "2024-25", "allocatedPence", 1))
                .post(BUDGETS).then().statusCode(409).body("type", endsWith("/problems/business-rule"));
        trail.nothingNew();
        // Another organisation's admin reads none of it.
        assertEquals(0, MoneyTrail.of(TestOrganisation.create().admin(), "budget", id).count());
    }
}
