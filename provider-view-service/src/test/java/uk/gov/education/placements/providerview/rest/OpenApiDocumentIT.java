package uk.gov.education.placements.providerview.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.fasterxml.jackson.databind.JsonNode;

import uk.gov.education.placements.infrastructure.OpenApiDocuments;
import uk.gov.education.placements.providerview.ProviderViewIT;

/**
 * The OpenAPI document is the contract in machine form: the committed {@code openapi/provider-view-service.yaml}
 * must be what the running service serves, every endpoint it answers must be in it, and every
 * problem type it can answer must lead to a page. Requests without a token, byte for byte (no redirects followed).
 */
class OpenApiDocumentIT extends ProviderViewIT {

    static final String SERVICE = "provider-view-service";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    HttpResponse<String> anonymous(String path, String accept) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(URI.create(http.getRootUri() + path)).header("Accept", accept).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String document() {
        HttpResponse<String> document = anonymous("/v3/api-docs", "application/json");
        assertThat(document.statusCode()).as(document.body()).isEqualTo(200);
        assertThat(document.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        return document.body();
    }

    JsonNode documentJson() {
        try {
            return JSON.readTree(document());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theCommittedDocumentIsWhatTheServiceServes() {
        List<String> differences = OpenApiDocuments.differences(OpenApiDocuments.committed(SERVICE), document());

        assertThat(differences).as(OpenApiDocuments.howToRegenerate(SERVICE) + "\n" + String.join("\n", differences)).isEmpty();
    }

    @Test
    void everyEndpointTheServiceAnswersIsDocumentedAndNothingElse() {
        Set<String> handled = OpenApiDocuments.handledOperations(handlers);

        assertThat(handled).contains("GET /placements", "GET /history/events", "POST /admin/replays", "GET /problems/{slug}");
        assertThat(OpenApiDocuments.documentedOperations(document())).isEqualTo(handled);
    }

    @Test
    void theQueryParametersReadByHandAreDocumented() {
        JsonNode paths = documentJson().at("/paths");

        assertThat(paths.at("/~1placements/get/parameters").findValuesAsText("name"))
                .containsExactlyInAnyOrder("subject", "yearGroup", "status", "providerCode", "partnerOf", "page", "size");
        assertThat(paths.at("/~1history~1events/get/parameters").findValuesAsText("name"))
                .containsExactlyInAnyOrder("from", "to", "type", "school", "redact");
        assertThat(paths.at("/~1history~1events/get/responses/200/content").has("application/x-ndjson")).isTrue();
        assertThat(documentJson().at("/paths/~1problems~1{slug}/get/security").isEmpty()).isTrue();
        assertThat(documentJson().at("/components/securitySchemes/bearer/bearerFormat").asText()).isEqualTo("JWT");
    }

    @Test
    void swaggerUiIsServedWithoutAToken() {
        HttpResponse<String> redirect = anonymous("/swagger-ui.html", "text/html");
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/swagger-ui/index.html"));

        HttpResponse<String> page = anonymous("/swagger-ui/index.html", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("swagger-ui");
    }

    @Test
    void everyProblemTypeTheServiceCanAnswerLeadsToAPageThatExplainsIt() {
        Set<String> slugs = new TreeSet<>(OpenApiDocuments.problemSlugs(
                Path.of("src", "main", "java"), Path.of("..", "service-support", "src", "main", "java")));
        documentJson().findValues("application/problem+json")
                .forEach(problems -> problems.path("examples").fieldNames().forEachRemaining(slugs::add));
        // Spring's and Tomcat's own refusals: slugs made from the status's reason phrase.
        slugs.addAll(List.of("not-found", "method-not-allowed", "not-acceptable", "unsupported-media-type", "bad-request"));
        assertThat(slugs).contains("replay-already-running", "school-not-found", "forbidden");

        for (String slug : slugs) {
            HttpResponse<String> page = anonymous("/problems/" + slug, "text/html");
            assertThat(page.statusCode()).as(slug + ": " + page.body()).isEqualTo(200);
            assertThat(page.body()).contains("/problems/" + slug).contains("<h1>");
        }
        assertThat(anonymous("/problems/no-such-problem", "text/html").statusCode()).isEqualTo(404);
    }
}
