package org.tandem.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The top-level openapi.yaml is the published contract: it must be exactly what the service serves.
 * After an intended API change run bin/update-openapi and review the diff.
 */
@QuarkusTest
class OpenApiContractTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void servedDocumentMatchesTheCommittedContract() throws IOException {
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        JsonNode committed = YAML.readTree(Files.readString(Path.of("..", "openapi.yaml")));
        Files.writeString(Path.of("target", "served-openapi.yaml"), served);
        assertEquals(committed, YAML.readTree(served),
                "openapi.yaml differs from what the service serves: run bin/update-openapi and review the change");
    }
}
