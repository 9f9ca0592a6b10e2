package uk.gov.education.placements.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The whole flow through the services' own jars, against real PostgreSQL and Kafka, as a gateway
 * would drive it: onboard, refused without a contact, add the contact, accepted, the provider
 * sees the contact first, change it, the provider sees the new one.
 */
class EndToEndIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static LocalStack stack;

    @BeforeAll
    static void startTheStack() throws IOException {
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            ports.put(service, FreePorts.next());
        }
        Path data = Files.createTempDirectory("local-stack-e2e");
        stack = LocalStack.start(new Settings(Path.of("..").toAbsolutePath().normalize(), data, Settings.VERSION,
                0, 0, ports, List.of(), Map.of()));
        System.out.printf("Local stack started in %d ms%n", stack.startUpTime().toMillis());
    }

    @AfterAll
    static void stopTheStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void aPlacementWaitsForAContactAndProvidersSeeTheCurrentContactFirst() throws Exception {
        String urn = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
        String support = stack.tokens().support("e2e-support");
        String school = stack.tokens().schoolUser("e2e-school-user", urn);
        String provider = stack.tokens().providerUser("e2e-provider-user", "1TZ");

        var onboarded = send("POST", Service.SCHOOL, "/schools", Map.of("urn", urn, "name", "Springfield Primary"), support, Map.of());
        assertThat(onboarded.statusCode()).isEqualTo(201);

        var refused = send("POST", Service.PLACEMENT, "/schools/" + urn + "/placements", placement(), school, Map.of());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).get("type").asText()).endsWith("placement-contact-required");
        assertThat(json(refused).get("detail").asText()).isEqualTo("Before you add a placement, you must add a "
                + "placement contact so that the teacher training providers can contact you.");

        var added = send("POST", Service.SCHOOL, "/schools/" + urn + "/placement-contact",
                contact("Edna", " ", " Edna.Krabappel@Springfield.sch.uk "), school, Map.of());
        assertThat(added.statusCode()).isEqualTo(201);
        String version = added.headers().firstValue("ETag").orElseThrow().replace("\"", "");

        var created = send("POST", Service.PLACEMENT, "/schools/" + urn + "/placements", placement(), school,
                Map.of("X-School-Version", version));
        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        String placementPath = URI.create(location).getPath();

        JsonNode seen = awaitProviderView(placementPath, provider, "edna.krabappel@springfield.sch.uk");
        assertThat(seen.fieldNames().next()).isEqualTo("placementContact");
        assertThat(seen.get("placementContact").get("firstName").asText()).isEqualTo("Edna");
        assertThat(seen.get("placementContact").get("lastName").isNull()).isTrue();

        var changed = send("PUT", Service.SCHOOL, "/schools/" + urn + "/placement-contact",
                contact(null, null, "placements@springfield.sch.uk"), school, Map.of());
        assertThat(changed.statusCode()).isEqualTo(200);

        JsonNode afterChange = awaitProviderView(placementPath, provider, "placements@springfield.sch.uk");
        assertThat(afterChange.fieldNames().next()).isEqualTo("placementContact");
        assertThat(afterChange.get("placementContact").get("firstName").isNull()).isTrue();
    }

    private static JsonNode awaitProviderView(String placementPath, String token, String email) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            var response = send("GET", Service.PROVIDER_VIEW, placementPath, null, token, Map.of());
            return response.statusCode() == 200 ? json(response) : null;
        }, view -> view != null && email.equals(view.path("placementContact").path("email").asText()));
    }

    private static Map<String, Object> placement() {
        return Map.of("id", UUID.randomUUID().toString(), "phase", "primary", "subject", "primary_with_mathematics",
                "yearGroup", "year_3", "mentors", List.of(), "academicYear", "2025/26", "terms", List.of("autumn"));
    }

    private static Map<String, Object> contact(String firstName, String lastName, String email) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("firstName", firstName);
        body.put("lastName", lastName);
        body.put("email", email);
        return body;
    }

    static HttpResponse<String> send(String method, Service service, String path, Object body, String token,
                                     Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(stack.url(service).resolve(path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.header("Authorization", "Bearer " + token);
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }
}
