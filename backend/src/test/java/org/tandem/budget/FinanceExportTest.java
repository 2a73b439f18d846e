package org.tandem.budget;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.claim.ClaimFixtures.claim;
import static org.tandem.claim.ClaimFixtures.expense;
import static org.tandem.claim.ClaimFixtures.halfDay;
import static org.tandem.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.claim.ClaimFixtures.Setup;
import org.tandem.claim.ClaimFixtures;
import org.tandem.support.Fixtures;
import org.tandem.support.TestOrganisation;

@QuarkusTest
class FinanceExportTest {
    private static final String EXPORT = "/api/v1/finance-export/approved-claims";
    private static final String TODAY = LocalDate.now(ZoneId.of("Europe/London")).toString();

    /** Three approved claims (one for a name that needs quoting, one for a name that looks like a formula), one of each other status. */
    private record Exported(Setup setup, List<String> approved) {}

    private static Exported approvedClaims() {
        Setup s = ClaimFixtures.setup();
        String finance = s.org().finance();
        String anne = claim(s, Fixtures.person(s.org(), "Hooper, Anne \"Annie\""),
                List.of(halfDay(), Map.of("category", "MILEAGE", "miles", 12.3)));
        String sue = claim(s, Fixtures.person(s.org(), "=HYPERLINK(\"http://x\")"), List.of(expense("PUBLIC_TRANSPORT", 1)));
        String kim = claim(s, Fixtures.person(s.org(), "Kim Ng"), List.of(Map.of("category", "INVOLVEMENT_PAYMENT",
                "duration", "HOURS", "hours", 0.33)));
        for (String id : List.of(anne, sue, kim)) {
            ClaimFixtures.approve(s, id, finance);
        }
        String paid = claim(s, Fixtures.person(s.org(), "Paid"), List.of(halfDay()));
        ClaimFixtures.approve(s, paid, finance);
        assertEquals(200, ClaimFixtures.transition(finance, s.claimPath(paid), "mark-paid",
                Map.of("paidOn", TODAY, "reference", "R")));
        ClaimFixtures.submit(s, claim(s, Fixtures.person(s.org(), "Submitted"), List.of(halfDay())));
        claim(s, Fixtures.person(s.org(), "Draft"), List.of(halfDay()));
        return new Exported(s, List.of(anne, sue, kim));
    }

