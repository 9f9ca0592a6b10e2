package uk.gov.education.placements.support.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import uk.gov.education.placements.support.web.Problems;
import uk.gov.education.placements.support.web.RequestHeaders;

/**
 * A service's own additions to its OpenAPI document, by operation ({@code "POST /schools"}): the
 * success status and headers springdoc cannot see in a {@code ResponseEntity}, and the problems
 * the operation can answer, each with its slug, title and an example detail. Everything any
 * endpoint can answer (401, 403, bad headers, 406, 415, 500) is added by {@link #apply} itself.
 */
public final class ApiDocs {

    /** Under this path the service explains its problem types; open, like the documents. */
    public static final String PROBLEM_PAGES = "/problems/";

    private final Map<String, Success> successes = new LinkedHashMap<>();
    private final Map<String, List<ProblemExample>> problems = new LinkedHashMap<>();

    private final Map<String, List<io.swagger.v3.oas.models.parameters.Parameter>> parameters = new LinkedHashMap<>();
    private final Map<String, String> requestSchemas = new LinkedHashMap<>();
    private final Map<String, Content> responseBodies = new LinkedHashMap<>();
    private final Map<String, List<Success>> others = new LinkedHashMap<>();
    private final Map<String, Object> requestExamples = new LinkedHashMap<>();

    record Success(int status, String description, List<String> headers) {
    }

    record ProblemExample(int status, String slug, String title, String detail) {
    }

    /** The operation answers {@code status} on success (not springdoc's 200), with these response headers. */
    public ApiDocs succeeds(String operation, int status, String description, String... headers) {
        successes.put(operation, new Success(status, description, List.of(headers)));
        return this;
    }

    /** Another answer that is not a problem (a 304, an idempotent repeat's 200), without a body unless springdoc gave the status one. */
    public ApiDocs answers(String operation, int status, String description, String... headers) {
        others.computeIfAbsent(operation, key -> new ArrayList<>()).add(new Success(status, description, List.of(headers)));
        return this;
    }

    /** A request header the operation reads itself (the ones {@code RequestHeaders} parses are added by the shared part). */
    public ApiDocs requestHeader(String operation, String name, String description, String example) {
        return parameter(operation, new io.swagger.v3.oas.models.parameters.HeaderParameter(), name, description, example);
    }

    /** A query parameter the operation reads from the request itself (springdoc sees only {@code @RequestParam}). */
    public ApiDocs queryParameter(String operation, String name, String description, String example) {
        return parameter(operation, new io.swagger.v3.oas.models.parameters.QueryParameter(), name, description, example);
    }

    private ApiDocs parameter(String operation, io.swagger.v3.oas.models.parameters.Parameter parameter, String name,
                              String description, String example) {
        parameters.computeIfAbsent(operation, key -> new ArrayList<>())
                .add(parameter.name(name).required(false).description(description).schema(new StringSchema().example(example)));
        return this;
    }

    /** The success response's body is this, for a handler that streams it. */
    public ApiDocs responseBody(String operation, String mediaType, Schema<?> schema) {
        responseBodies.put(operation, new io.swagger.v3.oas.models.media.Content()
                .addMediaType(mediaType, new io.swagger.v3.oas.models.media.MediaType().schema(schema)));
        return this;
    }

    /** An example request body (a map or list, as Jackson writes it), on every media type the operation reads. */
    public ApiDocs requestExample(String operation, Object example) {
        requestExamples.put(operation, example);
        return this;
    }

    /** The request body is this schema of the document, for a handler that reads a JSON tree (a merge patch). */
    public ApiDocs requestSchema(String operation, String schema) {
        requestSchemas.put(operation, schema);
        return this;
    }

    /** The operation can answer this problem. */
    public ApiDocs problem(String operation, int status, String slug, String title, String detail) {
        problems.computeIfAbsent(operation, key -> new ArrayList<>()).add(new ProblemExample(status, slug, title, detail));
        return this;
    }

