package org.tandem.claim;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tandem.claim.ClaimFixtures.claim;
import static org.tandem.claim.ClaimFixtures.expense;
import static org.tandem.claim.ClaimFixtures.setup;
import static org.tandem.claim.ClaimFixtures.transition;
import static org.tandem.support.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.claim.ClaimFixtures.Setup;
import org.tandem.person.PersonAccounts;
import org.tandem.support.Fixtures;
import org.tandem.support.TestOrganisation;

@QuarkusTest
class ClaimantResourceTest {
    private static final String CLAIMANTS = "/api/v1/claimants";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    /** The financial year in which claims paid today count. */
    private static final String THIS_YEAR = TODAY.getMonthValue() >= 4
            ? TODAY.getYear() + "-" + String.format("%02d", (TODAY.getYear() + 1) % 100)
            : (TODAY.getYear() - 1) + "-" + String.format("%02d", TODAY.getYear() % 100);

    @Test
    void staffLinkASignInToOnePersonOfTheirOrganisation() {
        TestOrganisation org = TestOrganisation.create();
        String anne = Fixtures.person(org, "Anne Hooper");
        String sue = Fixtures.person(org, "Sue Boland");
        String member = org.member();
        String subject = as(member).get(CLAIMANTS + "/me").then().statusCode(200).body("linked", equalTo(false))
                .extract().path("userSubject");

        as(org.staff()).body(Map.of("userSubject", subject)).put(CLAIMANTS + "/" + anne + "/account").then().statusCode(200)
                .body("linked", equalTo(true)).body("personId", equalTo(anne)).body("displayName", equalTo("Anne Hooper"));
        as(member).get(CLAIMANTS + "/me").then().body("personId", equalTo(anne));
        // Linking again is harmless; linking the same sign-in to someone else is refused.
        as(org.admin()).body(Map.of("userSubject", subject)).put(CLAIMANTS + "/" + anne + "/account").then().statusCode(200);
        as(org.staff()).body(Map.of("userSubject", subject)).put(CLAIMANTS + "/" + sue + "/account").then().statusCode(409);
        as(org.staff()).body(Map.of("userSubject", " ")).put(CLAIMANTS + "/" + sue + "/account").then().statusCode(400)
                .body("errors[0].field", equalTo("userSubject"));
        as(member).body(Map.of("userSubject", subject)).put(CLAIMANTS + "/" + sue + "/account").then().statusCode(403);
        TestOrganisation stranger = TestOrganisation.create();
        as(stranger.staff()).body(Map.of("userSubject", "x")).put(CLAIMANTS + "/" + anne + "/account").then().statusCode(404);
        as(stranger.staff()).delete(CLAIMANTS + "/" + anne + "/account").then().statusCode(404);

        // A sign-in linked in one organisation is no claimant in another.
        String strangerMember = stranger.member();
        String strangerSubject = as(strangerMember).get(CLAIMANTS + "/me").then().extract().path("userSubject");
        as(org.staff()).body(Map.of("userSubject", strangerSubject)).put(CLAIMANTS + "/" + sue + "/account").then().statusCode(200);
        as(strangerMember).get(CLAIMANTS + "/me").then().body("linked", equalTo(false));

        as(org.staff()).delete(CLAIMANTS + "/" + anne + "/account").then().statusCode(204);
        as(member).get(CLAIMANTS + "/me").then().body("linked", equalTo(false)).body("personId", nullValue());
        as(org.analyst()).get(CLAIMANTS + "/me").then().statusCode(403);
    }

