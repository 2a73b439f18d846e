package org.tandem.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.tandem.support.TestOrganisation;

/** Bodies sent in chunks (without a Content-Length) are read up to the limit, and still work below it. */
@QuarkusTest
class BodySizeLimitTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TestHTTPResource("/api/v1/partnerships")
    URL partnerships;

    @Test
    void aChunkedBodyBelowTheLimitIsRead() throws Exception {
        HttpResponse<String> response = post(TestOrganisation.create().staff(), "{\"name\":\"Sent in chunks\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(201, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"name\":\"Sent in chunks\""), response.body());
    }

    @Test
    void aChunkedBodyAboveTheLimitGetsA413Problem() throws Exception {
        byte[] body = new byte[Variants.TOO_LARGE_BODY];
        java.util.Arrays.fill(body, (byte) ' ');
        HttpResponse<String> response = post(TestOrganisation.create().staff(), body);
        assertEquals(413, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.body().contains("at most 10485760 bytes"), response.body());
    }

    private HttpResponse<String> post(String token, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(partnerships.toString()))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