    static void apply(OpenAPI openApi, List<ApiDocs> declared) {
        if (openApi.getPaths() == null) {
            return;
        }
        if (openApi.getComponents() == null) {
            openApi.setComponents(new io.swagger.v3.oas.models.Components());
        }
        OpenApiAutoConfiguration.addProblemSchemas(openApi.getComponents());
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String key = method.name() + " " + path;
            if (path.startsWith(PROBLEM_PAGES) || path.equals(PROBLEM_PAGES.substring(0, PROBLEM_PAGES.length() - 1))) {
                operation.setSecurity(List.of());
                return;
            }
            for (ApiDocs docs : declared) {
                docs.parameters.getOrDefault(key, List.of()).forEach(operation::addParametersItem);
                String schema = docs.requestSchemas.get(key);
                if (schema != null && operation.getRequestBody() != null) {
                    operation.getRequestBody().getContent().values()
                            .forEach(media -> media.setSchema(new Schema<>().$ref("#/components/schemas/" + schema)));
                }
                Object example = docs.requestExamples.get(key);
                if (example != null && operation.getRequestBody() != null) {
                    operation.getRequestBody().getContent().values().forEach(media -> media.setExample(example));
                }
            }
            List<ProblemExample> examples = new ArrayList<>(common(method, operation));
            for (ApiDocs docs : declared) {
                Success success = docs.successes.get(key);
                if (success != null) {
                    succeed(operation, success);
                    Content body = docs.responseBodies.get(key);
                    if (body != null) {
                        operation.getResponses().get(String.valueOf(success.status())).setContent(body);
                    }
                }
                examples.addAll(docs.problems.getOrDefault(key, List.of()));
                for (Success other : docs.others.getOrDefault(key, List.of())) {
                    ApiResponse response = new ApiResponse().description(other.description());
                    if (other.status() < 300) {
                        operation.getResponses().values().stream().filter(r -> r.getContent() != null).findFirst()
                                .ifPresent(given -> response.setContent(given.getContent()));
                    }
                    other.headers().forEach(header -> response.addHeaderObject(header, new Header()
                            .description(HEADER_DESCRIPTIONS.getOrDefault(header, header)).schema(new StringSchema())));
                    operation.getResponses().addApiResponse(String.valueOf(other.status()), response);
                }
            }
            Map<Integer, List<ProblemExample>> byStatus = new TreeMap<>();
            examples.forEach(example -> byStatus.computeIfAbsent(example.status(), s -> new ArrayList<>()).add(example));
            byStatus.forEach((status, list) -> respond(operation, status, list));
        }));
    }

    /** What every operation behind the token, the header checks and content negotiation can answer. */
    private static List<ProblemExample> common(PathItem.HttpMethod method, Operation operation) {
        List<ProblemExample> examples = new ArrayList<>();
        examples.add(new ProblemExample(400, "invalid-header", "Invalid header", "A header holds a character that is not allowed"));
        examples.add(new ProblemExample(400, "invalid-accept", "Invalid Accept header",
                "Accept must be a list of media types, such as application/json"));
        examples.add(new ProblemExample(400, "invalid-query", "Invalid query string",
                "The query string must be percent-encoded UTF-8 without control characters"));
        if (has(operation, "If-Match")) {
            examples.add(new ProblemExample(400, "invalid-if-match", "Invalid If-Match header",
                    "If-Match must be * or a list of entity tags, such as \"3\", as sent in the ETag header"));
        }
        if (has(operation, RequestHeaders.SCHOOL_VERSION_HEADER)) {
            examples.add(new ProblemExample(400, "invalid-school-version", "Invalid X-School-Version header",
                    "X-School-Version must be a school version (the ETag school-service returned), like 3"));
        }
        if (operation.getRequestBody() != null) {
            examples.add(new ProblemExample(400, "bad-request", "Bad request", "The request body is not valid JSON in UTF-8"));
            examples.add(new ProblemExample(400, "request-too-large", "Request body too large",
                    "The request body must be at most 65536 bytes"));
            examples.add(new ProblemExample(400, "invalid-content-type", "Invalid Content-Type header",
                    "Content-Type must be a media type, such as application/json"));
            examples.add(new ProblemExample(415, "unsupported-media-type", "Unsupported Media Type",
                    "Content-Type 'text/plain' is not supported."));
        }
        examples.add(new ProblemExample(401, "unauthorized", "Unauthorized", "Sign in: this request needs a valid bearer token"));
        examples.add(new ProblemExample(403, "forbidden", "Forbidden", "You cannot perform this action"));
        examples.add(new ProblemExample(406, "not-acceptable", "Not Acceptable", "Acceptable representations: [application/json]."));
        examples.add(new ProblemExample(500, "internal-error", "Internal error", "Something went wrong on our side. Try again later."));
        return examples;
    }

    private static boolean has(Operation operation, String header) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> "header".equals(parameter.getIn()) && header.equalsIgnoreCase(parameter.getName()));
    }

    private static void succeed(Operation operation, Success success) {
        ApiResponses responses = operation.getResponses();
        ApiResponse ok = responses.remove("200");
        ApiResponse response = ok == null ? new ApiResponse() : ok;
        response.setDescription(success.description());
        if (success.status() == 204 || success.status() == 202 && response.getContent() != null
                && response.getContent().values().stream().allMatch(media -> media.getSchema() == null)) {
            response.setContent(null);
        }
        for (String header : success.headers()) {
            response.addHeaderObject(header, new Header().description(HEADER_DESCRIPTIONS.getOrDefault(header, header))
                    .schema(new StringSchema()));
        }
        responses.addApiResponse(String.valueOf(success.status()), response);
    }

    private static final Map<String, String> HEADER_DESCRIPTIONS = Map.of(
            "Location", "The new resource's path",
            "ETag", "The entity tag of what the answer shows; for a school or its contact the school's version, quoted: send it back as If-Match (or as X-School-Version to placement-service)",
            "Retry-After", "Seconds to wait before trying again",
            "Allow", "The methods the path allows");

    private static void respond(Operation operation, int status, List<ProblemExample> examples) {
        io.swagger.v3.oas.models.media.MediaType media = new io.swagger.v3.oas.models.media.MediaType()
                .schema(new Schema<>().$ref("#/components/schemas/" + OpenApiAutoConfiguration.PROBLEM_SCHEMA));
        List<String> slugs = new ArrayList<>();
        for (ProblemExample example : examples) {
            if (slugs.contains(example.slug())) {
                continue;
            }
            slugs.add(example.slug());
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("type", Problems.TYPE_BASE + example.slug());
            value.put("title", example.title());
            value.put("status", status);
            value.put("detail", example.detail());
            media.addExamples(example.slug(), new Example().summary(example.title()).value(value));
        }
        HttpStatus known = HttpStatus.resolve(status);
        ApiResponse response = new ApiResponse()
                .description((known == null ? "Error" : known.getReasonPhrase()) + ": " + String.join(", ", slugs))
                .content(new Content().addMediaType(MediaType.APPLICATION_PROBLEM_JSON_VALUE, media));
        if (status == 503) {
            response.addHeaderObject("Retry-After", new Header().description(HEADER_DESCRIPTIONS.get("Retry-After"))
                    .schema(new StringSchema()));
        }
        operation.getResponses().addApiResponse(String.valueOf(status), response);
    }
}
