package uk.gov.education.placements.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The whole flow through the services' own jars, against real PostgreSQL and Kafka, as a gateway
 * would drive it: onboard, refused without a contact, add the contact, accepted, the provider
 * sees the contact first, change it, the provider sees the new one.
 */
class EndToEndIT {

    private static LocalStack stack;

    @BeforeAll
    static void startTheStack() {
        stack = RunningStack.get();
    }

    @Test
    void aPlacementWaitsForAContactAndProvidersSeeTheCurrentContactFirst() {
        String urn = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
        String support = stack.tokens().support("e2e-support");
        String school = stack.tokens().schoolUser("e2e-school-user", urn);
        String provider = stack.tokens().providerUser("e2e-provider-user", "1TZ");

        var onboarded = Api.send("POST", Service.SCHOOL, "/schools", Map.of("urn", urn, "name", "Springfield Primary"), support);
        assertThat(onboarded.statusCode()).isEqualTo(201);

        var refused = Api.send("POST", Service.PLACEMENT, "/schools/" + urn + "/placements", Api.placement(), school);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(Api.json(refused).get("type").asText()).endsWith("placement-contact-required");
        assertThat(Api.json(refused).get("detail").asText()).isEqualTo("Before you add a placement, you must add a "
                + "placement contact so that the teacher training providers can contact you.");

        var added = Api.send("POST", Service.SCHOOL, "/schools/" + urn + "/placement-contact",
                Api.contact("Edna", " ", " Edna.Krabappel@Springfield.sch.uk "), school);
        assertThat(added.statusCode()).isEqualTo(201);
        String version = added.headers().firstValue("ETag").orElseThrow().replace("\"", "");

        var created = Api.sendUntilDecided("POST", Service.PLACEMENT, "/schools/" + urn + "/placements", Api.placement(), school,
                Map.of("X-School-Version", version));
        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        String placementPath = URI.create(location).getPath();

        JsonNode seen = awaitProviderView(placementPath, provider, "edna.krabappel@springfield.sch.uk");
        assertThat(seen.fieldNames().next()).isEqualTo("placementContact");
        assertThat(seen.get("placementContact").get("firstName").asText()).isEqualTo("Edna");
        assertThat(seen.get("placementContact").get("lastName").isNull()).isTrue();

        var changed = Api.send("PUT", Service.SCHOOL, "/schools/" + urn + "/placement-contact",
                Api.contact(null, null, "placements@springfield.sch.uk"), school);
        assertThat(changed.statusCode()).isEqualTo(200);

        JsonNode afterChange = awaitProviderView(placementPath, provider, "placements@springfield.sch.uk");
        assertThat(afterChange.fieldNames().next()).isEqualTo("placementContact");
        assertThat(afterChange.get("placementContact").get("firstName").isNull()).isTrue();
    }

    private static JsonNode awaitProviderView(String placementPath, String token, String email) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            var response = Api.send("GET", Service.PROVIDER_VIEW, placementPath, null, token);
            return response.statusCode() == 200 ? Api.json(response) : null;
        }, view -> view != null && email.equals(view.path("placementContact").path("email").asText()));
    }
}
