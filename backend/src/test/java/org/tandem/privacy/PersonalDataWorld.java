package org.tandem.privacy;

import static io.restassured.RestAssured.given;
import static org.tandem.support.Api.as;

import io.smallrye.jwt.build.Jwt;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.tandem.claim.ClaimFixtures;
import org.tandem.common.web.LondonTime;
import org.tandem.support.TestOrganisation;
import org.tandem.support.Tokens;

/**
 * Records that carry personal data, made through the API by the holding organisation (OWN): its partnership and
 * board, in which PARTICIPATING takes part, and two meetings (one under the Chatham House rule) whose register,
 * agenda, notes, decisions and actions name OWN's people; claims of two of them; a published outcome. UNRELATED
 * takes part in nothing. Every distinctive value the test looks for is typed in here, and nowhere else.
 */
final class PersonalDataWorld {
    /** One place where a distinctive value is typed: each appears in exactly one kind of field. */
    static final String ZEBEDEE = "Zebedee Quillfeather";
    static final String ZEBEDEE_EMAIL = "zebedee@example.org";
    static final String ZEBEDEE_PHONE = "07700 900123";
    static final String ZEBEDEE_NEEDS = "Needs a hearing loop";
    static final String ZEBEDEE_RECORDED_ROLE = "Catford resident co-chair";
    static final String ZEBEDEE_MEMBER_TITLE = "Thornbury lay chair";
    static final String OPEN_PRESENTER = "Ottoline Brackenridge";
    static final String HORATIO = "Horatio Pumblechook";
    static final String OPEN_NOTES = "Zebedee Quillfeather asked about the number 75 bus.";
    static final String OPEN_DECISION = "Zebedee will write to the bus company.";
    static final String OPEN_ACTION = "Horatio Pumblechook to chase the pharmacy rota";
    /** Minutes often name people by surname alone. */
    static final String OPEN_SUMMARY = "Mr Quillfeather thanked the Catford hosts.";

    static final String CRESSIDA = "Cressida Mountjoy";
    static final String CRESSIDA_RECORDED_ROLE = "Deptford carers representative";
    static final String CHATHAM_PRESENTER = "Leopold Fairbrass";
    static final String IGNATIUS = "Ignatius Fernsby";
    static final String CHATHAM_NOTES = "Cressida Mountjoy challenged the discharge figures.";
    static final String CHATHAM_DECISION = "Cressida will meet the discharge team.";
    static final String CHATHAM_ACTION = "Ignatius Fernsby to draft the carers letter";
    static final String CHATHAM_SUMMARY = "Cressida Mountjoy welcomed the new chair.";

    static final String HORTENSIA = "Hortensia Wobblethwaite";
    static final String HORTENSIA_LINE = "Hearing-aid batteries for Catford";
    static final int HORTENSIA_PENCE = 1789;
    static final String HORTENSIA_RECEIPT = "batteries-receipt-5521.pdf";
    static final String ARAMINTA = "Araminta Throckmorton";
    static final String ARAMINTA_LINE = "Parking at Catford Bridge";
    static final int ARAMINTA_PENCE = 1357;

    static final String OUTCOME_STAFF_NAME = "Marmaduke Higginbottom";
    static final String OUTCOME_YOU_SAID = "Residents asked for step-free access at Catford";

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    final TestOrganisation own = TestOrganisation.create();
    final TestOrganisation participating = TestOrganisation.create();
    final TestOrganisation unrelated = TestOrganisation.create();
    final String boardId;
    final String partnershipId;
    final String zebedeeId;
    final String hortensiaId;
    final Meeting open;
    final Meeting chatham;
    final String hortensiaClaimId;
    final String hortensiaLineId;
    final String hortensiaReceiptId;
    final String aramintaClaimId;
    final String outcomeId;
    /** A member of OWN whose sign-in staff linked to Hortensia: the claimant. */
    final String claimantToken;
    /** The financial year in which Araminta's claim was paid (today's). */
    final String paidYear = LocalDate.now(LondonTime.ZONE).getMonthValue() >= 4
            ? label(LocalDate.now(LondonTime.ZONE).getYear()) : label(LocalDate.now(LondonTime.ZONE).getYear() - 1);

