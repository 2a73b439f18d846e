package org.tandem.person;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.tandem.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.support.Fixtures;
import org.tandem.support.TestOrganisation;

@QuarkusTest
class PersonResourceTest {

    @Test
    void staffKeepADirectoryOfPeople() {
        TestOrganisation hw = TestOrganisation.create();
        String location = as(hw.staff()).body(Map.of("displayName", "Rosemarie Ramsay", "affiliation", "R2",
                        "email", "rosemarie@example.org", "phone", "+44 20 7946 0000", "consentToContact", true,
                        "accessibilityNeeds", "Large print papers"))
                .post("/api/v1/people").then().statusCode(201).body("organisationId", equalTo(hw.id()))
                .extract().header("Location");
        as(hw.admin()).get(location).then().statusCode(200).body("email", equalTo("rosemarie@example.org"));
        as(hw.staff()).queryParam("q", "r2").get("/api/v1/people").then().body("items.displayName", contains("Rosemarie Ramsay"));
        as(hw.staff()).queryParam("q", "r".repeat(201)).get("/api/v1/people").then().statusCode(400)
                .body("errors[0].field", equalTo("q"));
        as(hw.staff()).body(Map.of("displayName", "Rosemarie Ramsay", "affiliation", "R2 (Lewisham)", "version", 0))
                .put(location).then().statusCode(200).body("email", nullValue()).body("version", equalTo(1));
    }

    @Test
    void chooserSearchPagesThroughTheOwnDirectoryOnly() {
        TestOrganisation hw = TestOrganisation.create();
        TestOrganisation other = TestOrganisation.create();
        for (int i = 1; i <= 3; i++) {
            Fixtures.person(hw, "Chooser Person 000" + i);
        }
        Fixtures.person(other, "Chooser Person 0004");
        as(hw.staff()).queryParam("q", "chooser person").queryParam("sort", "displayName").queryParam("size", 2)
                .queryParam("page", 1).get("/api/v1/people").then().statusCode(200)
                .body("items.displayName", contains("Chooser Person 0003")).body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2));
    }

    @Test
    void personalDataIsForStaffOfTheHoldingOrganisationOnly() {
        TestOrganisation hw = TestOrganisation.create();
        TestOrganisation other = TestOrganisation.create();
        String id = Fixtures.person(hw, "Private Person");
        for (String role : List.of("member", "analyst", "partner", "finance")) {
            as(hw.token(role)).get("/api/v1/people/" + id).then().statusCode(403);
        }
        as(other.staff()).get("/api/v1/people/" + id).then().statusCode(404);
        as(other.staff()).get("/api/v1/people").then().body("totalItems", equalTo(0));
    }

    @Test
    void validationNamesEachField() {
        TestOrganisation hw = TestOrganisation.create();
        as(hw.staff()).body(Map.of("displayName", "", "email", "not-an-email", "phone", "call me"))
                .post("/api/v1/people").then().statusCode(400)
                .body("errors.field", contains("displayName", "email", "phone"));
    }

    @Test
    void anonymisingErasesPersonalDataButKeepsMembership() {
        TestOrganisation hw = TestOrganisation.create();
        String person = as(hw.staff()).body(Map.of("displayName", "Erase Me", "email", "erase@example.org"))
                .post("/api/v1/people").then().statusCode(201).extract().path("id");
        String partnership = Fixtures.partnership(hw, "Group");
        as(hw.staff()).body(Map.of("personId", person, "role", "MEMBER"))
                .post("/api/v1/partnerships/" + partnership + "/members").then().statusCode(201);

        as(hw.staff()).header("If-Match", "\"0\"").post("/api/v1/people/" + person + "/anonymise").then().statusCode(200)
                .body("displayName", equalTo("Anonymised person")).body("email", nullValue())
                .body("anonymisedAt", notNullValue());
        as(hw.staff()).get("/api/v1/partnerships/" + partnership + "/members").then()
                .body("displayName", contains("Anonymised person"));
        as(hw.staff()).body(Map.of("displayName", "Erase Me", "version", 1)).put("/api/v1/people/" + person)
                .then().statusCode(409);
    }

    @Test
    void eachWriteIsRecordedOnceWithPersonalFieldsMarkedAndRefusedOnesLeaveNone() {
        TestOrganisation hw = TestOrganisation.create();
        String id = as(hw.staff()).body(Map.of("displayName", "Grace Mensah", "email", "grace@example.org"))
                .post("/api/v1/people").then().statusCode(201).extract().path("id");
        String path = "/api/v1/people/" + id;
        trail(hw, id).body("totalItems", equalTo(1)).body("items[0].action", equalTo("created"))
                .body("items[0].changes.find { it.field == 'displayName' }.personal", equalTo(true))
                .body("items[0].changes.find { it.field == 'displayName' }.after", equalTo("Grace Mensah"))
                .body("items[0].changes.find { it.field == 'email' }.after", equalTo("grace@example.org"));

        as(hw.staff()).body(Map.of("displayName", "Grace Mensah", "email", "grace@example.org", "phone", "020 7946 0001",
                "version", 0)).put(path).then().statusCode(200);
        trail(hw, id).body("totalItems", equalTo(2)).body("items[0].action", equalTo("updated"))
                .body("items[0].changes.field", contains("phone"));

        as(hw.staff()).body(Map.of("displayName", "Stale", "version", 0)).put(path).then().statusCode(409)
                .body("type", endsWith("/problems/version-conflict"));
        as(hw.staff()).header("If-Match", "\"0\"").body(Map.of("displayName", "Stale")).put(path).then().statusCode(412)
                .body("type", endsWith("/problems/version-conflict"));
        as(hw.staff()).header("If-Match", "version 1").body(Map.of("displayName", "Stale")).put(path).then().statusCode(400)
                .body("errors[0].field", equalTo("If-Match"));
        as(hw.staff()).body(Map.of("displayName", "Grace", "email", "not-an-email", "version", 1)).put(path).then().statusCode(400);
        as(hw.staff()).post(path + "/anonymise").then().statusCode(400).body("errors[0].field", equalTo("version"));
        as(hw.staff()).header("If-Match", "\"0\"").post(path + "/anonymise").then().statusCode(412)
                .body("type", endsWith("/problems/version-conflict"));
        as(hw.staff()).queryParam("version", 0).post(path + "/anonymise").then().statusCode(409)
                .body("type", endsWith("/problems/version-conflict"));
        trail(hw, id).body("totalItems", equalTo(2));

        as(hw.staff()).queryParam("version", 1).post(path + "/anonymise").then().statusCode(200);
        trail(hw, id).body("totalItems", equalTo(3)).body("items[0].action", equalTo("anonymised"))
                .body("items[0].changes.field", hasItem("anonymisedAt"));
        // Anonymising again changes nothing and records nothing.
        as(hw.staff()).queryParam("version", 2).post(path + "/anonymise").then().statusCode(200);
        trail(hw, id).body("totalItems", equalTo(3))
                .body("items.changes.flatten().findAll { it.field == 'displayName' }", org.hamcrest.Matchers.empty())
                .body("items.changes.flatten().after", not(hasItem("Grace Mensah")));
    }

    private static ValidatableResponse trail(TestOrganisation org, String id) {
        return as(org.admin()).queryParam("entityType", "person").queryParam("entityId", id).get("/api/v1/audit")
                .then().statusCode(200);
    }
}
