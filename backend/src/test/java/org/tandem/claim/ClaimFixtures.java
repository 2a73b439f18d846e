package org.tandem.claim;

import static org.tandem.support.Api.as;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tandem.support.Fixtures;
import org.tandem.support.TestOrganisation;

/** A partnership with a meeting and a reimbursement policy, and claims on it, made through the API. */
public final class ClaimFixtures {
    public static final String CLAIMS = "/api/v1/claims";
    public static final String POLICIES = "/api/v1/reimbursement-policies";
    /** The Lewisham People's Partnership meeting of seed 002, in the 2024-25 financial year. */
    public static final String MEETING_START = "2024-07-17T13:45:00+01:00";

    private ClaimFixtures() {}

    /** An organisation running a partnership that met on 17 July 2024 and pays under {@link #policyBody}. */
    public record Setup(TestOrganisation org, String partnershipId, String meetingId, String policyId) {
        public String claimPath(String claimId) {
            return CLAIMS + "/" + claimId;
        }
    }

    public static Setup setup() {
        return setup(policyBody(null));
    }

    /** As {@link #setup()}, under a policy with these fields changed. */
    public static Setup setup(Map<String, Object> policyChanges) {
        TestOrganisation org = TestOrganisation.create();
        String partnership = Fixtures.partnership(org, "People's Partnership (claims test)");
        String meeting = meeting(org, partnership, MEETING_START);
        Map<String, Object> policy = policyBody(partnership);
        policy.putAll(policyChanges);
        policy.put("partnershipId", partnership);
        return new Setup(org, partnership, meeting, policy(org, policy));
    }

    /**
     * NICE's rates (GBP 75 a half day, GBP 150 a full day), GBP 20 an hour, HMRC's 45p a mile, receipts above GBP 20,
     * claims due within ten years (so nothing is late unless a test says so), a benefits warning above GBP 1,000.
     */
    public static Map<String, Object> policyBody(String partnershipId) {
        Map<String, Object> body = new HashMap<>();
        body.put("partnershipId", partnershipId);
        body.put("effectiveFrom", "2024-04-01");
        body.put("halfDayRatePence", 7500);
        body.put("fullDayRatePence", 15000);
        body.put("hourlyRatePence", 2000);
        body.put("mileageRatePence", 45);
        body.put("allowedCategories", List.of("PUBLIC_TRANSPORT", "MILEAGE", "TAXI", "PARKING", "SUBSISTENCE", "CARER_COVER", "OTHER"));
        body.put("receiptThresholdPence", 2000);
        body.put("claimDeadlineDays", 3650);
        body.put("benefitsWarningPence", 100000);
        return body;
    }

    public static String policy(TestOrganisation org, Map<String, Object> body) {
        return as(org.admin()).body(body).post(POLICIES).then().statusCode(201).extract().path("id");
    }

    public static String meeting(TestOrganisation org, String partnershipId, String startsAt) {
        return as(org.staff()).body(Map.of("partnershipId", partnershipId, "title", "Lewisham People's Partnership (test)",
                        "startsAt", startsAt, "format", "ONLINE", "onlineLink", "https://meet.example.org/lpp"))
                .post("/api/v1/meetings").then().statusCode(201).extract().path("id");
    }

    /** A draft made by staff for {@code personId} with these lines. */
    public static String claim(Setup s, String personId, List<Map<String, Object>> lines) {
        return claim(s, s.org().staff(), personId, s.meetingId(), lines);
    }

    /**
     * A claim with these lines; one of expenses only declines the involvement payment (as it must, to be submitted).
     */
    public static String claim(Setup s, String token, String personId, String meetingId, List<Map<String, Object>> lines) {
        Map<String, Object> body = new HashMap<>(Map.of("meetingId", meetingId, "lines", lines));
        if (!lines.isEmpty() && lines.stream().noneMatch(line -> "INVOLVEMENT_PAYMENT".equals(line.get("category")))) {
            body.put("declineInvolvementPayment", true);
        }
        if (personId != null) {
            body.put("claimantPersonId", personId);
        }
        return as(token).body(body).post(CLAIMS).then().statusCode(201).extract().path("id");
    }

    public static Map<String, Object> expense(String category, int pence) {
        return Map.of("category", category, "amountPence", pence);
    }

    public static Map<String, Object> halfDay() {
        return Map.of("category", "INVOLVEMENT_PAYMENT", "duration", "HALF_DAY");
    }

    public static int version(String token, String path) {
        return as(token).get(path).then().statusCode(200).extract().path("version");
    }

    /** Sends a transition (submit, approve, ...) with the claim's current version; returns the response status. */
    public static int transition(String token, String claimPath, String action, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("version", version(token, claimPath));
        return as(token).body(body).post(claimPath + "/" + action).then().extract().statusCode();
    }

    public static void submit(Setup s, String claimId) {
        require(200, transition(s.org().staff(), s.claimPath(claimId), "submit", Map.of()));
    }

    /** Submitted by staff and approved by a finance user; the budget must have room (or none is checked here). */
    public static void approve(Setup s, String claimId, String financeToken) {
        submit(s, claimId);
        require(200, transition(financeToken, s.claimPath(claimId), "approve", Map.of("budgetOverrideReason", "Test")));
    }

    /** A member token whose sign-in staff linked to {@code personId}. */
    public static String linkedMember(TestOrganisation org, String personId) {
        String member = org.member();
        link(org, personId, member);
        return member;
    }

    /** Links the sign-in of {@code token} to {@code personId}. */
    public static void link(TestOrganisation org, String personId, String token) {
        String subject = as(token).get("/api/v1/claimants/me").then().statusCode(200).extract().path("userSubject");
        as(org.staff()).body(Map.of("userSubject", subject)).put("/api/v1/claimants/" + personId + "/account")
                .then().statusCode(200);
    }

    private static void require(int expected, int actual) {
        if (expected != actual) {
            throw new AssertionError("expected status " + expected + " but was " + actual);
        }
    }
}
