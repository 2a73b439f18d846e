package org.tandem.reimbursement;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tandem.claim.ClaimFixtures.POLICIES;
import static org.tandem.claim.ClaimFixtures.halfDay;
import static org.tandem.claim.ClaimFixtures.policyBody;
import static org.tandem.support.Api.anonymous;
import static org.tandem.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Arrays;
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
class ReimbursementPolicyResourceTest {

    @Test
    void adminsSetAPolicyAndEveryoneWhoClaimsReadsIt() {
        TestOrganisation org = TestOrganisation.create();
        String partnership = Fixtures.partnership(org, "People's Partnership (policy test)");
        Map<String, Object> body = policyBody(partnership);
        body.put("notes", "  Following NHS England's involvement payments policy. ");
        String location = as(org.admin()).body(body).post(POLICIES)
                .then().statusCode(201).header("Location", containsString(POLICIES + "/")).header("ETag", "\"0\"")
                .body("partnershipId", equalTo(partnership)).body("effectiveFrom", equalTo("2024-04-01"))
                .body("effectiveTo", nullValue()).body("halfDayRatePence", equalTo(7500))
                .body("fullDayRatePence", equalTo(15000)).body("hourlyRatePence", equalTo(2000))
                .body("mileageRatePence", equalTo(45)).body("receiptThresholdPence", equalTo(2000))
                .body("claimDeadlineDays", equalTo(3650)).body("benefitsWarningPence", equalTo(100000))
                .body("allowedCategories", equalTo(List.of("PUBLIC_TRANSPORT", "MILEAGE", "TAXI", "PARKING", "SUBSISTENCE",
                        "CARER_COVER", "OTHER")))
                .body("currency", equalTo("GBP")).body("inUse", equalTo(false))
                .body("notes", equalTo("Following NHS England's involvement payments policy."))
                .extract().header("Location");

        for (String token : List.of(org.staff(), org.member(), org.finance())) {
            as(token).get(location).then().statusCode(200).body("halfDayRatePence", equalTo(7500));
        }
        as(org.analyst()).get(location).then().statusCode(403);
        as(org.staff()).body(policyBody(partnership)).post(POLICIES).then().statusCode(403);
        anonymous().get(POLICIES).then().statusCode(401);

        TestOrganisation stranger = TestOrganisation.create();
        as(stranger.admin()).get(location).then().statusCode(404);
        as(stranger.admin()).queryParam("partnershipId", partnership).get(POLICIES).then().body("totalItems", equalTo(0));
        Map<String, Object> theirs = policyBody(partnership);
        theirs.put("effectiveFrom", "2025-04-01");
        as(stranger.admin()).body(theirs).post(POLICIES).then().statusCode(400).body("errors[0].field", equalTo("partnershipId"));

        // A participant reads the policy but does not set it.
        TestOrganisation participant = TestOrganisation.create();
        String shared = Fixtures.partnership(org, Map.of("name", "Shared", "participantOrganisationIds", List.of(participant.id())));
        String sharedPolicy = ClaimFixtures.policy(org, policyBody(shared));
        as(participant.member()).get(POLICIES + "/" + sharedPolicy).then().statusCode(200);
        Map<String, Object> participantPolicy = policyBody(shared);
        participantPolicy.put("effectiveFrom", "2025-04-01");
        as(participant.admin()).body(participantPolicy).post(POLICIES).then().statusCode(403);
    }