    /** The ids of one meeting and its parts. */
    record Meeting(String id, String agendaItemId, String decisionId, String attendanceId, String actionId) {
        String path() {
            return "/api/v1/meetings/" + id;
        }
    }

    PersonalDataWorld() {
        boardId = created(as(own.staff()).body(Map.of("name", "Thornbury Strategic Board",
                "participantOrganisationIds", List.of(participating.id()))).post("/api/v1/boards"));
        partnershipId = created(as(own.staff()).body(Map.of("name", "Thornbury Health Partnership",
                "participantOrganisationIds", List.of(participating.id()), "boardIds", List.of(boardId)))
                .post("/api/v1/partnerships"));

        zebedeeId = person(Map.of("displayName", ZEBEDEE, "email", ZEBEDEE_EMAIL, "phone", ZEBEDEE_PHONE,
                "accessibilityNeeds", ZEBEDEE_NEEDS, "consentToContact", true));
        String horatio = person(Map.of("displayName", HORATIO));
        String cressida = person(Map.of("displayName", CRESSIDA));
        String ignatius = person(Map.of("displayName", IGNATIUS));
        hortensiaId = person(Map.of("displayName", HORTENSIA));
        String araminta = person(Map.of("displayName", ARAMINTA));

        as(own.staff()).body(Map.of("personId", zebedeeId, "role", "CHAIR", "title", ZEBEDEE_MEMBER_TITLE))
                .post("/api/v1/partnerships/" + partnershipId + "/members").then().statusCode(201);
        // The claimant belongs to the partnership: a linked lay member reads only their own partnerships.
        as(own.staff()).body(Map.of("personId", hortensiaId, "role", "MEMBER"))
                .post("/api/v1/partnerships/" + partnershipId + "/members").then().statusCode(201);

        Map<String, Object> openBody = meetingBody("partnershipId", partnershipId, false, OPEN_SUMMARY);
        open = meeting(openBody, OPEN_PRESENTER, OPEN_NOTES, OPEN_DECISION, zebedeeId, ZEBEDEE_RECORDED_ROLE,
                horatio, OPEN_ACTION);
        transition(open, "mark-held");
        transition(open, "publish-notes");
        chatham = meeting(meetingBody("boardId", boardId, true, CHATHAM_SUMMARY), CHATHAM_PRESENTER, CHATHAM_NOTES,
                CHATHAM_DECISION, cressida, CRESSIDA_RECORDED_ROLE, ignatius, CHATHAM_ACTION);

        var claims = new ClaimFixtures.Setup(own, partnershipId, open.id(),
                ClaimFixtures.policy(own, ClaimFixtures.policyBody(partnershipId)));
        claimantToken = ClaimFixtures.linkedMember(own, hortensiaId);
        hortensiaClaimId = ClaimFixtures.claim(claims, hortensiaId, List.of(other(HORTENSIA_LINE, HORTENSIA_PENCE)));
        hortensiaLineId = as(own.staff()).get(claims.claimPath(hortensiaClaimId)).then().statusCode(200)
                .extract().path("lines[0].id");
        hortensiaReceiptId = given().auth().oauth2(own.staff()).contentType("application/pdf").body(PDF)
                .queryParam("filename", HORTENSIA_RECEIPT)
                .post(claims.claimPath(hortensiaClaimId) + "/lines/" + hortensiaLineId + "/receipts")
                .then().statusCode(201).extract().path("id");
        ClaimFixtures.approve(claims, hortensiaClaimId, own.finance());
        aramintaClaimId = ClaimFixtures.claim(claims, araminta, List.of(other(ARAMINTA_LINE, ARAMINTA_PENCE)));
        ClaimFixtures.approve(claims, aramintaClaimId, own.finance());
        int paid = ClaimFixtures.transition(own.finance(), claims.claimPath(aramintaClaimId), "mark-paid",
                Map.of("paidOn", LocalDate.now(LondonTime.ZONE).toString(), "reference", "BACS-PD-1"));
        if (paid != 200) {
            throw new AssertionError("marking Araminta's claim paid answered " + paid);
        }

        outcomeId = created(as(staffNamed(OUTCOME_STAFF_NAME)).body(Map.of("partnershipId", partnershipId,
                "youSaid", OUTCOME_YOU_SAID, "weDid", "The meeting moved to the ground floor.",
                "decisionId", open.decisionId(), "responsibleOrganisationId", own.id(), "published", true))
                .post("/api/v1/outcomes"));
    }

