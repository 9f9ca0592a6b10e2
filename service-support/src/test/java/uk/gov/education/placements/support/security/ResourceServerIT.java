package uk.gov.education.placements.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jwt.JWTClaimsSet;

import uk.gov.education.placements.infrastructure.RealInfrastructure;
import uk.gov.education.placements.infrastructure.TokenIssuer;
import uk.gov.education.placements.infrastructure.WithRealInfrastructure;

/** Which bearer tokens a service accepts: only unexpired ones, signed by its key, from its issuer, for it. */
@SpringBootTest(classes = SecuredTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"placements.outbox.topic=secured-test", "management.endpoint.health.probes.enabled=true"})
@WithRealInfrastructure
// Spring Boot's tests leave out every metrics registry but the in-memory one; the Prometheus one is under test here.
@AutoConfigureObservability(tracing = false)
class ResourceServerIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    private final TokenIssuer tokens = RealInfrastructure.tokens();

    @Autowired
    JwtDecoder decoder;

    @Test
    void springBootsDecoderSitsBehindTheCacheOfAcceptedTokensAndEveryRefusalBelowStillHolds() throws Exception {
        assertThat(decoder).isInstanceOf(VerifiedTokens.class);
        String token = tokens.schoolUser("user-2", "100000");

        assertThat(get("/whoami", token).statusCode()).isEqualTo(200);
        assertThat(get("/whoami", token).statusCode()).as("the same token again, from the cache").isEqualTo(200);
        assertThat(get("/whoami", token.substring(0, token.length() - 2) + "xx").statusCode())
                .as("the same token with its signature changed").isEqualTo(401);
    }

    @Test
    void healthAndItsProbesNeedNoToken() throws Exception {
        assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
    }

    @Test
    void acceptsAValidTokenAndKnowsWhoCalls() throws Exception {
        var response = get("/whoami", tokens.schoolUser("user-1", "100000", "100001"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode caller = JSON.readTree(response.body());
        assertThat(caller.get("userId").asText()).isEqualTo("user-1");
        assertThat(caller.get("schools")).hasSize(2);
        assertThat(caller.get("role").asText()).isEqualTo("NONE");
    }

    @Test
    void refusesARequestWithoutATokenWith401AndAChallenge() throws Exception {
        var response = get("/whoami", null);

        assertUnauthorized(response);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    }

    @Test
    void refusesAnExpiredToken() throws Exception {
        JWTClaimsSet expired = tokens.claims("user-1")
                .issueTime(Date.from(Instant.now().minusSeconds(7200)))
                .expirationTime(Date.from(Instant.now().minusSeconds(3600))).build();

        var response = get("/whoami", tokens.sign(expired));

        assertUnauthorized(response);
        // RFC 6750: a refused token is named as such in the challenge, with why.
        assertThat(response.headers().firstValue("WWW-Authenticate")).get().asString()
                .startsWith("Bearer error=\"invalid_token\"").contains("Jwt expired at");
    }

    @Test
    void twoAuthorizationHeadersInOneRequestAre400() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/whoami"))
                .header("Authorization", "Bearer " + tokens.support("support-1"))
                .header("Authorization", "Bearer " + tokens.support("support-2")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(response.body()).get("detail").asText())
                .isEqualTo("A request carries one Authorization header, with one bearer token");
    }

    @Test
    void refusesATokenThatNeverExpires() throws Exception {
        assertUnauthorized(get("/whoami", tokens.sign(tokens.claims("user-1").expirationTime(null)
                .claim("role", "support").build())));
    }

    @Test
    void refusesATokenSignedWithAnotherKey() throws Exception {
        assertUnauthorized(get("/whoami", TokenIssuer.generate().support("intruder")));
    }

    @Test
    void refusesATokenOfAnotherIssuer() throws Exception {
        assertUnauthorized(get("/whoami", tokens.sign(tokens.claims("user-1").issuer("https://elsewhere.example").build())));
    }

    @Test
    void refusesATokenForAnotherAudience() throws Exception {
        assertUnauthorized(get("/whoami", tokens.sign(tokens.claims("user-1").audience("another-service").build())));
    }

    @Test
    void refusesAnUnsignedTokenWithAlgNone() throws Exception {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String header = base64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes());
        String claims = base64.encodeToString(tokens.claims("user-1").claim("role", "support").build().toString().getBytes());

        assertUnauthorized(get("/whoami", header + "." + claims + "."));
    }

    @Test
    void refusesATokenThatNamesNobody() throws Exception {
        assertUnauthorized(get("/whoami", tokens.sign(tokens.claims("user-1").subject(null).claim("role", "support").build())));
    }

    @Test
    void refusesSomethingThatIsNotAJwt() throws Exception {
        assertUnauthorized(get("/whoami", "not-a-token"));
    }

    @Test
    void aCallerOutsideTheOrganisationGets403WithTheServicesMessage() throws Exception {
        var response = get("/schools/100001/secret", tokens.schoolUser("user-1", "100000"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(response.body()).get("detail").asText()).isEqualTo("You cannot perform this action");
    }

    @Test
    void springsOwnRefusalsAreProblemDetailsOfOurKindToo() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/whoami"))
                .DELETE().header("Authorization", "Bearer " + tokens.support("support-1")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET");
        assertThat(JSON.readTree(response.body()).get("type").asText())
                .isEqualTo("https://manage-school-placements.education.gov.uk/problems/method-not-allowed");
    }

    @Test
    void supportActsForEverySchool() throws Exception {
        assertThat(get("/schools/100001/secret", tokens.support("support-1")).statusCode()).isEqualTo(200);
    }

    @Test
    void aMonitoringTokenReadsThePrometheusMetricsAndNothingElse() throws Exception {
        String monitoring = tokens.sign(tokens.claims("prometheus").claim("role", "monitoring").build());

        var metrics = get("/actuator/prometheus", monitoring);

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(metrics.body()).contains("placements_outbox_unpublished_events{service=\"outbox-test\"}")
                .contains("jvm_memory_used_bytes");
        assertThat(get("/schools/100001/secret", monitoring).statusCode()).isEqualTo(403);
        assertThat(get("/actuator/env", monitoring).statusCode()).as("no other endpoint is exposed").isEqualTo(404);
    }

    @Test
    void supportMayReadTheMetricsAndNoOtherCallerMay() throws Exception {
        assertThat(get("/actuator/prometheus", tokens.support("support-1")).statusCode()).isEqualTo(200);
        assertUnauthorized(get("/actuator/prometheus", null));
        assertForbidden(get("/actuator/prometheus", tokens.schoolUser("user-1", "100000")));
        assertForbidden(get("/actuator/prometheus", tokens.providerUser("user-2", "1TZ")));
        assertForbidden(get("/actuator/prometheus", tokens.analyst("analyst-1")));
        assertForbidden(get("/actuator/prometheus", tokens.sign(tokens.claims("user-3").claim("role", "operator").build())));
    }

    private void assertForbidden(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    private void assertUnauthorized(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(response.body()).get("status").asInt()).isEqualTo(401);
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
