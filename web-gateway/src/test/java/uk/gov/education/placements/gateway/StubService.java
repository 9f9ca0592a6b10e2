package uk.gov.education.placements.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A service's HTTP answers, stubbed on a real port: the gateway's RestClient talks to it over
 * HTTP exactly as to the real service, and each request is recorded (method, path, query,
 * headers, body) so tests can check what the gateway sent. A request with no stub answers 500,
 * which the gateway shows as "Sorry, there is a problem with the service".
 */
public final class StubService implements AutoCloseable {

    public record Request(String method, String path, String query, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            for (Map.Entry<String, List<String>> header : headers.entrySet()) {
                if (header.getKey().equalsIgnoreCase(name)) {
                    return header.getValue().get(0);
                }
            }
            return null;
        }
    }

    public record Response(int status, Map<String, String> headers, String body) {
    }

    private final HttpServer server;
    private final Map<String, Deque<Response>> answers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    public StubService() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Answers {@code method path} with these responses in turn, the last one from then on. */
    public void on(String method, String path, Response... responses) {
        answers.put(method + " " + path, new ArrayDeque<>(List.of(responses)));
    }

    public void reset() {
        answers.clear();
        requests.clear();
    }

    public List<Request> requests(String method, String path) {
        return requests.stream().filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
    }

    public Request last(String method, String path) {
        List<Request> matching = requests(method, path);
        if (matching.isEmpty()) {
            throw new AssertionError("No " + method + " " + path + " was sent; sent: " + requests);
        }
        return matching.get(matching.size() - 1);
    }

    public static Response json(int status, String body, String... headers) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("Content-Type", "application/json");
        for (int i = 0; i < headers.length; i += 2) {
            map.put(headers[i], headers[i + 1]);
        }
        return new Response(status, map, body);
    }

    public static Response empty(int status, String... headers) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < headers.length; i += 2) {
            map.put(headers[i], headers[i + 1]);
        }
        return new Response(status, map, "");
    }

    /** A problem detail as the services answer it; {@code fieldMessages} are field, message pairs. */
    public static Response problem(int status, String slug, String detail, String... fieldMessages) {
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < fieldMessages.length; i += 2) {
            errors.add("{\"field\":\"" + fieldMessages[i] + "\",\"message\":\"" + fieldMessages[i + 1] + "\"}");
        }
        String body = "{\"type\":\"https://manage-school-placements.education.gov.uk/problems/" + slug + "\",\"title\":\"t\","
                + "\"status\":" + status + ",\"detail\":\"" + detail + "\""
                + (errors.isEmpty() ? "" : ",\"errors\":[" + String.join(",", errors) + "]") + "}";
        return new Response(status, Map.of("Content-Type", "application/problem+json"), body);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String path = exchange.getRequestURI().getPath();
        requests.add(new Request(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(),
                Map.copyOf(exchange.getRequestHeaders()), body));
        Deque<Response> queue = answers.get(exchange.getRequestMethod() + " " + path);
        Response response;
        if (queue == null) {
            response = new Response(500, Map.of(), "no stub for " + exchange.getRequestMethod() + " " + path);
        } else {
            synchronized (queue) {
                response = queue.size() > 1 ? queue.poll() : queue.peek();
            }
        }
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
        if (bytes.length == 0) {
            exchange.sendResponseHeaders(response.status(), -1);
        } else {
            exchange.sendResponseHeaders(response.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
