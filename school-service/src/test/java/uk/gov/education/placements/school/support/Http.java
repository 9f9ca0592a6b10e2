package uk.gov.education.placements.school.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A plain HTTP client for the service under test: what a gateway would send, byte for byte,
 * without a Spring client's conversions or error handling in between. Every request carries the
 * caller's bearer token, as the gateway passes it on (see {@link Tokens}).
 */
public final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final String bearerToken;

    /** A caller with this token; null for one without any. */
    public Http(int port, String bearerToken) {
        this("http://localhost:" + port, bearerToken);
    }

    private Http(String base, String bearerToken) {
        this.base = base;
        this.bearerToken = bearerToken;
    }

    /** The same service, called by someone else. */
    public Http as(String otherBearerToken) {
        return new Http(base, otherBearerToken);
    }

    public Http withoutToken() {
        return as(null);
    }

    public Response get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    public Response post(String path, String json, String... headers) {
        return sendJson("POST", path, json.getBytes(StandardCharsets.UTF_8), headers);
    }

    public Response put(String path, String json, String... headers) {
        return sendJson("PUT", path, json.getBytes(StandardCharsets.UTF_8), headers);
    }

    public Response delete(String path, String... headers) {
        return send(request(path, headers).DELETE());
    }

    public Response sendJson(String method, String path, byte[] body, String... headers) {
        return send(method, path, "application/json", body, headers);
    }

    public Response send(String method, String path, String contentType, byte[] body, String... headers) {
        return send(request(path, headers)
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (bearerToken != null) {
            builder.header("Authorization", "Bearer " + bearerToken);
        }
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return builder;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, java.net.http.HttpHeaders headers, String body) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON: " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + headers.map() + " " + body;
        }
    }
}
