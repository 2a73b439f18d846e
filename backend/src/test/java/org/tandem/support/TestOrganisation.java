package org.tandem.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;

/** A fresh organisation per test, with tokens for its users, so tests never share data. */
public record TestOrganisation(String id, String code) {

    public static TestOrganisation create() {
        String code = "test-" + UUID.randomUUID().toString().substring(0, 12);
        String id = given().auth().oauth2(Tokens.platformAdmin())
                .contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Test organisation " + code, "kind", "NHS_BODY"))
                .post("/api/v1/organisations")
                .then().statusCode(201).extract().path("id");
        return new TestOrganisation(id, code);
    }

    public String token(String role) {
        return Tokens.user(role, code);
    }

    public String staff() { return token("staff"); }
    public String admin() { return token("admin"); }
    public String member() { return token("member"); }
    public String analyst() { return token("analyst"); }
    public String partner() { return token("partner"); }
    public String finance() { return token("finance"); }
}