    /** A partner system's token as Keycloak issues it for client credentials: no person, the client in azp. */
    static String partnerClient(TestOrganisation organisation) {
        return Jwt.subject(UUID.randomUUID().toString())
                .claim("azp", "partner-demo")
                .claim("client_id", "partner-demo")
                .claim("preferred_username", "service-account-partner-demo")
                .claim("typ", "Bearer")
                .claim("roles", Set.of("partner", "default-roles-tandem", "offline_access", "uma_authorization"))
                .claim("organisation", organisation.code())
                .audience(Tokens.AUDIENCE).expiresIn(600).sign();
    }

    private String staffNamed(String name) {
        return Jwt.subject(UUID.randomUUID().toString()).claim("preferred_username", "staff-" + UUID.randomUUID())
                .claim("name", name).claim("roles", Set.of("staff")).claim("organisation", own.code())
                .audience(Tokens.AUDIENCE).expiresIn(600).sign();
    }

    private String person(Map<String, Object> body) {
        return created(as(own.staff()).body(body).post("/api/v1/people"));
    }

    private static Map<String, Object> meetingBody(String holderField, String holderId, boolean chathamHouse, String summary) {
        Map<String, Object> body = new HashMap<>();
        body.put(holderField, holderId);
        body.put("title", chathamHouse ? "Thornbury board (Chatham House)" : "Thornbury partnership July");
        body.put("startsAt", chathamHouse ? "2024-07-24T10:00:00+01:00" : "2024-07-17T13:45:00+01:00");
        body.put("endsAt", chathamHouse ? "2024-07-24T12:00:00+01:00" : "2024-07-17T16:00:00+01:00");
        body.put("format", "ONLINE");
        body.put("onlineLink", "https://meet.example.org/thornbury");
        body.put("chathamHouse", chathamHouse);
        body.put("summary", summary);
        return body;
    }

    private Meeting meeting(Map<String, Object> body, String presenter, String notes, String decision,
            String attendeeId, String recordedRole, String ownerId, String action) {
        String id = created(as(own.staff()).body(body).post("/api/v1/meetings"));
        String path = "/api/v1/meetings/" + id;
        var item = as(own.staff()).body(Map.of("kind", "ITEM", "title", "Getting to appointments",
                        "presenter", presenter, "notes", notes, "decisions", List.of(Map.of("text", decision))))
                .post(path + "/agenda-items").then().statusCode(201).extract();
        String itemId = item.path("id");
        String attendanceId = created(as(own.staff()).body(Map.of("personId", attendeeId, "roleAsRecorded", recordedRole,
                "status", "ATTENDED", "mode", "ONLINE")).post(path + "/attendance"));
        String actionId = created(as(own.staff()).body(Map.of("description", action, "ownerPersonId", ownerId,
                "agendaItemId", itemId, "dueOn", "2024-09-14")).post(path + "/actions"));
        as(own.staff()).body(Map.of("title", "Bus survey results", "url", "https://example.org/bus-survey.pdf"))
                .post(path + "/documents").then().statusCode(201);
        return new Meeting(id, itemId, item.path("decisions[0].id"), attendanceId, actionId);
    }

    private void transition(Meeting meeting, String action) {
        long version = as(own.staff()).get(meeting.path()).then().statusCode(200).extract().<Number>path("version").longValue();
        as(own.staff()).body(Map.of("version", version)).post(meeting.path() + "/" + action).then().statusCode(200);
    }

    private static Map<String, Object> other(String description, int pence) {
        return Map.of("category", "OTHER", "description", description, "amountPence", pence);
    }

    private static String created(io.restassured.response.Response response) {
        return response.then().statusCode(201).extract().path("id");
    }

    private static String label(int startYear) {
        return String.format("%d-%02d", startYear, (startYear + 1) % 100);
    }
}
