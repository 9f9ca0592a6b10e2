package uk.gov.education.placements.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON over HTTP/1.1 to the services' instances on the loopback interface, as a support user. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();

    private final String authorization;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .executor(Executors.newCachedThreadPool(task -> {
                Thread thread = new Thread(task, "fault-suite-http");
                thread.setDaemon(true);
                return thread;
            }))
            .build();

    Http(String bearerToken) {
        this.authorization = "Bearer " + bearerToken;
    }

    /** An answer; {@code status} 0 when there was none (refused, reset, timed out). */
    record Response(int status, String body, String etag, String location, String failure) {

        boolean is2xx() {
            return status >= 200 && status < 300;
        }

        /** No answer, or one that does not say whether the command was carried out. */
        boolean isAmbiguous() {
            return status == 0 || status >= 500 && !problemType().endsWith("/school-version-not-reached");
        }

        String problemType() {
            if (body == null || !body.startsWith("{")) {
                return "";
            }
            try {
                JsonNode type = JSON.readTree(body).get("type");
                return type == null ? "" : type.asText();
            } catch (IOException e) {
                return "";
            }
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("Not JSON: " + body, e);
            }
        }

        /** The ETag's version number, or -1. */
        long version() {
            return etag == null ? -1 : Long.parseLong(etag.replace("\"", "").replace("W/", ""));
        }

        @Override
        public String toString() {
            return status == 0 ? "no answer (" + failure + ")" : status + " " + (body == null ? "" : body);
        }
    }

    Response get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET(), Map.of(), false);
    }

    Response post(URI uri, Object body, Map<String, String> headers) {
        return send(HttpRequest.newBuilder(uri).POST(json(body)), headers, true);
    }

    Response put(URI uri, Object body, Map<String, String> headers) {
        return send(HttpRequest.newBuilder(uri).PUT(json(body)), headers, true);
    }

    Response patch(URI uri, Object body, Map<String, String> headers) {
        return send(HttpRequest.newBuilder(uri).method("PATCH", json(body)), headers, true);
    }

    Response delete(URI uri) {
        return send(HttpRequest.newBuilder(uri).DELETE(), Map.of(), false);
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofString(body == null ? "" : JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private Response send(HttpRequest.Builder request, Map<String, String> headers, boolean hasBody) {
        request.timeout(Duration.ofSeconds(15)).header("Authorization", authorization);
        if (hasBody) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(),
                    response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Location").orElse(null), null);
        } catch (IOException e) {
            return new Response(0, null, null, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Response(0, null, null, null, "interrupted");
        }
    }
}
