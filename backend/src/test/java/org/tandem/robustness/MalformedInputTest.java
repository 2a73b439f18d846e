package org.tandem.robustness;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tandem.support.Tokens;

/**
 * Every operation of openapi.yaml, sent malformed variants of its body and parameters (see {@link Variants}) as a
 * role allowed on it, in the organisation owning the records it names. Bad input must get a 4xx
 * application/problem+json naming the field at fault, never a 5xx.
 */
@QuarkusTest
class MalformedInputTest {
    private static final List<String> ROLE_PREFERENCE =
            List.of("staff", "admin", "finance", "member", "partner", "analyst", "platform-admin");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @TestHTTPResource("/")
    URL base;

    @TestFactory
    Stream<DynamicTest> everyOperationAnswersMalformedInputWithAProblem() {
        Contract contract = Contract.read();
        assertFalse(contract.operations().isEmpty(), "openapi.yaml lists no operations");
        OwnedRecords records = OwnedRecords.create();
        Map<String, String> tokens = new HashMap<>();
        List<DynamicTest> tests = new ArrayList<>();
        for (Contract.Operation operation : contract.operations()) {
            String token = tokenFor(operation, records, tokens);
            for (Variant variant : Variants.of(contract, operation)) {
                String name = operation.id() + " " + variant.name();
                tests.add(DynamicTest.dynamicTest(name, () -> check(name, operation, variant, records, token)));
            }
        }
        return tests.stream();
    }

    private void check(String name, Contract.Operation operation, Variant variant, OwnedRecords records, String token)
            throws IOException, InterruptedException {
        Map<String, String> parameters = new LinkedHashMap<>();
        operation.parameters().stream().filter(p -> p.in().equals("query") && p.required())
                .forEach(p -> parameters.put(p.name(), p.example()));
        parameters.putAll(variant.query());
        String query = parameters.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
        List<String> accepted = new ArrayList<>(operation.answerMediaTypes());
        accepted.add("application/problem+json");
        String path = records.path(operation.path(), variant.pathValues()) + (query.isEmpty() ? "" : "?" + query);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", String.join(", ", accepted));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        variant.headers().forEach(request::header);
        if (variant.contentType() != null) {
            request.header("Content-Type", variant.contentType());
        }
        byte[] bytes = variant.body() == null ? null : variant.body().get();
        HttpRequest.BodyPublisher body = bytes == null ? HttpRequest.BodyPublishers.noBody()
                : variant.streamed() ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))
                : HttpRequest.BodyPublishers.ofByteArray(bytes);
        // As careful clients do (curl does above 1 MB): the server can refuse a body too large before it is sent.
        request.expectContinue(bytes != null && !variant.streamed() && bytes.length > Variants.BODY_LIMIT);
        HttpResponse<String> response = HTTP.send(request.method(operation.method(), body).build(),
                HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        String seen = status + " " + contentType + " " + abbreviate(response.body()) + " <- " + name;
        if (status >= 500) {
            fail("a server error: " + seen);
        }
        // Called as a role allowed on it, in the organisation owning its records: anything else is a faulty test.
        assertTrue(status != 401 && status != 403, "the request did not get past authentication: " + seen);
        if (variant.expect() == Variant.Expect.BELOW_500 && status < 400) {
            return;
        }
        assertTrue(status >= 400 && status < 500, "expected a 4xx, got " + seen);
        assertTrue(contentType.startsWith("application/problem+json"), "expected application/problem+json, got " + seen);
        if (variant.expect() == Variant.Expect.FIELD) {
            List<String> fields = new ArrayList<>();
            JSON.readTree(response.body()).path("errors").forEach(e -> fields.add(e.path("field").asText()));
            assertTrue(fields.stream().anyMatch(f -> names(f, variant.field())),
                    "expected errors[].field to name " + variant.field() + ", got " + seen);
        }
    }

    /**
     * An array body has no name in the contract: the answer names it after the resource's parameter, as Bean
     * Validation does ({@code items[0].text} for {@code [0].text}).
     */
    private static boolean names(String answered, String expected) {
        return expected.startsWith("[") ? answered.matches("[A-Za-z]\\w*" + java.util.regex.Pattern.quote(expected))
                : answered.equals(expected);
    }

    private static String tokenFor(Contract.Operation operation, OwnedRecords records, Map<String, String> tokens) {
        if (operation.roles().isEmpty()) {
            return null;
        }
        String role = ROLE_PREFERENCE.stream().filter(operation.roles()::contains).findFirst()
                .orElseThrow(() -> new AssertionError(operation.id() + " allows no role the test knows: " + operation.roles()));
        return tokens.computeIfAbsent(role, r -> r.equals("platform-admin") ? Tokens.platformAdmin() : records.org.token(r));
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() > 400 ? oneLine.substring(0, 400) + "..." : oneLine;
    }

}