    @Test
    void whatEachPersonWasPaidThisYearWarnsWhenInvolvementPaymentsPassThePolicyAmount() {
        // A benefits warning above GBP 200 of involvement payments a year.
        Setup s = setup(Map.of("benefitsWarningPence", 20000));
        String finance = s.org().finance();
        String anne = Fixtures.person(s.org(), "Anne Hooper");
        String sue = Fixtures.person(s.org(), "Sue Boland");
        String kim = Fixtures.person(s.org(), "Kim");
        String secondMeeting = ClaimFixtures.meeting(s.org(), s.partnershipId(), "2024-09-11T13:45:00+01:00");
        // Anne: two full days (GBP 300) and GBP 6.40 travel: over the amount.
        pay(s, claim(s, anne, List.of(Map.of("category", "INVOLVEMENT_PAYMENT", "duration", "FULL_DAY"), expense("PUBLIC_TRANSPORT", 640))), finance);
        pay(s, claim(s, s.org().staff(), anne, secondMeeting, List.of(Map.of("category", "INVOLVEMENT_PAYMENT", "duration", "FULL_DAY"))), finance);
        // Sue declines payment: GBP 250 of expenses only, no warning.
        pay(s, claim(s, sue, List.of(Map.of("category", "CARER_COVER", "amountPence", 1999),
                Map.of("category", "OTHER", "amountPence", 1999, "description", "Childcare"))), finance);
        pay(s, claim(s, s.org().staff(), sue, secondMeeting, List.of(Map.of("category", "MILEAGE", "miles", 466.7))), finance);
        // Kim: exactly GBP 200 is not above it. An approved, unpaid claim is not counted.
        pay(s, claim(s, kim, List.of(Map.of("category", "INVOLVEMENT_PAYMENT", "duration", "HOURS", "hours", 10))), finance);
        ClaimFixtures.approve(s, claim(s, s.org().staff(), kim, secondMeeting, List.of(ClaimFixtures.halfDay())), finance);

        as(finance).get(CLAIMANTS + "/" + anne + "?financialYear=" + THIS_YEAR).then().statusCode(200)
                .body("displayName", equalTo("Anne Hooper")).body("financialYear", equalTo(THIS_YEAR))
                .body("paidClaims", equalTo(2)).body("paidPence", equalTo(30640)).body("involvementPaidPence", equalTo(30000))
                .body("expensesPaidPence", equalTo(640)).body("benefitsWarningPence", equalTo(20000))
                .body("benefitsWarning", equalTo(true)).body("currency", equalTo("GBP"));
        // 466.7 miles at 45p = 21001.5p -> 21002p.
        as(finance).get(CLAIMANTS + "/" + sue).then().statusCode(200).body("financialYear", equalTo(THIS_YEAR))
                .body("paidPence", equalTo(1999 + 1999 + 21002)).body("involvementPaidPence", equalTo(0))
                .body("benefitsWarning", equalTo(false));
        as(finance).get(CLAIMANTS + "/" + kim).then().body("paidClaims", equalTo(1)).body("involvementPaidPence", equalTo(20000))
                .body("benefitsWarning", equalTo(false));

        as(finance).queryParam("financialYear", THIS_YEAR).get(CLAIMANTS).then().statusCode(200)
                .body("items.personId", equalTo(List.of(anne, sue, kim))).body("totalItems", equalTo(3))
                .body("items.displayName", equalTo(List.of("Anne Hooper", "Sue Boland", "Kim")));
        as(finance).queryParams(Map.of("financialYear", THIS_YEAR, "benefitsWarning", true)).get(CLAIMANTS).then()
                .body("items.personId", equalTo(List.of(anne)));
        as(finance).queryParams(Map.of("financialYear", THIS_YEAR, "benefitsWarning", false, "sort", "involvementPaidPence,desc"))
                .get(CLAIMANTS).then().body("items.personId", equalTo(List.of(kim, sue)));
        as(finance).queryParams(Map.of("financialYear", THIS_YEAR, "size", 1, "page", 2)).get(CLAIMANTS).then()
                .body("items.personId", equalTo(List.of(kim))).body("totalPages", equalTo(3));
        as(finance).queryParam("financialYear", "2019-20").get(CLAIMANTS).then().body("totalItems", equalTo(0));
        as(finance).get(CLAIMANTS + "/" + anne + "?financialYear=2019-20").then().body("paidPence", equalTo(0))
                .body("benefitsWarning", equalTo(false)).body("benefitsWarningPence", nullValue());

        as(finance).get(CLAIMANTS).then().statusCode(400).body("errors[0].field", equalTo("financialYear"));
        as(finance).queryParams(Map.of("financialYear", THIS_YEAR, "benefitsWarning", "perhaps")).get(CLAIMANTS)
                .then().statusCode(400).body("errors[0].field", equalTo("benefitsWarning"));
        as(finance).queryParams(Map.of("financialYear", THIS_YEAR, "sort", "displayName")).get(CLAIMANTS)
                .then().statusCode(400).body("errors[0].field", equalTo("sort"));

        // Members see their own year only; other organisations see nobody.
        String anneMember = ClaimFixtures.linkedMember(s.org(), anne);
        as(anneMember).get(CLAIMANTS + "/" + anne).then().statusCode(200).body("benefitsWarning", equalTo(true));
        as(anneMember).get(CLAIMANTS + "/" + sue).then().statusCode(404);
        as(anneMember).queryParam("financialYear", THIS_YEAR).get(CLAIMANTS).then().statusCode(403);
        TestOrganisation stranger = TestOrganisation.create();
        as(stranger.finance()).get(CLAIMANTS + "/" + anne).then().statusCode(404);
        as(stranger.finance()).queryParam("financialYear", THIS_YEAR).get(CLAIMANTS).then().body("totalItems", equalTo(0));
    }