    @Test
    void aMeetingIsPaidUnderThePolicyInForceOnItsDateAndOldClaimsKeepTheirRates() {
        Setup s = ClaimFixtures.setup();
        String anne = Fixtures.person(s.org(), "Anne Hooper");
        String anneClaim = ClaimFixtures.claim(s, anne, List.of(halfDay()));

        // From 1 July 2024 a half day pays GBP 80: the meeting of 17 July falls under the new policy.
        Map<String, Object> raise = policyBody(s.partnershipId());
        raise.put("effectiveFrom", "2024-07-01");
        raise.put("halfDayRatePence", 8000);
        String newer = ClaimFixtures.policy(s.org(), raise);

        as(s.org().member()).queryParams(Map.of("partnershipId", s.partnershipId(), "inForceOn", "2024-07-17")).get(POLICIES)
                .then().statusCode(200).body("items.id", equalTo(List.of(newer)));
        as(s.org().member()).queryParams(Map.of("partnershipId", s.partnershipId(), "inForceOn", "2024-06-30")).get(POLICIES)
                .then().body("items.id", equalTo(List.of(s.policyId())));
        as(s.org().member()).queryParams(Map.of("partnershipId", s.partnershipId(), "inForceOn", "2024-03-31")).get(POLICIES)
                .then().body("totalItems", equalTo(0));
        as(s.org().member()).queryParam("partnershipId", s.partnershipId()).get(POLICIES).then()
                .body("items.id", equalTo(List.of(newer, s.policyId())))
                .body("items.effectiveTo", equalTo(Arrays.asList(null, "2024-06-30")))
                .body("items[1].inUse", equalTo(true));
        as(s.org().member()).queryParams(Map.of("partnershipId", s.partnershipId(), "sort", "effectiveFrom")).get(POLICIES)
                .then().body("items.id", equalTo(List.of(s.policyId(), newer)));

        as(s.org().staff()).get(s.claimPath(anneClaim)).then().body("policyId", equalTo(s.policyId()))
                .body("lines[0].amountPence", equalTo(7500));
        String sueClaim = ClaimFixtures.claim(s, Fixtures.person(s.org(), "Sue Boland"), List.of(halfDay()));
        as(s.org().staff()).get(s.claimPath(sueClaim)).then().body("policyId", equalTo(newer))
                .body("lines[0].amountPence", equalTo(8000)).body("totals.totalPence", equalTo(8000));
        // Lines added to the older claim later still use its policy.
        as(s.org().staff()).body(Map.of("category", "MILEAGE", "miles", 10)).post(s.claimPath(anneClaim) + "/lines")
                .then().statusCode(201).body("totals.totalPence", equalTo(7500 + 450));

        for (String parameter : List.of("partnershipId", "inForceOn", "sort")) {
            as(s.org().member()).queryParam(parameter, "nonsense").get(POLICIES).then().statusCode(400)
                    .body("errors[0].field", equalTo(parameter));
        }
    }

