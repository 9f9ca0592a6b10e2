package uk.gov.education.placements.placement.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * The service over real HTTP, as a gateway calls it: with its user's bearer token (a support
 * user's unless {@link #as} says otherwise).
 */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final int port;
    private final String token;

    Api(int port, String token) {
        this.port = port;
        this.token = token;
    }

    /** The same service, called with another token ({@code null}: none). */
    public Api as(String bearerToken) {
        return new Api(port, bearerToken);
    }

    public Response get(String path) {
        return send("GET", path, null);
    }

    public Response post(String path, String json, String... headers) {
        return send("POST", path, json, headers);
    }

    public Response put(String path, String json) {
        return send("PUT", path, json);
    }

    public Response patch(String path, String json, String... headers) {
        return send("PATCH", path, json, headers);
    }

    public Response delete(String path) {
        return send("DELETE", path, null);
    }

    public Response send(String method, String path, String json, String... headers) {
        try {
            return sendAsync(method, path, json, headers).join();
        } catch (RuntimeException e) {
            throw new UncheckedIOException(new IOException(method + " " + path + " failed", e));
        }
    }

    public CompletableFuture<Response> sendAsync(String method, String path, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, json == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        boolean contentTypeGiven = false;
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
            contentTypeGiven |= headers[i].equalsIgnoreCase("Content-Type");
        }
        if (json != null && !contentTypeGiven) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .thenApply(Response::new);
    }

    public static final class Response {
        private final HttpResponse<String> response;
        private final JsonNode body;

        Response(HttpResponse<String> response) {
            this.response = response;
            this.body = parse(response.body());
        }

        public int status() {
            return response.statusCode();
        }

        public JsonNode body() {
            return body;
        }

        public String raw() {
            return response.body();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        /** The problem type's slug, for problem details. */
        public String problemType() {
            String type = body.path("type").asText();
            return type.substring(type.lastIndexOf('/') + 1);
        }

        public List<String> errorMessages() {
            List<String> messages = new ArrayList<>();
            body.path("errors").forEach(error -> messages.add(error.path("field").asText() + ": " + error.path("message").asText()));
            return messages;
        }

        @Override
        public String toString() {
            return status() + " " + response.body();
        }

        private static JsonNode parse(String text) {
            if (text == null || text.isBlank()) {
                return MissingNode.getInstance();
            }
            try {
                return JSON.readTree(text);
            } catch (IOException e) {
                return MissingNode.getInstance();
            }
        }
    }
}
