package org.tandem.claim;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tandem.claim.ClaimFixtures.CLAIMS;
import static org.tandem.claim.ClaimFixtures.claim;
import static org.tandem.claim.ClaimFixtures.expense;
import static org.tandem.claim.ClaimFixtures.halfDay;
import static org.tandem.claim.ClaimFixtures.setup;
import static org.tandem.claim.ClaimFixtures.version;
import static org.tandem.support.Api.anonymous;
import static org.tandem.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.claim.ClaimFixtures.Setup;
import org.tandem.support.Fixtures;
import org.tandem.support.TestOrganisation;

@QuarkusTest
class ClaimResourceTest {

    @Test
    void staffMakeAClaimOnSomeonesBehalfAndTheServerWorksOutEveryAmount() {
        Setup s = setup();
        String anne = Fixtures.person(s.org(), "Anne Hooper");
        String location = as(s.org().staff())
                .body(Map.of("claimantPersonId", anne, "meetingId", s.meetingId(), "notes", "  Came with my carer  ",
                        "lines", List.of(halfDay(),
                                Map.of("category", "MILEAGE", "miles", 12.3, "description", "Home to the Civic Centre and back"),
                                expense("PUBLIC_TRANSPORT", 640),
                                Map.of("category", "TAXI", "amountPence", 1500, "reason", "No step-free route"))))
                .post(CLAIMS)
                .then().statusCode(201).header("Location", containsString(CLAIMS + "/")).header("ETag", "\"0\"")
                .body("reference", matchesPattern("C\\d{6,}")).body("status", equalTo("DRAFT"))
                .body("claimantPersonId", equalTo(anne)).body("claimantName", equalTo("Anne Hooper"))
                .body("meeting.id", equalTo(s.meetingId())).body("meeting.date", equalTo("2024-07-17"))
                .body("meeting.partnershipId", equalTo(s.partnershipId()))
                .body("meeting.partnershipName", equalTo("People's Partnership (claims test)"))
                .body("policyId", equalTo(s.policyId())).body("notes", equalTo("Came with my carer"))
                .body("lines.category", equalTo(List.of("INVOLVEMENT_PAYMENT", "MILEAGE", "PUBLIC_TRANSPORT", "TAXI")))
                .body("lines[0].unitRatePence", equalTo(7500)).body("lines[0].amountPence", equalTo(7500))
                .body("lines[1].miles", equalTo(12.3f)).body("lines[1].unitRatePence", equalTo(45))
                // 12.3 miles at 45p is 553.5p: half-up to 554p.
                .body("lines[1].amountPence", equalTo(554))
                .body("lines[2].amountPence", equalTo(640)).body("lines[2].receiptRequired", equalTo(false))
                .body("lines[3].reason", equalTo("No step-free route")).body("lines[3].receiptRequired", equalTo(false))
                .body("totals.involvementPence", equalTo(7500)).body("totals.expensesPence", equalTo(2694))
                .body("totals.totalPence", equalTo(10194)).body("totals.currency", equalTo("GBP"))
                .body("deadline", equalTo("2034-07-15")).body("late", equalTo(false))
                .body("history.size()", equalTo(1)).body("history[0].from", nullValue())
                .body("history[0].to", equalTo("DRAFT")).body("history[0].by", equalTo("Test staff"))
                .body("allowedActions", equalTo(List.of("EDIT", "DELETE", "SUBMIT")))
                .extract().header("Location");

        as(s.org().finance()).get(location).then().statusCode(200).body("totals.totalPence", equalTo(10194))
                .body("allowedActions", equalTo(List.of())).body("claimantAttendance", nullValue());
    }

