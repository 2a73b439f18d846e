package org.tandem.access;

import static io.restassured.RestAssured.given;

import org.tandem.support.ContractValidation;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Map;

/** One request of an operation: method, path with its ids filled in, query, body and media types. */
record Call(String method, String path, Map<String, Object> query, Object body, String contentType, String accept,
        Map<String, String> headers) {
    static final String JSON = "application/json";

    static Call get(String path) {
        return new Call("GET", path, Map.of(), null, null, JSON, Map.of());
    }

    static Call delete(String path) {
        return new Call("DELETE", path, Map.of(), null, null, JSON, Map.of());
    }

    static Call post(String path, Object body) {
        return new Call("POST", path, Map.of(), body, JSON, JSON, Map.of());
    }

    static Call put(String path, Object body) {
        return new Call("PUT", path, Map.of(), body, JSON, JSON, Map.of());
    }

    Call query(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(query);
        more.put(name, value);
        return new Call(method, path, more, body, contentType, accept, headers);
    }

    Call accepting(String mediaType) {
        return new Call(method, path, query, body, contentType, mediaType, headers);
    }

    Call sending(String mediaType, byte[] content) {
        return new Call(method, path, query, content, mediaType, accept, headers);
    }

    Call header(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Call(method, path, query, body, contentType, accept, more);
    }

    /** Sends it with {@code token}, or without any when it is null. */
    Response send(String token) {
        RequestSpecification request = given().filter(ContractValidation.RESPONSES).accept(accept).queryParams(query).headers(headers);
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (body instanceof byte[] content) {
            request.contentType(contentType).body(content);
        } else if (body != null) {
            request.contentType(contentType).body(body);
        }
        return request.request(method, path);
    }
}
