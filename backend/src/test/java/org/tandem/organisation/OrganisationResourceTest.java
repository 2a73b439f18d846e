package org.tandem.organisation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.tandem.support.Api.anonymous;
import static org.tandem.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.support.TestOrganisation;
import org.tandem.support.Tokens;

@QuarkusTest
class OrganisationResourceTest {

    @Test
    void platformAdminRegistersAnOrganisationAndEveryoneCanReadIt() {
        String code = "hw-" + UUID.randomUUID().toString().substring(0, 8);
        TestOrganisation caller = TestOrganisation.create();
        String location = as(Tokens.platformAdmin())
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
        as(Tokens.platformAdmin())
                .body(Map.of("code", "Not Valid!", "name", " ", "website", "ftp://x"))
                .post("/api/v1/organisations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("code", "kind", "name", "website")));
    }

    @Test
    void unknownFieldsAndWrongTypesAreNamed() {
        String caller = Tokens.platformAdmin();
        as(caller).body("{\"code\":\"abc-def\",\"name\":\"X\",\"kind\":\"PLANET\"}")
                .post("/api/v1/organisations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("kind")).body("errors[0].message", startsWith("must be one of"));
        as(caller).body("{\"code\":\"abc-def\",\"name\":\"X\",\"kind\":\"VCSE\",\"colour\":\"red\"}")
                .post("/api/v1/organisations")
                .then().statusCode(400).body("errors[0].field", equalTo("colour"));
        as(caller).body("{\"code\":")
                .post("/api/v1/organisations")
                .then().statusCode(400).body("errors[0].field", equalTo("body"));
    }

    @Test
    void duplicateCodeIsRefused() {
        TestOrganisation existing = TestOrganisation.create();
        as(Tokens.platformAdmin()).body(Map.of("code", existing.code(), "name", "Again", "kind", "VCSE"))
                .post("/api/v1/organisations")
                .then().statusCode(400).body("errors[0].field", equalTo("code"));
    }

    @Test
    void onlyPlatformAdminsRegisterOrganisationsAndAnonymousCallersAreRefused() {
        TestOrganisation caller = TestOrganisation.create();
        for (String token : List.of(caller.staff(), caller.admin())) {
            as(token).body(Map.of("code", "not-registered-" + caller.code(), "name", "X", "kind", "VCSE"))
                    .post("/api/v1/organisations")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        as(Tokens.platformAdmin()).queryParam("q", "not-registered-" + caller.code()).get("/api/v1/organisations")
                .then().statusCode(200).body("totalItems", equalTo(0));
        anonymous().get("/api/v1/organisations")
                .then().statusCode(401).header("WWW-Authenticate", "Bearer").contentType("application/problem+json");
        as(Tokens.forAnotherAudience("admin", caller.code())).get("/api/v1/organisations")
                .then().statusCode(401);
    }

    @Test
    void anAdminChangesOnlyTheirOwnOrganisation() {
        TestOrganisation own = TestOrganisation.create();
        TestOrganisation other = TestOrganisation.create();
        String otherPath = "/api/v1/organisations/" + other.id();
        as(own.admin()).body(Map.of("code", other.code(), "name", "Taken over", "kind", "COUNCIL", "version", 0))
                .put(otherPath).then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("only your own organisation"));
        as(other.member()).get(otherPath).then().statusCode(200)
                .body("name", equalTo("Test organisation " + other.code())).body("kind", equalTo("NHS_BODY")).body("version", equalTo(0));

        as(other.admin()).body(Map.of("code", other.code(), "name", "Renamed by its admin", "kind", "COUNCIL", "version", 0))
                .put(otherPath).then().statusCode(200).body("name", equalTo("Renamed by its admin"));
        as(Tokens.platformAdmin()).body(Map.of("code", other.code(), "name", "Renamed by the platform", "kind", "VCSE", "version", 1))
                .put(otherPath).then().statusCode(200).body("name", equalTo("Renamed by the platform")).body("version", equalTo(2));
        as(own.staff()).body(Map.of("code", own.code(), "name", "Staff rename", "kind", "VCSE", "version", 0))
                .put("/api/v1/organisations/" + own.id()).then().statusCode(403);
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
