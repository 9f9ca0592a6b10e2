package uk.gov.education.placements.providerview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.gov.education.placements.infrastructure.WithRealInfrastructure;
import uk.gov.education.placements.infrastructure.Tokens;

/**
 * The one Spring context of this module's integration tests (same configuration, so Spring
 * caches and shares it): the service on a random port against the JVM's real PostgreSQL and
 * Kafka, consuming with a consumer group of its own. Requests carry a bearer token: a support
 * user's unless a test says whose ({@link Tokens}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.consumer.group-id=provider-view-it-${random.uuid}",
        "placements.replay.batch-size=1000",
        "placements.history.pseudonym-key=provider-view-it-pseudonym-key"})
@WithRealInfrastructure
public abstract class ProviderViewIT {

    protected static final ObjectMapper JSON = new ObjectMapper();
    protected static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    protected TestRestTemplate http;

    @Autowired
    protected JdbcTemplate jdbc;

    protected final EventPublisher publisher = EventPublisher.get();

    /** GET as a support user. */
    protected ResponseEntity<String> get(String path) {
        return get(path, Tokens.support());
    }

    /** GET with this bearer token; null for none. */
    protected ResponseEntity<String> get(String path, String token) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(bearer(token)), String.class);
    }

    /** POST without a body, with this bearer token; null for none. */
    protected ResponseEntity<String> post(String path, String token) {
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(bearer(token)), String.class);
    }

    /** The body of a 200 answer to a support user, once the service gives one that passes {@code check}. */
    protected JsonNode awaitJson(String path, java.util.function.Predicate<JsonNode> check) {
        return awaitJson(path, Tokens.support(), check);
    }

    /** The body of a 200 answer to this token's user, once the service gives one that passes {@code check}. */
    protected JsonNode awaitJson(String path, String token, java.util.function.Predicate<JsonNode> check) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            ResponseEntity<String> response = get(path, token);
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
            JsonNode body = JSON.readTree(response.getBody());
            assertThat(check.test(body)).as("%s answered %s", path, body).isTrue();
            found[0] = body;
        });
        return found[0];
    }

    /** The ids of a page of placements, in the order given, as a support user. */
    protected List<UUID> ids(String path) {
        return ids(path, Tokens.support());
    }

    /** The ids of a page of placements, in the order given, as this token's user. */
    protected List<UUID> ids(String path, String token) {
        ResponseEntity<String> response = get(path, token);
        assertThat(response.getStatusCode()).as("%s: %s", path, response.getBody()).isEqualTo(HttpStatus.OK);
        List<UUID> ids = new ArrayList<>();
        json(response).get("items").forEach(item -> ids.add(UUID.fromString(item.get("id").asText())));
        return ids;
    }

    private static HttpHeaders bearer(String token) {
        HttpHeaders headers = new HttpHeaders();
        if (token != null) {
            headers.setBearerAuth(token);
        }
        return headers;
    }

    protected static JsonNode json(ResponseEntity<String> response) {
        try {
            return JSON.readTree(response.getBody());
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + response.getBody(), e);
        }
    }

    /** The object's member names in the order of the raw JSON text. */
    protected static List<String> memberNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
