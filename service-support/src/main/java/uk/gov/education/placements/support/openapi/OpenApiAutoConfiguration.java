package uk.gov.education.placements.support.openapi;

import java.util.List;
import java.util.Map;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.RequestAttribute;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import uk.gov.education.placements.support.web.RequestHeaders;

/**
 * The parts of every service's OpenAPI document that are the same in all three: the bearer scheme
 * (every endpoint needs a token but the docs and the problem pages), the problem detail schema,
 * the errors any endpoint can answer ({@link ApiDocs#apply}), and the headers the
 * services read through {@link RequestHeaders} (controllers take them as request attributes,
 * which springdoc cannot see). A service adds only its own problems, as an {@link ApiDocs}
 * bean, and its descriptions.
 *
 * <p>Settings: {@code placements.openapi.server-url} (the contract's address of the service, so
 * the document does not change with the port a test runs on) and {@code placements.openapi.description}.
 */
@AutoConfiguration
@ConditionalOnClass(OpenAPI.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class OpenApiAutoConfiguration {

    /** The contract's version, not the build's: it changes only with the contract. */
    static final String CONTRACT_VERSION = "1";
    static final String BEARER = "bearer";
    public static final String PROBLEM_SCHEMA = "Problem";
    static final String FIELD_ERROR_SCHEMA = "FieldError";

    @Bean
    OpenAPI placementsOpenApi(Environment environment) {
        String name = environment.getProperty("spring.application.name", "service");
        OpenAPI openApi = new OpenAPI()
                .info(new Info().title(name).version(CONTRACT_VERSION)
                        .description(environment.getProperty("placements.openapi.description",
                                "Manage school placements: " + name)))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")
                                .description("The gateway's JWT for the signed-in user: claims sub, schools, "
                                        + "providers and role (support, analyst or none)")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
        String serverUrl = environment.getProperty("placements.openapi.server-url");
        if (serverUrl != null) {
            openApi.servers(List.of(new Server().url(serverUrl)));
        }
        return openApi;
    }

    /** Added with the responses that use them: springdoc drops schemas nothing refers to before the customizers run. */
    static void addProblemSchemas(Components components) {
        components.addSchemas(FIELD_ERROR_SCHEMA, new ObjectSchema()
                        .addProperty("field", new StringSchema().example("email"))
                        .addProperty("message", new StringSchema().example("Enter an email address")))
                .addSchemas(PROBLEM_SCHEMA, problemSchema());
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem detail; the type's last segment is the problem's slug, "
                        + "and the type URI's path leads to a page that explains it (GET /problems/{slug})")
                .addProperty("type", new StringSchema().format("uri")
                        .example("https://manage-school-placements.education.gov.uk/problems/validation-error"))
                .addProperty("title", new StringSchema().example("Your request has errors"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().description("The user-facing message")
                        .example("Enter an email address"))
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("errors", new ArraySchema()
                        .description("Validation only: every invalid field with its message")
                        .items(new Schema<>().$ref("#/components/schemas/" + FIELD_ERROR_SCHEMA)))
                .required(List.of("type", "title", "status", "detail"));
    }

    /** If-Match and X-School-Version, where a handler reads them (as {@link RequestHeaders}' attributes). */
    @Bean
    GlobalOperationCustomizer headersReadAsRequestAttributes() {
        return (operation, handlerMethod) -> {
            for (org.springframework.core.MethodParameter parameter : handlerMethod.getMethodParameters()) {
                RequestAttribute attribute = parameter.getParameterAnnotation(RequestAttribute.class);
                Parameter header = attribute == null ? null : HEADERS.get(attribute.name());
                if (header != null) {
                    operation.addParametersItem(header);
                }
            }
            return operation;
        };
    }

    private static final Map<String, Parameter> HEADERS = Map.of(
            RequestHeaders.IF_MATCH, new HeaderParameter().name(HttpHeaders.IF_MATCH).required(false)
                    .description("Strong comparison with the school's current ETag (its version); * or a list too. "
                            + "A stale tag is 412 school-changed and changes nothing; without it the last write wins.")
                    .schema(new StringSchema().example("\"3\"")),
            RequestHeaders.SCHOOL_VERSION, new HeaderParameter().name(RequestHeaders.SCHOOL_VERSION_HEADER)
                    .required(false)
                    .description("The school version (ETag) school-service returned: the service waits, for a "
                            + "bounded time, until its projection has seen it, or answers 503 school-version-not-reached")
                    .schema(new StringSchema().example("3")));

    /** The re-publication endpoints of the write services (service-support's outbox). */
    @Bean
    ApiDocs republicationApiDocs() {
        return new ApiDocs()
                .requestExample("POST /admin/republications", Map.of("fromPosition", 0))
                .succeeds("POST /admin/republications", 202, "Re-publication started: follow it at Location", "Location")
                .problem("POST /admin/republications", 400, "validation-error", "Your request has errors",
                        "Enter a global index of 0 or more")
                .problem("GET /admin/republications/{id}", 400, "validation-error", "Your request has errors",
                        "Enter a valid value")
                .problem("GET /admin/republications/{id}", 404, "republication-not-found", "Re-publication not found",
                        "There is no re-publication with id 3f2c0b8e-5a51-4f55-9d43-5b1f4b7a2d10 on this instance");
    }

    /** The common problems on every operation, then the service's own; the open pages without security. */
    @Bean
    GlobalOpenApiCustomizer problemResponses(org.springframework.beans.factory.ObjectProvider<ApiDocs> declared) {
        return openApi -> ApiDocs.apply(openApi, declared.orderedStream().toList());
    }
}
