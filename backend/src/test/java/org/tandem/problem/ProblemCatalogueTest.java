package org.tandem.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tandem.common.problem.ProblemType;
import org.tandem.support.TestOrganisation;

/** Every problem type is listed in the contract and its URI answers with a page describing it. */
@QuarkusTest
class ProblemCatalogueTest {
    @Test
    void everyTypeIsInTheContractAndAnswersAsJsonAndAsAPage() throws IOException {
        String contract = Files.readString(Path.of("..", "openapi.yaml"));
        for (ProblemType type : ProblemType.values()) {
            assertTrue(contract.contains("`" + type.path() + "`"), type.path() + " is not listed in openapi.yaml");
            given().accept("application/json").get(type.path()).then().statusCode(200)
                    .body("slug", equalTo(type.slug())).body("status", equalTo(type.status())).body("title", equalTo(type.title()));
            given().accept("text/html").get(type.path()).then().statusCode(200).contentType(containsString("text/html"))
                    .body(containsString("<h1>" + type.title().replace("&", "&amp;") + "</h1>"));
        }
        given().get("/problems").then().statusCode(200).body("size()", equalTo(ProblemType.values().length));
    }

    @Test
    void theTypeOfAProblemIsAUriThatAnswersWithItsPage() {
        String type = given().auth().oauth2(TestOrganisation.create().staff())
                .get("/api/v1/partnerships/00000000-0000-0000-0000-000000000000").then().statusCode(404)
                .body("type", org.hamcrest.Matchers.endsWith("/problems/not-found")).extract().path("type");
        given().accept("application/json").get(type).then().statusCode(200).body("slug", equalTo("not-found"));
    }
}