    @Test
    void ratesAndMileageAreWorkedOutToThePennyRoundingHalfUp() {
        Setup s = setup(Map.of("hourlyRatePence", 1333, "mileageRatePence", 45));
        String path = s.claimPath(claim(s, Fixtures.person(s.org(), "Sue Boland"), List.of()));
        // {line, expected amount}: 1.25 h x 1333p = 1666.25p -> 1666p; 10.01 mi x 45p = 450.45p -> 450p;
        // 0.5 mi x 45p = 22.5p -> 23p; 0.3 mi x 45p = 13.5p -> 14p; a full day is the full-day rate.
        Object[][] cases = {
                {Map.of("category", "INVOLVEMENT_PAYMENT", "duration", "HOURS", "hours", 1.25), 1666},
                {Map.of("category", "MILEAGE", "miles", 10.01), 450},
                {Map.of("category", "MILEAGE", "miles", 0.5), 23},
                {Map.of("category", "MILEAGE", "miles", 0.3), 14},
                {Map.of("category", "CARER_COVER", "amountPence", 4599), 4599}};
        long expectedTotal = 0;
        for (Object[] c : cases) {
            expectedTotal += (int) c[1];
            as(s.org().staff()).body(c[0]).post(path + "/lines").then().statusCode(201)
                    .header("Location", containsString(path + "/lines/"))
                    .body("lines[-1].amountPence", equalTo(c[1])).body("totals.totalPence", equalTo((int) expectedTotal));
        }
        // Changing a line works its amount out again: 2.5 hours at 1333p = 3332.5p -> 3333p.
        String hoursLine = as(s.org().staff()).get(path).then().extract().path("lines[0].id");
        as(s.org().staff()).body(Map.of("category", "INVOLVEMENT_PAYMENT", "duration", "HOURS", "hours", 2.5,
                        "version", version(s.org().staff(), path)))
                .put(path + "/lines/" + hoursLine).then().statusCode(200)
                .body("lines[0].amountPence", equalTo(3333)).body("lines[0].hours", equalTo(2.5f))
                .body("totals.involvementPence", equalTo(3333))
                .body("totals.expensesPence", equalTo(450 + 23 + 14 + 4599))
                .body("totals.totalPence", equalTo(3333 + 450 + 23 + 14 + 4599));
        as(s.org().staff()).get(path + "/lines/" + hoursLine).then().statusCode(200).body("unitRatePence", equalTo(1333));
        as(s.org().staff()).header("If-Match", "\"" + version(s.org().staff(), path) + "\"").delete(path + "/lines/" + hoursLine)
                .then().statusCode(200)
                .body("lines.size()", equalTo(4)).body("totals.totalPence", equalTo(450 + 23 + 14 + 4599));
        as(s.org().staff()).get(path + "/lines/" + hoursLine).then().statusCode(404);
    }

