package uk.gov.education.placements.localstack;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The services' HTTP APIs as a gateway calls them: JSON bodies, a bearer token, extra headers. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Api() {
    }

    static HttpResponse<String> send(String method, Service service, String path, Object body, String token,
                                     Map<String, String> headers) {
        return send(RunningStack.get(), method, service, path, body, token, headers);
    }

    static HttpResponse<String> send(LocalStack stack, String method, Service service, String path, Object body,
                                     String token, Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(stack.url(service).resolve(path))
                    .timeout(Duration.ofSeconds(15))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            headers.forEach(request::header);
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> send(String method, Service service, String path, Object body, String token) {
        return send(method, service, path, body, token, Map.of());
    }

    /**
     * As a gateway does with {@code X-School-Version}: a 503 means "not caught up yet, ask again
     * after Retry-After", so ask again (for at most a minute) until the service decides.
     */
    static HttpResponse<String> sendUntilDecided(String method, Service service, String path, Object body, String token,
                                                 Map<String, String> headers) {
        return await().atMost(Duration.ofMinutes(1)).pollDelay(Duration.ZERO).pollInterval(Duration.ofSeconds(1))
                .until(() -> send(method, service, path, body, token, headers), response -> response.statusCode() != 503);
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> placement() {
        return Map.of("id", UUID.randomUUID().toString(), "phase", "primary", "subject", "primary_with_mathematics",
                "yearGroup", "year_3", "mentors", List.of(), "academicYear", "2025/26", "terms", List.of("autumn"));
    }

    static Map<String, Object> contact(String firstName, String lastName, String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("firstName", firstName);
        body.put("lastName", lastName);
        body.put("email", email);
        return body;
    }
}
