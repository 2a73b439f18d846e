package org.tandem.organisation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.tandem.support.Api.anonymous;
import static org.tandem.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.support.TestOrganisation;

@QuarkusTest
class OrganisationResourceTest {

    @Test
    void adminRegistersAnOrganisationAndEveryoneCanReadIt() {
        String code = "hw-" + UUID.randomUUID().toString().substring(0, 8);
        TestOrganisation caller = TestOrganisation.create();
        String location = as(caller.admin())
                .body(Map.of("code", code, "name", "Healthwatch Test", "kind", "HEALTHWATCH",
                        "website", "https://healthwatch.example.org"))
                .post("/api/v1/organisations")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/organisations/"))
                .header("ETag", "\"0\"")
                .body("code", equalTo(code)).body("kind", equalTo("HEALTHWATCH")).body("version", equalTo(0))
                .extract().header("Location");

        as(caller.member()).get(location).then().statusCode(200).body("name", equalTo("Healthwatch Test"));
        as(caller.analyst()).queryParam("q", code).get("/api/v1/organisations")
                .then().statusCode(200).body("items.code", hasItem(code)).body("totalItems", equalTo(1));
    }

    @Test
    void validationNamesEachField() {
        TestOrganisation caller = TestOrganisation.create();
        as(caller.admin())
                .body(Map.of("code", "Not Valid!", "name", " ", "website", "ftp://x"))
                .post("/api/v1/organisations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(java.util.List.of("code", "kind", "name", "website")));
    }

    @Test
    void unknownFieldsAndWrongTypesAreNamed() {
        TestOrganisation caller = TestOrganisation.create();
        as(caller.admin()).body("{\"code\":\"abc-def\",\"name\":\"X\",\"kind\":\"PLANET\"}")
                .post("/api/v1/organisations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("kind")).body("errors[0].message", startsWith("must be one of"));
        as(caller.admin()).body("{\"code\":\"abc-def\",\"name\":\"X\",\"kind\":\"VCSE\",\"colour\":\"red\"}")
                .post("/api/v1/organisations")
                .then().statusCode(400).body("errors[0].field", equalTo("colour"));
        as(caller.admin()).body("{\"code\":")
                .post("/api/v1/organisations")
                .then().statusCode(400).body("errors[0].field", equalTo("body"));
    }

    @Test
    void duplicateCodeIsRefused() {
        TestOrganisation existing = TestOrganisation.create();
        as(existing.admin()).body(Map.of("code", existing.code(), "name", "Again", "kind", "VCSE"))
                .post("/api/v1/organisations")
                .then().statusCode(400).body("errors[0].field", equalTo("code"));
    }

    @Test
    void onlyAdminsChangeTheDirectoryAndAnonymousCallersAreRefused() {
        TestOrganisation caller = TestOrganisation.create();
        as(caller.staff()).body(Map.of("code", "staff-made", "name", "X", "kind", "VCSE"))
                .post("/api/v1/organisations")
                .then().statusCode(403).contentType("application/problem+json");
        anonymous().get("/api/v1/organisations")
                .then().statusCode(401).header("WWW-Authenticate", "Bearer").contentType("application/problem+json");
        as(org.tandem.support.Tokens.forAnotherAudience("admin", caller.code())).get("/api/v1/organisations")
                .then().statusCode(401);
    }

    @Test
    void staleUpdatesAreRefused() {
        TestOrganisation caller = TestOrganisation.create();
        String path = "/api/v1/organisations/" + caller.id();
        as(caller.admin()).body(Map.of("code", caller.code(), "name", "Renamed", "kind", "COUNCIL", "version", 0))
                .put(path).then().statusCode(200).body("version", equalTo(1)).header("ETag", "\"1\"");
        as(caller.admin()).body(Map.of("code", caller.code(), "name", "Lost update", "kind", "COUNCIL", "version", 0))
                .put(path).then().statusCode(409).body("title", equalTo("Version conflict"));
        as(caller.admin()).header("If-Match", "\"0\"")
                .body(Map.of("code", caller.code(), "name", "Lost update", "kind", "COUNCIL"))
                .put(path).then().statusCode(412);
        as(caller.admin()).body(Map.of("code", caller.code(), "name", "No version", "kind", "COUNCIL"))
                .put(path).then().statusCode(400).body("errors[0].field", equalTo("version"));
        as(caller.member()).get(path).then().statusCode(200).body("name", equalTo("Renamed"));
    }

    @Test
    void paginationAndSortAreValidated() {
        TestOrganisation caller = TestOrganisation.create();
        as(caller.staff()).queryParam("size", 0).get("/api/v1/organisations")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
        as(caller.staff()).queryParam("sort", "secret").get("/api/v1/organisations")
                .then().statusCode(400).body("errors[0].field", equalTo("sort"));
        as(caller.staff()).queryParam("size", 1).queryParam("sort", "code,desc").get("/api/v1/organisations")
                .then().statusCode(200).body("size", equalTo(1)).body("items.size()", equalTo(1));
    }
}