    @Test
    void eachLineIsCheckedAgainstItsCategoryAndThePolicy() {
        Setup s = setup(Map.of("allowedCategories", List.of("PUBLIC_TRANSPORT", "TAXI", "OTHER")));
        String path = s.claimPath(claim(s, Fixtures.person(s.org(), "Julie Clayton"), List.of()));
        String lines = path + "/lines";
        String staff = s.org().staff();

        as(staff).body(expense("PARKING", 500)).post(lines).then().statusCode(400)
                .body("errors.field", equalTo(List.of("category")))
                .body("errors[0].message", containsString("[PUBLIC_TRANSPORT, TAXI, OTHER]"));
        as(staff).body(Map.of("category", "MILEAGE", "miles", 3)).post(lines).then().statusCode(400)
                .body("errors.field", hasItems("category"));
        as(staff).body(expense("TAXI", 1200)).post(lines).then().statusCode(400).body("errors.field", equalTo(List.of("reason")));
        as(staff).body(expense("OTHER", 1200)).post(lines).then().statusCode(400).body("errors.field", equalTo(List.of("description")));
        as(staff).body(Map.of("category", "PUBLIC_TRANSPORT", "amountPence", 300, "miles", 2, "duration", "FULL_DAY"))
                .post(lines).then().statusCode(400).body("errors.field", equalTo(List.of("duration", "miles")));
        as(staff).body(Map.of("category", "PUBLIC_TRANSPORT")).post(lines).then().statusCode(400)
                .body("errors.field", equalTo(List.of("amountPence")));
        as(staff).body(Map.of("category", "INVOLVEMENT_PAYMENT", "amountPence", 9999)).post(lines).then().statusCode(400)
                .body("errors.field", equalTo(List.of("duration", "amountPence")));
        as(staff).body(Map.of("category", "INVOLVEMENT_PAYMENT", "duration", "HOURS")).post(lines).then().statusCode(400)
                .body("errors.field", equalTo(List.of("hours")));
        as(staff).body(Map.of("category", "PUBLIC_TRANSPORT", "amountPence", 0)).post(lines).then().statusCode(400)
                .body("errors.field", equalTo(List.of("amountPence")));
        as(staff).body(Map.of("category", "INVOLVEMENT_PAYMENT", "duration", "HOURS", "hours", 1.005)).post(lines)
                .then().statusCode(400).body("errors.field", equalTo(List.of("hours")));
        as(staff).body(Map.of("category", "COFFEE", "amountPence", 300)).post(lines).then().statusCode(400)
                .body("errors.field", equalTo(List.of("category")));

        // One involvement payment per claim.
        as(staff).body(Map.of("category", "INVOLVEMENT_PAYMENT", "duration", "FULL_DAY")).post(lines).then().statusCode(201)
                .body("lines[0].amountPence", equalTo(15000));
        as(staff).body(Map.of("category", "INVOLVEMENT_PAYMENT", "duration", "FULL_DAY")).post(lines).then().statusCode(400)
                .body("errors.field", equalTo(List.of("category")));

        // Lines of a new claim are named by their place in the request.
        as(staff).body(Map.of("claimantPersonId", Fixtures.person(s.org(), "Sam"), "meetingId", s.meetingId(),
                        "lines", List.of(expense("PUBLIC_TRANSPORT", 300), expense("TAXI", 900))))
                .post(CLAIMS).then().statusCode(400).body("errors.field", equalTo(List.of("lines[1].reason")));
    }

    @Test
    void aPolicyWithoutARateOffersNoSuchPaymentAndDecliningRefusesThemAll() {
        Map<String, Object> changes = new HashMap<>();
        changes.put("halfDayRatePence", null);
        changes.put("allowedCategories", List.of("PUBLIC_TRANSPORT"));
        changes.put("mileageRatePence", null);
        Setup s = setup(changes);
        String staff = s.org().staff();
        String path = s.claimPath(claim(s, Fixtures.person(s.org(), "Pat"), List.of()));
        as(staff).body(halfDay()).post(path + "/lines").then().statusCode(400)
                .body("errors.field", equalTo(List.of("duration")))
                .body("errors[0].message", containsString("no HALF_DAY rate"));

        String declined = as(staff).body(Map.of("claimantPersonId", Fixtures.person(s.org(), "Val"), "meetingId", s.meetingId(),
                        "declineInvolvementPayment", true))
                .post(CLAIMS).then().statusCode(201).body("declineInvolvementPayment", equalTo(true)).extract().path("id");
        as(staff).body(Map.of("category", "INVOLVEMENT_PAYMENT", "duration", "FULL_DAY")).post(s.claimPath(declined) + "/lines")
                .then().statusCode(400).body("errors[0].message", containsString("declines"));

        // Declining the involvement payment of a claim that has it is the choice to remove it: the line goes.
        String paid = s.claimPath(claim(s, Fixtures.person(s.org(), "Kim"), List.of(Map.of("category", "INVOLVEMENT_PAYMENT",
                "duration", "FULL_DAY"), expense("PUBLIC_TRANSPORT", 400))));
        as(staff).body(Map.of("declineInvolvementPayment", true, "notes", "Protecting benefits", "version", 0)).put(paid)
                .then().statusCode(200).body("declineInvolvementPayment", equalTo(true)).body("version", equalTo(1))
                .body("lines.category", equalTo(List.of("PUBLIC_TRANSPORT"))).body("totals.involvementPence", equalTo(0))
                .body("notes", equalTo("Protecting benefits"));
    }