    @Test
    void theCsvOpensInExcelAndItsTotalAddsUpToThePenny() {
        Exported e = approvedClaims();
        Setup s = e.setup();
        Response response = given().auth().oauth2(s.org().finance()).get(EXPORT + ".csv");
        response.then().statusCode(200).contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", equalTo("attachment; filename=\"approved-claims-" + TODAY + ".csv\""))
                .header("Cache-Control", "private, no-store");
        byte[] bytes = response.asByteArray();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]), "UTF-8 BOM");
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(csv.endsWith("\r\n"));
        assertEquals(-1, csv.replace("\r\n", "").indexOf('\n'), "every line ends CRLF");
        String[] rows = csv.split("\r\n");
        assertEquals(5, rows.length, csv);
        assertEquals("claim_reference,claim_id,payee_person_id,payee_name,partnership,meeting_date,financial_year,"
                + "approved_on,involvement_pence,expenses_pence,total_pence,total_gbp", rows[0]);

        String anne = reference(s, e.approved().get(0));
        String anneId = e.approved().get(0);
        String annePerson = as(s.org().staff()).get(s.claimPath(anneId)).then().extract().path("claimantPersonId");
        // 7500p half day + 12.3 miles at 45p (553.5p -> 554p).
        assertEquals(anne + "," + anneId + "," + annePerson + ",\"Hooper, Anne \"\"Annie\"\"\",People's Partnership (claims test),"
                + "2024-07-17,2024-25," + TODAY + ",7500,554,8054,80.54", rows[1]);
        assertTrue(rows[2].contains(",\"'=HYPERLINK(\"\"http://x\"\")\","), rows[2]);
        assertTrue(rows[2].endsWith(",0,1,1,0.01"), rows[2]);
        // 0.33 hours at 2000p = 660p.
        assertTrue(rows[3].contains(",Kim Ng,") && rows[3].endsWith(",660,0,660,6.60"), rows[3]);
        assertEquals("TOTAL,,,3 claims,,,,,8160,555,8715,87.15", rows[4]);
    }

    @Test
    void theJsonListsEachClaimWithItsVersionSoThatExactlyThoseArePaid() {
        Exported e = approvedClaims();
        Setup s = e.setup();
        String finance = s.org().finance();
        Response export = as(finance).get(EXPORT);
        export.then().statusCode(200).contentType("application/json")
                .body("generatedAt", notNullValue()).body("currency", equalTo("GBP"))
                .body("claims.claimId", equalTo(e.approved()))
                .body("claims.totalPence", equalTo(List.of(8054, 1, 660)))
                .body("claims[0].involvementPence", equalTo(7500)).body("claims[0].expensesPence", equalTo(554))
                .body("claims[0].version", equalTo(2)).body("claims[0].payeeName", equalTo("Hooper, Anne \"Annie\""))
                .body("claims[0].meetingDate", equalTo("2024-07-17")).body("claims[0].financialYear", equalTo("2024-25"))
                .body("claims[0].approvedOn", equalTo(TODAY)).body("claims[0].partnershipId", equalTo(s.partnershipId()))
                .body("claimCount", equalTo(3)).body("involvementPence", equalTo(8160)).body("expensesPence", equalTo(555))
                .body("totalPence", equalTo(8715));
        // No contact details or needs, only who to pay.
        Map<String, Object> line = export.jsonPath().getMap("claims[0]");
        assertEquals(List.of("approvedOn", "claimId", "expensesPence", "financialYear", "involvementPence", "meetingDate",
                "partnershipId", "partnershipName", "payeeName", "payeePersonId", "reference", "totalPence", "version"),
                line.keySet().stream().sorted().toList());

        List<Map<String, Object>> toPay = export.jsonPath().getList("claims");
        as(finance).body(Map.of("paidOn", TODAY, "reference", "BACS-9", "claims",
                        toPay.stream().map(c -> Map.of("id", c.get("claimId"), "version", c.get("version"))).toList()))
                .post(ClaimFixtures.CLAIMS + "/mark-paid").then().statusCode(200).body("totalPence", equalTo(8715));
        as(finance).get(EXPORT).then().body("claimCount", equalTo(0)).body("totalPence", equalTo(0))
                .body("claims.size()", equalTo(0));
        given().auth().oauth2(finance).get(EXPORT + ".csv").then().statusCode(200);
        String empty = new String(given().auth().oauth2(finance).get(EXPORT + ".csv").asByteArray(), StandardCharsets.UTF_8);
        assertTrue(empty.endsWith("\r\nTOTAL,,,0 claims,,,,,0,0,0,0.00\r\n"), empty);
    }

    @Test
    void theExportIsFilteredAndOnlyForFinanceOfTheOrganisation() {
        Exported e = approvedClaims();
        Setup s = e.setup();
        String finance = s.org().finance();
        as(finance).queryParam("financialYear", "2025-26").get(EXPORT).then().body("claimCount", equalTo(0));
        as(finance).queryParam("financialYear", "2024-25").get(EXPORT).then().body("claimCount", equalTo(3));
        as(finance).queryParam("partnershipId", s.partnershipId()).get(EXPORT).then().body("claimCount", equalTo(3));
        as(finance).queryParam("partnershipId", Fixtures.partnership(s.org(), "Other")).get(EXPORT).then()
                .body("claimCount", equalTo(0));
        as(finance).queryParam("financialYear", "2024").get(EXPORT).then().statusCode(400)
                .body("errors[0].field", equalTo("financialYear"));
        given().auth().oauth2(finance).queryParam("partnershipId", "x").get(EXPORT + ".csv").then().statusCode(400)
                .contentType("application/problem+json");
        as(TestOrganisation.create().finance()).get(EXPORT).then().statusCode(200).body("claimCount", equalTo(0));
        for (String token : List.of(s.org().staff(), s.org().admin(), s.org().member(), s.org().analyst())) {
            as(token).get(EXPORT).then().statusCode(403);
            given().auth().oauth2(token).get(EXPORT + ".csv").then().statusCode(403);
        }
    }

    private static String reference(Setup s, String claimId) {
        return as(s.org().staff()).get(s.claimPath(claimId)).then().extract().path("reference");
    }
}
