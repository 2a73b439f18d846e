package org.tandem.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A running deployment names its own address in the contract it serves (QUARKUS_SMALLRYE_OPENAPI_SERVERS). */
@QuarkusTest
@TestProfile(PublicAddressesTest.Deployed.class)
class PublicAddressesTest {
    public static class Deployed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.smallrye-openapi.servers", "https://api.tandem.example.org");
        }
    }

    @Test
    void theServedContractNamesTheDeploymentsAddress() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("servers[0].url", equalTo("https://api.tandem.example.org"));
    }
}