    @Test
    void membersClaimForThemselvesOnceLinkedAndSeeOnlyTheirOwnClaims() {
        Setup s = setup();
        String anne = Fixtures.person(s.org(), "Anne Hooper");
        String sue = Fixtures.person(s.org(), "Sue Boland");
        String unlinked = s.org().member();
        as(unlinked).get("/api/v1/claimants/me").then().statusCode(200).body("linked", equalTo(false))
                .body("personId", nullValue());
        as(unlinked).body(Map.of("meetingId", s.meetingId())).post(CLAIMS).then().statusCode(403)
                .body("detail", containsString("not linked"));
        as(unlinked).get(CLAIMS).then().statusCode(200).body("totalItems", equalTo(0));

        // A linked member reads (and claims for) only the meetings of partnerships they belong to.
        as(s.org().staff()).body(Map.of("personId", anne, "role", "MEMBER"))
                .post("/api/v1/partnerships/" + s.partnershipId() + "/members").then().statusCode(201);
        String anneMember = ClaimFixtures.linkedMember(s.org(), anne);
        as(anneMember).get("/api/v1/claimants/me").then().body("linked", equalTo(true)).body("personId", equalTo(anne))
                .body("displayName", equalTo("Anne Hooper"));
        String own = as(anneMember).body(Map.of("meetingId", s.meetingId(), "lines", List.of(halfDay()))).post(CLAIMS)
                .then().statusCode(201).body("claimantPersonId", equalTo(anne)).body("createdByName", equalTo("Test member"))
                .extract().path("id");
        as(anneMember).body(Map.of("meetingId", s.meetingId(), "claimantPersonId", sue)).post(CLAIMS).then().statusCode(403);
        String sues = claim(s, sue, List.of(expense("PUBLIC_TRANSPORT", 300)));

        as(anneMember).get(CLAIMS).then().statusCode(200).body("items.id", equalTo(List.of(own)));
        as(anneMember).queryParam("claimantPersonId", sue).get(CLAIMS).then().body("totalItems", equalTo(0));
        as(anneMember).get(s.claimPath(sues)).then().statusCode(404);
        as(anneMember).body(expense("PUBLIC_TRANSPORT", 300)).post(s.claimPath(sues) + "/lines").then().statusCode(404);
        as(anneMember).body(Map.of("version", 0)).post(s.claimPath(sues) + "/submit").then().statusCode(404);
        as(anneMember).get(s.claimPath(own)).then().statusCode(200)
                .body("allowedActions", equalTo(List.of("EDIT", "DELETE", "SUBMIT")));
        as(anneMember).body(expense("PUBLIC_TRANSPORT", 300)).post(s.claimPath(own) + "/lines").then().statusCode(201);

        String sueMember = ClaimFixtures.linkedMember(s.org(), sue);
        as(sueMember).get(CLAIMS).then().body("items.id", equalTo(List.of(sues)));
        as(s.org().staff()).get(CLAIMS).then().body("totalItems", equalTo(2));
        as(s.org().finance()).get(CLAIMS).then().body("totalItems", equalTo(2));
    }