    private static void pay(Setup s, String claimId, String finance) {
        ClaimFixtures.approve(s, claimId, finance);
        assertEquals(200, transition(finance, s.claimPath(claimId), "mark-paid",
                Map.of("paidOn", TODAY.toString(), "reference", "BACS-1")));
    }

    @Inject
    PersonAccounts accounts;

    @Test
    void linkingRelinkingAndUnlinkingAreEachOneEntryAndTheLinkNamesThePersonsSignIns() {
        TestOrganisation org = TestOrganisation.create();
        String anne = Fixtures.person(org, "Anne Hooper");
        String member = org.member();
        String subject = as(member).get(CLAIMANTS + "/me").then().extract().path("userSubject");
        MoneyTrail trail = MoneyTrail.of(org.admin(), "claimant-account", anne);
        assertEquals(List.of(), QuarkusTransaction.requiringNew().call(() -> accounts.subjectsOf(UUID.fromString(anne))));

        as(org.staff()).body(Map.of("userSubject", subject)).put(CLAIMANTS + "/" + anne + "/account").then().statusCode(200);
        Map<String, Object> linked = trail.oneNew("claimant-account", "created", "userSubject", "personId");
        assertEquals(subject, MoneyTrail.after(linked, "userSubject"));
        assertEquals(true, MoneyTrail.personal(linked, "userSubject"));
        assertEquals(List.of(subject), QuarkusTransaction.requiringNew().call(() -> accounts.subjectsOf(UUID.fromString(anne))));

        String other = as(org.finance()).get(CLAIMANTS + "/me").then().extract().path("userSubject");
        as(org.staff()).body(Map.of("userSubject", other)).put(CLAIMANTS + "/" + anne + "/account").then().statusCode(200);
        trail.oneNew("claimant-account", "updated", "userSubject");
        String sue = Fixtures.person(org, "Sue Boland");
        as(org.staff()).body(Map.of("userSubject", other)).put(CLAIMANTS + "/" + sue + "/account").then().statusCode(409)
                .body("type", endsWith("/problems/business-rule"));
        trail.nothingNew();

        as(org.staff()).delete(CLAIMANTS + "/" + anne + "/account").then().statusCode(204);
        trail.oneNew("claimant-account", "deleted", "userSubject");
        as(org.staff()).delete(CLAIMANTS + "/" + anne + "/account").then().statusCode(204);
        trail.nothingNew();
        assertEquals(List.of(), QuarkusTransaction.requiringNew().call(() -> accounts.subjectsOf(UUID.fromString(anne))));
    }
}
