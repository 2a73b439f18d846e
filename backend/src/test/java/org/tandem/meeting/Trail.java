package org.tandem.meeting;

import static org.hamcrest.Matchers.endsWith;
import static org.tandem.support.Api.as;

import io.restassured.response.ValidatableResponse;
import org.tandem.support.TestOrganisation;

/** The audit trail of a meeting's records, as the holding organisation's admin reads it (newest first). */
final class Trail {
    private Trail() {}

    /** The entries of one record ({@code type} and id), with those of its parts when it is a meeting. */
    static ValidatableResponse of(TestOrganisation owner, String type, String id) {
        return as(owner.admin()).queryParam("entityType", type).queryParam("entityId", id).queryParam("size", 100)
                .get("/api/v1/audit").then().statusCode(200);
    }

    static int count(TestOrganisation owner, String type, String id) {
        return of(owner, type, id).extract().path("totalItems");
    }

    /** The newest entry of the record, which must be the only one since {@code before} entries. */
    static ValidatableResponse latest(TestOrganisation owner, String type, String id, int before) {
        return of(owner, type, id).body("totalItems", org.hamcrest.Matchers.equalTo(before + 1));
    }

    /** Asserts a refusal's problem type by its slug. */
    static void problem(ValidatableResponse response, int status, String slug) {
        response.statusCode(status).contentType("application/problem+json").body("type", endsWith("/problems/" + slug));
    }
}