    @Test
    void claimsBelongToTheOrganisationRunningThePartnershipAndOthersGet404() {
        Setup s = setup();
        String path = s.claimPath(claim(s, Fixtures.person(s.org(), "Anne Hooper"), List.of(halfDay())));
        TestOrganisation stranger = TestOrganisation.create();
        as(stranger.staff()).get(path).then().statusCode(404).contentType("application/problem+json");
        as(stranger.finance()).get(CLAIMS).then().statusCode(200).body("totalItems", equalTo(0));
        as(stranger.staff()).body(Map.of("version", 0)).put(path).then().statusCode(404);
        as(stranger.finance()).body(Map.of("version", 0)).post(path + "/approve").then().statusCode(404);
        as(stranger.staff()).body(expense("PUBLIC_TRANSPORT", 300)).post(path + "/lines").then().statusCode(404);
        as(stranger.staff()).body(Map.of("claimantPersonId", Fixtures.person(stranger, "Stranger"), "meetingId", s.meetingId()))
                .post(CLAIMS).then().statusCode(400).body("errors[0].field", equalTo("meetingId"));
        as(s.org().staff()).body(Map.of("claimantPersonId", Fixtures.person(stranger, "Stranger"), "meetingId", s.meetingId()))
                .post(CLAIMS).then().statusCode(400).body("errors[0].field", equalTo("claimantPersonId"));

        // A participant organisation sees the meeting but does not pay for it.
        TestOrganisation participant = TestOrganisation.create();
        String shared = Fixtures.partnership(s.org(), Map.of("name", "Shared partnership",
                "participantOrganisationIds", List.of(participant.id())));
        String sharedMeeting = ClaimFixtures.meeting(s.org(), shared, ClaimFixtures.MEETING_START);
        as(participant.staff()).body(Map.of("claimantPersonId", Fixtures.person(participant, "P"), "meetingId", sharedMeeting))
                .post(CLAIMS).then().statusCode(400).body("errors[0].message", containsString("another organisation runs"));

        String board = Fixtures.board(s.org(), "Strategic Board");
        String boardMeeting = as(s.org().staff()).body(Map.of("boardId", board, "title", "Board", "startsAt",
                ClaimFixtures.MEETING_START, "format", "ONLINE", "onlineLink", "https://meet.example.org/b"))
                .post("/api/v1/meetings").then().statusCode(201).extract().path("id");
        as(s.org().staff()).body(Map.of("claimantPersonId", Fixtures.person(s.org(), "B"), "meetingId", boardMeeting))
                .post(CLAIMS).then().statusCode(400).body("errors[0].message", containsString("board meeting"));

        for (String token : List.of(s.org().analyst(), s.org().partner())) {
            as(token).get(CLAIMS).then().statusCode(403);
            as(token).get(path).then().statusCode(403);
        }
        as(s.org().finance()).body(Map.of("claimantPersonId", Fixtures.person(s.org(), "F"), "meetingId", s.meetingId()))
                .post(CLAIMS).then().statusCode(403);
        anonymous().get(CLAIMS).then().statusCode(401);
    }

    @Test
    void aPersonHasOneLiveClaimPerMeetingAndAPolicyMustBeInForce() {
        Setup s = setup();
        String anne = Fixtures.person(s.org(), "Anne Hooper");
        String first = claim(s, anne, List.of(halfDay()));
        as(s.org().staff()).body(Map.of("claimantPersonId", anne, "meetingId", s.meetingId())).post(CLAIMS)
                .then().statusCode(409).body("detail", containsString("already"));
        ClaimFixtures.submit(s, first);
        assertEquals(200, ClaimFixtures.transition(s.org().staff(), s.claimPath(first),
                "withdraw", Map.of("reason", "Wrong meeting")));
        claim(s, anne, List.of(halfDay()));

        String before = ClaimFixtures.meeting(s.org(), s.partnershipId(), "2024-03-31T10:00:00+01:00");
        as(s.org().staff()).body(Map.of("claimantPersonId", anne, "meetingId", before)).post(CLAIMS)
                .then().statusCode(409).body("detail", containsString("no reimbursement policy in force on 2024-03-31"));
        as(s.org().staff()).body(Map.of("claimantPersonId", anne, "meetingId", "not-a-uuid")).post(CLAIMS)
                .then().statusCode(400).body("errors[0].field", equalTo("meetingId"));
        as(s.org().staff()).body(Map.of("meetingId", s.meetingId())).post(CLAIMS)
                .then().statusCode(400).body("errors[0].field", equalTo("claimantPersonId"));
    }

