package org.tandem.common.openapi;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.tandem.common.problem.Problem;

/**
 * States the rate limits in the contract (org.tandem.common.ratelimit.RateLimits enforces them): the RateLimit and
 * RateLimit-Policy header fields on every answer, and the 429 answer, with Retry-After, on every operation.
 */
final class RateLimitContract {
    private static final String HEADERS = "#/components/headers/";
    private static final String POLICY = "RateLimit-Policy";
    private static final String LIMIT = "RateLimit";
    private static final String RETRY_AFTER = "Retry-After";

    private RateLimitContract() {}

    static void declare(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents()
                .addHeader(POLICY, header("""
                        The rate limit policy counting this request (draft-ietf-httpapi-ratelimit-headers): its name, \
                        q the requests allowed and w the window in seconds, e.g. "partner";q=600;w=60. Policies: \
                        "partner" per partner OAuth client (600 a minute), "user" per signed-in person (1200 a minute), \
                        "public" per client address for the public views and requests without a valid token (300 a minute).""",
                        "\"partner\";q=600;w=60", "^\"[a-z]+\";q=\\d+;w=\\d+$"))
                .addHeader(LIMIT, header("""
                        What is left of the policy (draft-ietf-httpapi-ratelimit-headers): r the requests remaining and t \
                        the seconds until the window ends, e.g. "partner";r=598;t=42. Absent when the count cannot be \
                        made (the request is then not limited).""", "\"partner\";r=598;t=42",
                        "^\"[a-z]+\";r=\\d+;t=\\d+$"))
                .addHeader(RETRY_AFTER, OASFactory.createHeader()
                        .description("Seconds to wait before sending another request")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                                .minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(60)))  // the window
                        .example(42));
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            APIResponses responses = operation.getResponses();
            if (!responses.hasAPIResponse("429")) {
                responses.addAPIResponse("429", OASFactory.createAPIResponse()
                        .description("Too many requests (problem type rate-limited): retry after the Retry-After seconds")
                        .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))))
                        .addHeader(RETRY_AFTER, ref(RETRY_AFTER)));
            }
            responses.getAPIResponses().values().forEach(RateLimitContract::statesLimits);
        }));
    }

    private static void statesLimits(APIResponse response) {
        response.addHeader(POLICY, ref(POLICY)).addHeader(LIMIT, ref(LIMIT));
    }

    private static Header header(String description, String example, String pattern) {
        return OASFactory.createHeader().description(description).example(example)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(100).pattern(pattern));
    }

    private static Header ref(String name) {
        return OASFactory.createHeader().ref(HEADERS + name);
    }
}
