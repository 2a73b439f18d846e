package org.tandem.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks every response a test receives against the published contract (../openapi.yaml); requests are not
 * checked, because tests send invalid ones on purpose. The Atlassian validator checks the status is listed, the
 * declared required headers (ETag) are sent and the body's required fields and enums; it reads OpenAPI 3.1 types
 * (type: [string, "null"]) only partly, so a JSON Schema 2020-12 validator (the dialect of OpenAPI 3.1) checks each
 * JSON body's types too: a null where the contract does not allow one fails the test.
 */
public final class ContractValidation implements Filter {
    private static final Path CONTRACT = Path.of("..", "openapi.yaml").toAbsolutePath();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    public static final ContractValidation RESPONSES = new ContractValidation();

    private final OpenApiValidationFilter atlassian = new OpenApiValidationFilter(OpenApiInteractionValidator
            .createForSpecificationUrl(CONTRACT.toUri().toString())
            .withLevelResolver(LevelResolver.create()
                    .withLevel("validation.request", ValidationReport.Level.IGNORE)
                    // An export with no rows answers an empty NDJSON or CSV body, which this validator takes as none.
                    .withLevel("validation.response.body.missing", ValidationReport.Level.IGNORE)
                    .build())
            .build());
    private final JsonNode contract;
    private final Map<Pattern, String> paths;
    private final JsonSchemaFactory schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final Map<String, JsonSchema> byPointer = new ConcurrentHashMap<>();

    private ContractValidation() {
        try {
            contract = new ObjectMapper(new YAMLFactory()).readTree(CONTRACT.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        paths = new ConcurrentHashMap<>();
        contract.get("paths").fieldNames().forEachRemaining(path ->
                paths.put(Pattern.compile(Pattern.quote(path).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q")), path));
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec, FilterContext ctx) {
        Response response = atlassian.filter(request, responseSpec, ctx);
        String method = request.getMethod().toLowerCase();
        String contentType = Optional.ofNullable(response.getContentType()).orElse("").split(";")[0].trim();
        if (!METHODS.contains(method) || !(contentType.equals("application/json") || contentType.endsWith("+json")) || response.asByteArray().length == 0) {
            return response;
        }
        String path = URI.create(request.getURI()).getPath();
        Optional<String> template = paths.entrySet().stream().filter(e -> e.getKey().matcher(path).matches())
                .map(Map.Entry::getValue).min(Comparator.comparingLong(t -> t.chars().filter(c -> c == '{').count()));
        if (template.isEmpty()) {
            return response;
        }
        JsonNode responses = contract.path("paths").path(template.get()).path(method).path("responses");
        String code = responses.has(String.valueOf(response.statusCode())) ? String.valueOf(response.statusCode()) : "default";
        if (!responses.path(code).path("content").path(contentType).has("schema")) {
            return response;
        }
        String pointer = "/paths/" + escape(template.get()) + "/" + method + "/responses/" + code + "/content/"
                + escape(contentType) + "/schema";
        Set<ValidationMessage> faults = byPointer.computeIfAbsent(pointer, this::schemaAt).validate(readBody(response));
        if (!faults.isEmpty()) {
            throw new AssertionError(request.getMethod() + " " + path + " answered " + response.statusCode()
                    + " with a body the contract (" + pointer + ") does not allow: "
                    + faults.stream().map(ValidationMessage::getMessage).collect(Collectors.joining("; ")));
        }
        return response;
    }

    /** The schema at the pointer, with the contract's components beside it so that its #/components refs resolve. */
    private JsonSchema schemaAt(String pointer) {
        JsonNode target = contract.at(pointer);
        ObjectNode root = target.isObject() ? ((ObjectNode) target).deepCopy() : new ObjectMapper().createObjectNode();
        root.set("components", contract.get("components"));
        return schemas.getSchema(root);
    }

    private static JsonNode readBody(Response response) {
        try {
            return new ObjectMapper().readTree(response.asByteArray());
        } catch (IOException e) {
            throw new AssertionError("the response is not JSON: " + response.asString(), e);
        }
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