    @Test
    void changesCarryTheVersionTheyWereBasedOn() {
        Setup s = setup();
        String path = s.claimPath(claim(s, Fixtures.person(s.org(), "Anne Hooper"), List.of(halfDay())));
        String staff = s.org().staff();
        String line = as(staff).get(path).then().header("ETag", "\"0\"").extract().path("lines[0].id");

        as(staff).body(expense("PUBLIC_TRANSPORT", 250)).post(path + "/lines").then().statusCode(201)
                .header("ETag", "\"1\"").body("version", equalTo(1));
        as(staff).body(Map.of("notes", "Lost update", "version", 0)).put(path).then().statusCode(409)
                .body("title", equalTo("Version conflict"));
        as(staff).header("If-Match", "\"0\"").body(Map.of("notes", "Lost update")).put(path).then().statusCode(412);
        as(staff).body(Map.of("notes", "No version")).put(path).then().statusCode(400).body("errors[0].field", equalTo("version"));
        as(staff).body(Map.of("category", "INVOLVEMENT_PAYMENT", "duration", "FULL_DAY", "version", 0))
                .put(path + "/lines/" + line).then().statusCode(409);
        as(staff).header("If-Match", "\"0\"").delete(path + "/lines/" + line).then().statusCode(412);
        as(staff).body(Map.of("version", 0)).post(path + "/submit").then().statusCode(409).body("title", equalTo("Version conflict"));
        as(staff).header("If-Match", "\"1\"").body(Map.of("notes", "Current")).put(path).then().statusCode(200)
                .header("ETag", "\"2\"").body("notes", equalTo("Current"));
        as(staff).header("If-Match", "\"1\"").delete(path).then().statusCode(412);
    }

    @Test
    void theListPagesFiltersAndSorts() {
        Setup s = setup();
        String staff = s.org().staff();
        String a = claim(s, Fixtures.person(s.org(), "A"), List.of(halfDay()));
        String b = claim(s, Fixtures.person(s.org(), "B"), List.of(halfDay()));
        String c = claim(s, Fixtures.person(s.org(), "C"), List.of(halfDay()));
        ClaimFixtures.submit(s, b);
        String nextYear = ClaimFixtures.meeting(s.org(), s.partnershipId(), "2025-04-01T10:00:00+01:00");
        String d = claim(s, staff, Fixtures.person(s.org(), "D"), nextYear, List.of(halfDay()));

        as(staff).queryParams(Map.of("size", 2, "sort", "reference")).get(CLAIMS).then().statusCode(200)
                .body("items.id", equalTo(List.of(a, b))).body("totalItems", equalTo(4)).body("totalPages", equalTo(2))
                .body("page", equalTo(0)).body("size", equalTo(2));
        as(staff).queryParams(Map.of("size", 2, "page", 1, "sort", "reference")).get(CLAIMS).then()
                .body("items.id", equalTo(List.of(c, d)));
        as(staff).get(CLAIMS).then().body("items.id", equalTo(List.of(d, c, b, a)))
                .body("items[0].totals.totalPence", equalTo(7500)).body("items[0].meeting.date", equalTo("2025-04-01"));
        as(staff).queryParam("status", "SUBMITTED").get(CLAIMS).then().body("items.id", equalTo(List.of(b)));
        as(staff).queryParams(Map.of("status", List.of("SUBMITTED", "DRAFT"), "sort", "reference,desc")).get(CLAIMS)
                .then().body("items.id", equalTo(List.of(d, c, b, a)));
        as(staff).queryParam("financialYear", "2024-25").get(CLAIMS).then().body("totalItems", equalTo(3));
        as(staff).queryParam("financialYear", "2025-26").get(CLAIMS).then().body("items.id", equalTo(List.of(d)));
        as(staff).queryParam("meetingId", nextYear).get(CLAIMS).then().body("items.id", equalTo(List.of(d)));
        as(staff).queryParam("partnershipId", s.partnershipId()).get(CLAIMS).then().body("totalItems", equalTo(4));
        as(staff).queryParam("late", "true").get(CLAIMS).then().body("totalItems", equalTo(0));

        Map<String, String> nonsense = Map.of("status", "PENDING", "financialYear", "2024-26", "sort", "amount",
                "late", "maybe", "meetingId", "x", "partnershipId", "y", "claimantPersonId", "z", "size", "201");
        nonsense.forEach((parameter, value) -> as(staff).queryParam(parameter, value).get(CLAIMS)
                .then().statusCode(400).body("errors[0].field", equalTo(parameter)));
    }