    @Test
    void aPolicyIsCheckedAndKeptOnceAClaimUsesIt() {
        TestOrganisation org = TestOrganisation.create();
        String partnership = Fixtures.partnership(org, "People's Partnership (policy test)");
        as(org.admin()).body(Map.of("effectiveFrom", "someday", "allowedCategories", List.of("MILEAGE"))).post(POLICIES)
                .then().statusCode(400).body("errors[0].field", equalTo("effectiveFrom"));
        as(org.admin()).body(Map.of("allowedCategories", List.of("BUS"))).post(POLICIES).then().statusCode(400)
                .body("errors[0].field", equalTo("allowedCategories[0]"));
        as(org.admin()).body(Map.of("halfDayRatePence", -1)).post(POLICIES).then().statusCode(400)
                .body("errors.field", equalTo(List.of("allowedCategories", "claimDeadlineDays", "effectiveFrom",
                        "halfDayRatePence", "partnershipId", "receiptThresholdPence")));
        Map<String, Object> noMileageRate = new HashMap<>(policyBody(partnership));
        noMileageRate.remove("mileageRatePence");
        as(org.admin()).body(noMileageRate).post(POLICIES).then().statusCode(400)
                .body("errors[0].field", equalTo("mileageRatePence"));

        String path = POLICIES + "/" + ClaimFixtures.policy(org, policyBody(partnership));
        as(org.admin()).body(policyBody(partnership)).post(POLICIES).then().statusCode(409)
                .body("detail", containsString("starting on that date"));

        Map<String, Object> corrected = policyBody(partnership);
        corrected.put("halfDayRatePence", 7000);
        corrected.put("version", 0);
        as(org.admin()).body(corrected).put(path).then().statusCode(200).body("halfDayRatePence", equalTo(7000))
                .body("version", equalTo(1));
        as(org.admin()).body(corrected).put(path).then().statusCode(409).body("title", equalTo("Version conflict"));
        corrected.remove("version");
        as(org.admin()).header("If-Match", "\"0\"").body(corrected).put(path).then().statusCode(412);
        corrected.put("version", 1);
        corrected.put("partnershipId", Fixtures.partnership(org, "Another"));
        as(org.admin()).body(corrected).put(path).then().statusCode(400).body("errors[0].field", equalTo("partnershipId"));

        String meeting = ClaimFixtures.meeting(org, partnership, ClaimFixtures.MEETING_START);
        String policyId = path.substring(POLICIES.length() + 1);
        ClaimFixtures.claim(new Setup(org, partnership, meeting, policyId), Fixtures.person(org, "Anne"), List.of(halfDay()));
        corrected.put("partnershipId", partnership);
        as(org.admin()).body(corrected).put(path).then().statusCode(409).body("detail", containsString("later effectiveFrom"));
        as(org.admin()).header("If-Match", "\"" + ClaimFixtures.version(org.admin(), path) + "\"").delete(path).then()
                .statusCode(409).body("type", endsWith("/problems/business-rule"));
        as(org.admin()).get(path).then().body("inUse", equalTo(true));

        Map<String, Object> unused = policyBody(partnership);
        unused.put("effectiveFrom", "2030-04-01");
        String unusedPath = POLICIES + "/" + ClaimFixtures.policy(org, unused);
        as(org.staff()).delete(unusedPath).then().statusCode(403);
        as(org.admin()).header("If-Match", "\"7\"").delete(unusedPath).then().statusCode(412);
        as(org.admin()).delete(unusedPath).then().statusCode(400);
        as(org.admin()).header("If-Match", "\"" + ClaimFixtures.version(org.admin(), unusedPath) + "\"").delete(unusedPath)
                .then().statusCode(204);
        as(org.admin()).get(unusedPath).then().statusCode(404);
    }

    @Test
    void addingCorrectingAndDeletingAPolicyAreOneEntryEach() {
        TestOrganisation org = TestOrganisation.create();
        String partnership = Fixtures.partnership(org, "People's Partnership (policy trail)");
        String id = ClaimFixtures.policy(org, policyBody(partnership));
        MoneyTrail trail = MoneyTrail.of(org.admin(), "reimbursement-policy", id);
        assertEquals(1, trail.count());
        Map<String, Object> created = trail.history().getList("items", Map.class).get(0);
        assertEquals("created", created.get("action"));
        assertEquals(7500, MoneyTrail.after(created, "halfDayRatePence"));
        assertEquals(List.of("CARER_COVER", "MILEAGE", "OTHER", "PARKING", "PUBLIC_TRANSPORT", "SUBSISTENCE", "TAXI"),
                MoneyTrail.after(created, "allowedCategories"));

        String path = POLICIES + "/" + id;
        Map<String, Object> corrected = policyBody(partnership);
        corrected.put("halfDayRatePence", 7000);
        corrected.put("allowedCategories", List.of("PUBLIC_TRANSPORT", "MILEAGE"));
        corrected.put("version", 0);
        as(org.admin()).body(corrected).put(path).then().statusCode(200);
        Map<String, Object> updated = trail.oneNew("reimbursement-policy", "updated", "halfDayRatePence", "allowedCategories");
        assertEquals(List.of("MILEAGE", "PUBLIC_TRANSPORT"), MoneyTrail.after(updated, "allowedCategories"));
        as(org.admin()).body(corrected).put(path).then().statusCode(409).body("type", endsWith("/problems/version-conflict"));
        as(org.admin()).header("If-Match", "\"0\"").delete(path).then().statusCode(412)
                .body("type", endsWith("/problems/version-conflict"));
        trail.nothingNew();
        as(org.admin()).header("If-Match", "\"1\"").delete(path).then().statusCode(204);
        trail.oneNew("reimbursement-policy", "deleted", "halfDayRatePence");
    }
}
