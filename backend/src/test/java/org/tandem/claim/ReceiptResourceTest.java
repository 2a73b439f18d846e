package org.tandem.claim;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tandem.claim.ClaimFixtures.claim;
import static org.tandem.claim.ClaimFixtures.expense;
import static org.tandem.claim.ClaimFixtures.setup;
import static org.tandem.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.claim.ClaimFixtures.Setup;
import org.tandem.support.Fixtures;
import org.tandem.support.TestOrganisation;

@QuarkusTest
class ReceiptResourceTest {
    private static final byte[] PNG = bytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, "IHDR...image");
    private static final byte[] JPEG = bytes(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, "JFIF...photo");
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF".getBytes();

    /** A claim with a parking line (which takes receipts) and a mileage line (which does not). */
    private record Lines(Setup setup, String claimPath, String parking, String mileage) {
        String receipts(String line) {
            return claimPath + "/lines/" + line + "/receipts";
        }
    }

    private static Lines lines() {
        Setup s = setup();
        String path = s.claimPath(claim(s, Fixtures.person(s.org(), "Anne Hooper"),
                List.of(expense("PARKING", 2500), Map.of("category", "MILEAGE", "miles", 4))));
        List<String> ids = as(s.org().staff()).get(path).then().extract().path("lines.id");
        return new Lines(s, path, ids.get(0), ids.get(1));
    }

    private static ValidatableResponse upload(String token, String path, String contentType, byte[] content) {
        return as(token).contentType(contentType).body(content).post(path).then();
    }

    @Test
    void aReceiptIsStoredWithItsChecksumAndDownloadedAsItWasSent() throws Exception {
        Lines l = lines();
        String staff = l.setup().org().staff();
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PNG));
        String location = as(staff).contentType("image/png").queryParam("filename", "C:\\Users\\anne\\Parking ticket €2.png")
                .body(PNG).post(l.receipts(l.parking()))
                .then().statusCode(201).header("Location", containsString(l.receipts(l.parking()) + "/"))
                .body("contentType", equalTo("image/png")).body("sizeBytes", equalTo(PNG.length))
                .body("sha256", equalTo(sha256)).body("filename", equalTo("Parking ticket €2.png"))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        byte[] downloaded = given().auth().oauth2(l.setup().org().finance()).get(location)
                .then().statusCode(200).contentType("image/png")
                .header("Content-Disposition", equalTo("attachment; filename=\"Parking ticket _2.png\"; "
                        + "filename*=UTF-8''Parking%20ticket%20%E2%82%AC2.png"))
                .header("ETag", "\"" + sha256 + "\"").header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .extract().asByteArray();
        assertArrayEquals(PNG, downloaded);

        as(staff).get(l.claimPath()).then().body("version", equalTo(1))
                .body("lines[0].receipts[0].id", equalTo(id))
                .body("lines[0].receipts[0].href", equalTo(location.substring(location.indexOf("/api/v1/"))))
                .body("lines[0].receiptRequired", equalTo(true));
        upload(staff, l.receipts(l.parking()), "image/jpeg", JPEG).statusCode(201).body("filename", equalTo("receipt.jpg"));
        upload(staff, l.receipts(l.parking()), "application/octet-stream", PDF).statusCode(201)
                .body("contentType", equalTo("application/pdf")).body("filename", equalTo("receipt.pdf"));
        as(staff).get(l.claimPath()).then().body("lines[0].receipts.contentType",
                equalTo(List.of("image/png", "image/jpeg", "application/pdf")));

        as(staff).delete(location).then().statusCode(400);
        as(staff).header("If-Match", "\"2\"").delete(location).then().statusCode(412)
                .body("type", endsWith("/problems/version-conflict"));
        as(staff).header("If-Match", "\"3\"").delete(location).then().statusCode(204);
        given().auth().oauth2(staff).get(location).then().statusCode(404);
        as(staff).get(l.claimPath()).then().body("lines[0].receipts.size()", equalTo(2)).body("version", equalTo(4));
    }

    @Test
    void aReceiptIsAPdfJpegOrPngByItsContentNotItsLabel() {
        Lines l = lines();
        String staff = l.setup().org().staff();
        String path = l.receipts(l.parking());
        upload(staff, path, "image/png", "GIF89a pretending to be a PNG".getBytes()).statusCode(415)
                .contentType("application/problem+json").body("type", endsWith("/problems/unsupported-media-type"));
        upload(staff, path, "application/pdf", "<html><script>alert(1)</script></html>".getBytes()).statusCode(415);
        upload(staff, path, "image/png", PDF).statusCode(415).body("detail", containsString("sent as image/png but its content is application/pdf"));
        upload(staff, path, "image/jpeg", PNG).statusCode(415);
        upload(staff, path, "text/plain", PDF).statusCode(415).contentType("application/problem+json");
        as(staff).get(l.claimPath()).then().body("lines[0].receipts.size()", equalTo(0));
    }

    @Test
    void anEmptyOrOversizedReceiptIsRefused() {
        Lines l = lines();
        String staff = l.setup().org().staff();
        String path = l.receipts(l.parking());
        upload(staff, path, "application/pdf", new byte[0]).statusCode(400).body("errors[0].field", equalTo("body"));

        byte[] limit = Arrays.copyOf(PDF, 5 * 1024 * 1024);
        byte[] over = Arrays.copyOf(PDF, 5 * 1024 * 1024 + 1);
        upload(staff, path, "application/pdf", over).statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("5 MB"));
        upload(staff, path, "application/pdf", limit).statusCode(201).body("sizeBytes", equalTo(5 * 1024 * 1024));
    }

    @Test
    void receiptsAreForExpenseLinesOfDraftsTheCallerMaySee() {
        Lines l = lines();
        Setup s = l.setup();
        String staff = s.org().staff();
        upload(staff, l.receipts(l.mileage()), "image/png", PNG).statusCode(409).body("detail", containsString("MILEAGE"));
        upload(staff, l.claimPath() + "/lines/" + java.util.UUID.randomUUID() + "/receipts", "image/png", PNG).statusCode(404);
        upload(TestOrganisation.create().staff(), l.receipts(l.parking()), "image/png", PNG).statusCode(404);
        upload(s.org().finance(), l.receipts(l.parking()), "image/png", PNG).statusCode(403);
        String location = upload(staff, l.receipts(l.parking()), "image/png", PNG).statusCode(201).extract().header("Location");

        String anne = as(staff).get(l.claimPath()).then().extract().path("claimantPersonId");
        String otherMember = ClaimFixtures.linkedMember(s.org(), Fixtures.person(s.org(), "Someone else"));
        given().auth().oauth2(otherMember).get(location).then().statusCode(404);
        given().auth().oauth2(ClaimFixtures.linkedMember(s.org(), anne)).get(location).then().statusCode(200);
        given().auth().oauth2(TestOrganisation.create().finance()).get(location).then().statusCode(404);

        ClaimFixtures.submit(s, l.claimPath().substring(ClaimFixtures.CLAIMS.length() + 1));
        upload(staff, l.receipts(l.parking()), "image/png", PNG).statusCode(409);
        as(staff).header("If-Match", "\"" + ClaimFixtures.version(staff, l.claimPath()) + "\"").delete(location).then()
                .statusCode(409).body("type", endsWith("/problems/transition-not-allowed"));
        given().auth().oauth2(s.org().finance()).get(location).then().statusCode(200);
    }

    private static byte[] bytes(byte[] magic, String rest) {
        byte[] tail = rest.getBytes();
        byte[] all = Arrays.copyOf(magic, magic.length + tail.length);
        System.arraycopy(tail, 0, all, magic.length, tail.length);
        return all;
    }

    @Test
    void addingAndRemovingAReceiptIsOneEntryInTheClaimsTrail() {
        Lines l = lines();
        String staff = l.setup().org().staff();
        String claimId = l.claimPath().substring(ClaimFixtures.CLAIMS.length() + 1);
        MoneyTrail trail = MoneyTrail.of(l.setup().org().admin(), "claim", claimId);
        String location = as(staff).contentType("image/png").queryParam("filename", "parking-hooper.png").body(PNG)
                .post(l.receipts(l.parking())).then().statusCode(201).extract().header("Location");
        Map<String, Object> added = trail.oneNew("claim-receipt", "created", "filename", "sha256", "claimLineId");
        assertEquals(claimId, added.get("parentId"));
        assertEquals("parking-hooper.png", MoneyTrail.after(added, "filename"));
        assertEquals(true, MoneyTrail.personal(added, "filename"));
        upload(staff, l.receipts(l.mileage()), "image/png", PNG).statusCode(409).body("type", endsWith("/problems/business-rule"));
        as(staff).header("If-Match", "\"0\"").delete(location).then().statusCode(412)
                .body("type", endsWith("/problems/version-conflict"));
        trail.nothingNew();
        as(staff).header("If-Match", "\"1\"").delete(location).then().statusCode(204);
        trail.oneNew("claim-receipt", "deleted", "filename");
    }
}
