package org.tandem.support;

import static org.tandem.support.Api.as;

import java.util.Map;

/** Creates records through the API, as a user of the given organisation would. */
public final class Fixtures {
    private Fixtures() {}

    public static String partnership(TestOrganisation owner, String name) {
        return as(owner.staff()).body(Map.of("name", name)).post("/api/v1/partnerships")
                .then().statusCode(201).extract().path("id");
    }

    public static String partnership(TestOrganisation owner, Map<String, Object> body) {
        return as(owner.staff()).body(body).post("/api/v1/partnerships")
                .then().statusCode(201).extract().path("id");
    }

    public static String person(TestOrganisation owner, String displayName) {
        return as(owner.staff()).body(Map.of("displayName", displayName)).post("/api/v1/people")
                .then().statusCode(201).extract().path("id");
    }

    public static String board(TestOrganisation owner, String name) {
        return as(owner.staff()).body(Map.of("name", name)).post("/api/v1/boards")
                .then().statusCode(201).extract().path("id");
    }
}