    @Test
    void onlyADraftIsDiscarded() {
        Setup s = setup();
        String staff = s.org().staff();
        String draft = s.claimPath(claim(s, Fixtures.person(s.org(), "A"), List.of(halfDay())));
        as(staff).delete(draft).then().statusCode(400).body("errors[0].field", equalTo("version"));
        as(staff).header("If-Match", "\"0\"").delete(draft).then().statusCode(204);
        as(staff).get(draft).then().statusCode(404);

        String submittedId = claim(s, Fixtures.person(s.org(), "B"), List.of(halfDay()));
        ClaimFixtures.submit(s, submittedId);
        as(staff).header("If-Match", "\"1\"").delete(s.claimPath(submittedId)).then().statusCode(409)
                .body("type", endsWith("/problems/transition-not-allowed"));
        as(s.org().finance()).delete(s.claimPath(submittedId)).then().statusCode(403);
    }

    @Test
    void eachChangeToALineIsOneEntryInTheClaimsTrail() {
        Setup s = setup();
        String staff = s.org().staff();
        String id = claim(s, Fixtures.person(s.org(), "Anne Hooper"), List.of(halfDay()));
        String path = s.claimPath(id);
        MoneyTrail trail = MoneyTrail.of(s.org().admin(), "claim", id);

        String line = as(staff).body(Map.of("category", "MILEAGE", "miles", 12.3, "description", "Home to the Civic Centre"))
                .post(path + "/lines").then().statusCode(201).extract().path("lines[1].id");
        Map<String, Object> added = trail.oneNew("claim-line", "created", "category", "quantity", "amountPence");
        assertEquals(line, added.get("entityId"));
        assertEquals(id, added.get("parentId"));
        assertEquals("12.3", MoneyTrail.after(added, "quantity"));
        assertEquals(554, MoneyTrail.after(added, "amountPence"));

        as(staff).body(Map.of("category", "MILEAGE", "miles", 20, "version", 1)).put(path + "/lines/" + line)
                .then().statusCode(200);
        Map<String, Object> changed = trail.oneNew("claim-line", "updated", "quantity", "amountPence", "description");
        assertEquals(900, MoneyTrail.after(changed, "amountPence"));
        // Sent again as it is: nothing changed, nothing recorded.
        as(staff).body(Map.of("category", "MILEAGE", "miles", 20.0, "version", 2)).put(path + "/lines/" + line)
                .then().statusCode(200);
        trail.nothingNew();

        as(staff).body(Map.of("category", "MILEAGE", "miles", 5, "version", 0)).put(path + "/lines/" + line)
                .then().statusCode(409).body("type", endsWith("/problems/version-conflict"));
        as(staff).delete(path + "/lines/" + line).then().statusCode(400);
        as(staff).header("If-Match", "\"0\"").delete(path + "/lines/" + line).then().statusCode(412)
                .body("type", endsWith("/problems/version-conflict"));
        as(staff).body(Map.of("category", "INVOLVEMENT_PAYMENT", "duration", "FULL_DAY")).post(path + "/lines")
                .then().statusCode(400);
        trail.nothingNew();
        int current = version(staff, path);
        as(staff).header("If-Match", "\"" + current + "\"").delete(path + "/lines/" + line).then().statusCode(200);
        trail.oneNew("claim-line", "deleted", "amountPence");

        // The claim's own fields: one entry, the claimant's words marked personal, and no line content.
        as(staff).body(Map.of("notes", "Came with my carer", "declineInvolvementPayment", false,
                "version", version(staff, path))).put(path).then().statusCode(200);
        Map<String, Object> updated = trail.oneNew("claim", "updated", "notes");
        assertEquals(true, MoneyTrail.personal(updated, "notes"));
    }
}
