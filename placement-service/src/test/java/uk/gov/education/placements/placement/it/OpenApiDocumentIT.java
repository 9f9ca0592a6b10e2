package uk.gov.education.placements.placement.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.fasterxml.jackson.databind.JsonNode;

import uk.gov.education.placements.infrastructure.OpenApiDocuments;

/**
 * The OpenAPI document is the contract in machine form: the committed {@code openapi/placement-service.yaml}
 * must be what the running service serves, every endpoint it answers must be in it, and every
 * problem type it can answer must lead to a page.
 */
@RealPlacementService
class OpenApiDocumentIT {

    static final String SERVICE = "placement-service";

    @Autowired
    Api api;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    Api anyone;

    @BeforeEach
    void withoutToken() {
        anyone = api.as(null);
    }

    Api.Response document() {
        Api.Response document = anyone.send("GET", "/v3/api-docs", null, "Accept", "application/json");
        assertThat(document.status()).as(document.toString()).isEqualTo(200);
        assertThat(document.contentType()).startsWith("application/json");
        return document;
    }

    @Test
    void theCommittedDocumentIsWhatTheServiceServes() {
        List<String> differences = OpenApiDocuments.differences(OpenApiDocuments.committed(SERVICE), document().raw());

        assertThat(differences).as(OpenApiDocuments.howToRegenerate(SERVICE) + "\n" + String.join("\n", differences)).isEmpty();
    }

    @Test
    void everyEndpointTheServiceAnswersIsDocumentedAndNothingElse() {
        Set<String> handled = OpenApiDocuments.handledOperations(handlers);

        assertThat(handled).contains("POST /schools/{urn}/placements", "PATCH /placements/{id}",
                "GET /reference/subjects", "POST /admin/republications", "GET /problems/{slug}");
        assertThat(OpenApiDocuments.documentedOperations(document().raw())).isEqualTo(handled);
    }

    @Test
    void everyOperationNeedsTheBearerTokenButTheProblemPages() {
        JsonNode document = document().body();

        assertThat(document.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
        assertThat(document.at("/security/0/bearer").isArray()).isTrue();
        assertThat(document.at("/paths/~1problems~1{slug}/get/security").isEmpty()).isTrue();
        assertThat(document.at("/paths/~1placements~1{id}/get/security").isMissingNode()).isTrue();
    }

    @Test
    void theWritesThatWaitForASchoolVersionDocumentTheHeaderAnd503() {
        JsonNode paths = document().body().at("/paths");

        for (JsonNode operation : List.of(paths.at("/~1schools~1{urn}~1placements/post"), paths.at("/~1placements~1{id}/patch"))) {
            assertThat(operation.at("/parameters").findValuesAsText("name")).contains("X-School-Version");
            assertThat(operation.at("/responses/409/content/application~1problem+json/examples")
                    .has("placement-contact-required")).isTrue();
            assertThat(operation.at("/responses/503/headers/Retry-After").isObject()).isTrue();
        }
        assertThat(paths.at("/~1placements~1{id}/patch/requestBody/content/application~1merge-patch+json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/PlacementRequest");
        assertThat(paths.at("/~1schools~1{urn}~1placements/post/responses/201/headers/Location").isObject()).isTrue();
        assertThat(paths.at("/~1placements~1{id}/delete/responses").has("204")).isTrue();
    }

    @Test
    void swaggerUiIsServedWithoutAToken() {
        Api.Response redirect = anyone.get("/swagger-ui.html");
        assertThat(redirect.status()).as(redirect.toString()).isEqualTo(302);
        assertThat(redirect.header("Location")).endsWith("/swagger-ui/index.html");

        Api.Response page = anyone.send("GET", "/swagger-ui/index.html", null, "Accept", "text/html");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.raw()).contains("swagger-ui");
    }

    @Test
    void everyProblemTypeTheServiceCanAnswerLeadsToAPageThatExplainsIt() {
        Set<String> slugs = new TreeSet<>(OpenApiDocuments.problemSlugs(
                Path.of("src", "main", "java"), Path.of("..", "service-support", "src", "main", "java")));
        document().body().findValues("application/problem+json")
                .forEach(problems -> problems.path("examples").fieldNames().forEachRemaining(slugs::add));
        // Spring's and Tomcat's own refusals: slugs made from the status's reason phrase.
        slugs.addAll(List.of("not-found", "method-not-allowed", "not-acceptable", "unsupported-media-type", "bad-request"));
        assertThat(slugs).contains("placement-contact-required", "school-version-not-reached", "partnership-has-assigned-placements");

        for (String slug : slugs) {
            Api.Response page = anyone.send("GET", "/problems/" + slug, null, "Accept", "text/html");
            assertThat(page.status()).as(slug + ": " + page).isEqualTo(200);
            assertThat(page.contentType()).startsWith("text/html");
            assertThat(page.raw()).contains("/problems/" + slug).contains("<h1>");
        }
        assertThat(anyone.get("/problems/no-such-problem").status()).isEqualTo(404);
    }
}
