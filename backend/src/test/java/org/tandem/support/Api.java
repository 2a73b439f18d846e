package org.tandem.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** REST Assured requests authenticated as a role within an organisation. */
public final class Api {
    private Api() {}

    public static RequestSpecification as(String token) {
        return given().filter(ContractValidation.RESPONSES).auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static RequestSpecification anonymous() {
        return given().filter(ContractValidation.RESPONSES).contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
