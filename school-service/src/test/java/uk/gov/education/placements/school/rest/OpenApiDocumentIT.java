package uk.gov.education.placements.school.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.fasterxml.jackson.databind.JsonNode;

import uk.gov.education.placements.infrastructure.OpenApiDocuments;
import uk.gov.education.placements.school.support.Http;
import uk.gov.education.placements.school.support.Http.Response;
import uk.gov.education.placements.school.support.RunningSchoolService;

/**
 * The OpenAPI document is the contract in machine form: the committed {@code openapi/school-service.yaml}
 * must be what the running service serves, every endpoint it answers must be in it, and every
 * problem type it can answer must lead to a page.
 */
@RunningSchoolService
class OpenApiDocumentIT {

    static final String SERVICE = "school-service";

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    Http anyone;

    @BeforeEach
    void connect() {
        anyone = new Http(port, null);
    }

    Response document() {
        Response document = anyone.get("/v3/api-docs", "Accept", "application/json");
        assertThat(document.status()).as(document.toString()).isEqualTo(200);
        assertThat(document.header("Content-Type")).startsWith("application/json");
        return document;
    }

    @Test
    void theCommittedDocumentIsWhatTheServiceServes() {
        List<String> differences = OpenApiDocuments.differences(OpenApiDocuments.committed(SERVICE), document().body());

        assertThat(differences).as(OpenApiDocuments.howToRegenerate(SERVICE) + "\n" + String.join("\n", differences)).isEmpty();
    }

    @Test
    void everyEndpointTheServiceAnswersIsDocumentedAndNothingElse() {
        Set<String> handled = OpenApiDocuments.handledOperations(handlers);

        assertThat(handled).contains("POST /schools", "PUT /schools/{urn}/placement-contact", "GET /problems/{slug}");
        assertThat(OpenApiDocuments.documentedOperations(document().body())).isEqualTo(handled);
    }

    @Test
    void everyOperationNeedsTheBearerTokenButTheProblemPages() {
        JsonNode document = document().json();

        assertThat(document.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
        assertThat(document.at("/security/0/bearer").isArray()).isTrue();
        assertThat(document.at("/paths/~1problems~1{slug}/get/security").isEmpty()).isTrue();
        assertThat(document.at("/paths/~1schools~1{urn}/get/security").isMissingNode()).isTrue();
        assertThat(document.at("/paths/~1schools~1{urn}/get/responses/401/content/application~1problem+json/examples/unauthorized"
                + "/value/type").asText()).isEqualTo("https://manage-school-placements.education.gov.uk/problems/unauthorized");
    }

    @Test
    void theContactWritesDocumentIfMatchAndTheirProblems() {
        JsonNode put = document().json().at("/paths/~1schools~1{urn}~1placement-contact/put");

        assertThat(put.at("/parameters").findValuesAsText("name")).contains("urn", "If-Match");
        assertThat(put.at("/responses/200/headers/ETag").isObject()).isTrue();
        assertThat(put.at("/responses/412/content/application~1problem+json/examples/school-changed/value/status").asInt()).isEqualTo(412);
        assertThat(put.at("/responses/409/content/application~1problem+json/examples").has("no-placement-contact")).isTrue();
    }

    @Test
    void swaggerUiIsServedWithoutAToken() {
        Response redirect = anyone.get("/swagger-ui.html");
        assertThat(redirect.status()).as(redirect.toString()).isEqualTo(302);
        assertThat(redirect.header("Location")).endsWith("/swagger-ui/index.html");

        Response page = anyone.get("/swagger-ui/index.html", "Accept", "text/html");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("swagger-ui");

        Response config = anyone.get("/v3/api-docs/swagger-config");
        assertThat(config.status()).isEqualTo(200);
        assertThat(config.json().get("url").asText()).isEqualTo("/v3/api-docs");
    }

    @Test
    void theDocumentsStillGoThroughTheStrictHeaderChecks() {
        Response refused = anyone.get("/v3/api-docs", "Accept", "not a media type");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("type").asText()).endsWith("/problems/invalid-accept");
    }

    @Test
    void everyProblemTypeTheServiceCanAnswerLeadsToAPageThatExplainsIt() {
        Set<String> slugs = new TreeSet<>(OpenApiDocuments.problemSlugs(
                Path.of("src", "main", "java"), Path.of("..", "service-support", "src", "main", "java")));
        document().json().findValues("application/problem+json")
                .forEach(problems -> problems.path("examples").fieldNames().forEachRemaining(slugs::add));
        // Spring's and Tomcat's own refusals: slugs made from the status's reason phrase.
        slugs.addAll(List.of("not-found", "method-not-allowed", "not-acceptable", "unsupported-media-type", "bad-request"));
        assertThat(slugs).contains("school-changed", "placement-contact-already-added", "invalid-if-match", "forbidden");

        for (String slug : slugs) {
            Response page = anyone.get("/problems/" + slug, "Accept", "text/html");
            assertThat(page.status()).as(slug + ": " + page).isEqualTo(200);
            assertThat(page.header("Content-Type")).startsWith("text/html");
            assertThat(page.body()).contains("/problems/" + slug).contains("<h1>");
        }
        assertThat(anyone.get("/problems/no-such-problem").status()).isEqualTo(404);
    }
}
