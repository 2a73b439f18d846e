package org.tandem.partner;

import static io.restassured.RestAssured.given;

import java.net.URL;
import org.tandem.identity.RealKeycloak;
import org.tandem.partnerclient.ApiClient;

/** The generated client as a partner sets it up: the backend's address and a bearer token on every request. */
final class PartnerClients {
    private PartnerClients() {}

    static ApiClient signedIn(URL backend, String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(backend.toString().replaceAll("/$", ""));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    /** A token for the partner's own client, by the client-credentials grant at the contract's token URL. */
    static String clientCredentialsToken() throws Exception {
        return given().formParam("grant_type", "client_credentials")
                .formParam("client_id", RealKeycloak.PARTNER_CLIENT).formParam("client_secret", RealKeycloak.PARTNER_SECRET)
                .post(RealKeycloak.url() + PartnerScenarioTest.tokenPath())
                .then().statusCode(200).extract().path("access_token");
    }
}
