package uk.gov.education.placements.placement.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.gov.education.placements.placement.command.Placements.anyUrn;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import uk.gov.education.placements.infrastructure.RealInfrastructure;
import uk.gov.education.placements.infrastructure.TokenIssuer;
import uk.gov.education.placements.placement.command.SchoolUrn;
import uk.gov.education.placements.placement.query.SchoolContactStateRepository;
import uk.gov.education.placements.infrastructure.Tokens;

/**
 * Who may do what in placement-service: every endpoint x every kind of caller, from one table.
 * Placements are their school's (its users and support); either side of a partnership may create
 * or end it; nobody else has anything to do here, and nothing is open without a token but health.
 * A refused request changes nothing.
 */
@RealPlacementService
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PlacementAuthorisationIT {

    /** Provider codes unique within this run, so that no case finds another's partnership. */
    private static final AtomicInteger PROVIDER_CODES = new AtomicInteger(ThreadLocalRandom.current().nextInt(30_000));
    private static SchoolUrn school;

    enum Caller { SUPPORT, OWN_SCHOOL_USER, OTHER_SCHOOL_USER, PROVIDER_USER_OF_THE_PROVIDER_NAMED, ANALYST, NOBODY, NO_TOKEN }

    /**
     * {urn} is the school, {id} one of its placements, {partner} a partner provider of it with no
     * placement assigned, {provider} a provider that is not a partner yet.
     */
    record Endpoint(String method, String path, String body, int success, boolean eitherSide) {

        String providerNamed(Case scene) {
            return path.contains("{partner}") || (body != null && body.contains("{partner}")) ? scene.partner : scene.provider;
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "/schools/{urn}/placements", Bodies.primaryPlacement(), 201, false),
            new Endpoint("GET", "/placements/{id}", null, 200, false),
            new Endpoint("PATCH", "/placements/{id}", "{\"yearGroup\": \"year_4\"}", 200, false),
            new Endpoint("PUT", "/placements/{id}/provider", "{\"providerCode\": \"{partner}\"}", 200, false),
            new Endpoint("DELETE", "/placements/{id}/provider", null, 200, false),
            new Endpoint("DELETE", "/placements/{id}", null, 204, false),
            new Endpoint("POST", "/schools/{urn}/partnerships", "{\"providerCode\": \"{provider}\"}", 201, true),
            new Endpoint("GET", "/schools/{urn}/partnerships", null, 200, false),
            new Endpoint("DELETE", "/schools/{urn}/partnerships/{partner}", null, 204, true));

    /** The rules, once. */
    static int expectedStatus(Endpoint endpoint, Caller caller) {
        return switch (caller) {
            case SUPPORT, OWN_SCHOOL_USER -> endpoint.success();
            case PROVIDER_USER_OF_THE_PROVIDER_NAMED -> endpoint.eitherSide() ? endpoint.success() : 403;
            case OTHER_SCHOOL_USER, ANALYST, NOBODY -> 403;
            case NO_TOKEN -> 401;
        };
    }

    static Stream<Arguments> everyEndpointForEveryCaller() {
        return ENDPOINTS.stream().flatMap(endpoint -> Stream.of(Caller.values()).map(caller -> Arguments.of(endpoint, caller)));
    }

    /** What one case works on: a fresh placement, a fresh partner and a fresh non-partner provider. */
    record Case(String id, String partner, String provider) {
    }

    @Autowired
    Api api;
    @Autowired
    SchoolEvents schoolEvents;
    @Autowired
    SchoolContactStateRepository states;

    @BeforeEach
    void oneSchoolWithAContact() {
        if (school == null) {
            SchoolUrn urn = anyUrn();
            schoolEvents.schoolWithContact(urn.value());
            await().until(() -> states.hasPlacementContact(urn));
            school = urn;
        }
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyEndpointForEveryCaller")
    void answersEachCallerAsTheRulesSayAndARefusalChangesNothing(Endpoint endpoint, Caller caller) {
        Case scene = freshCase();
        String before = snapshot(scene);

        Api.Response response = api.as(token(caller, endpoint.providerNamed(scene)))
                .send(endpoint.method(), fill(endpoint.path(), scene), endpoint.body() == null ? null : fill(endpoint.body(), scene));

        int expected = expectedStatus(endpoint, caller);
        assertThat(response.status()).as(response.toString()).isEqualTo(expected);
        if (expected >= 400) {
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(snapshot(scene)).isEqualTo(before);
        }
        if (expected == 403) {
            assertThat(response.body().path("detail").asText()).isEqualTo("You cannot perform this action");
        }
    }

    @Test
    void refusesTokensThatAreExpiredForeignForAnotherAudienceOrUnsigned() {
        String path = "/schools/" + school + "/partnerships";
        TokenIssuer trusted = RealInfrastructure.tokens();
        List<String> invalid = List.of(
                trusted.withLifetime(Duration.ofMinutes(-10)).support("expired"),
                TokenIssuer.generate().support("foreign"),
                trusted.sign(trusted.claims("elsewhere").audience("another-system").claim("role", "support").build()),
                unsigned("{\"sub\":\"forger\",\"role\":\"support\",\"iss\":\"" + TokenIssuer.ISSUER
                        + "\",\"aud\":\"" + TokenIssuer.AUDIENCE + "\",\"exp\":4102444800}"),
                "not-a-token");

        assertThat(invalid).allSatisfy(token -> {
            Api.Response response = api.as(token).get(path);
            assertThat(response.status()).as(response.toString()).isEqualTo(401);
            assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        });
    }

    @Test
    void aSchoolUserOfSeveralSchoolsActsForEachOfThem() {
        SchoolUrn other = anyUrn();
        Api user = api.as(Tokens.schoolUser("multi-school-user", other.value(), school.value()));

        assertThat(user.get("/schools/" + school + "/partnerships").status()).isEqualTo(200);
        assertThat(user.get("/schools/" + other + "/partnerships").status()).isEqualTo(200);
        assertThat(user.get("/schools/" + anyUrn() + "/partnerships").status()).isEqualTo(403);
    }

    private Case freshCase() {
        String id = api.post("/schools/" + school + "/placements", Bodies.primaryPlacement()).header("Location")
                .replace("/placements/", "");
        String partner = nextProviderCode();
        assertThat(api.post("/schools/" + school + "/partnerships", Bodies.provider(partner)).status()).isEqualTo(201);
        return new Case(id, partner, nextProviderCode());
    }

    private String snapshot(Case scene) {
        return api.get("/placements/" + scene.id()).raw() + api.get("/schools/" + school + "/partnerships").raw();
    }

    private static String fill(String template, Case scene) {
        return template.replace("{urn}", school.value()).replace("{id}", scene.id())
                .replace("{partner}", scene.partner()).replace("{provider}", scene.provider());
    }

    private static String token(Caller caller, String providerNamed) {
        return switch (caller) {
            case SUPPORT -> Tokens.support();
            case OWN_SCHOOL_USER -> Tokens.schoolUser("own-school-user", school.value());
            case OTHER_SCHOOL_USER -> Tokens.schoolUser("other-school-user", anyUrn().value());
            case PROVIDER_USER_OF_THE_PROVIDER_NAMED -> Tokens.providerUser("provider-user", providerNamed);
            case ANALYST -> Tokens.analyst("analyst");
            case NOBODY -> Tokens.nobody("nobody");
            case NO_TOKEN -> null;
        };
    }

    private static String nextProviderCode() {
        String code = Integer.toString(PROVIDER_CODES.getAndIncrement(), 36).toUpperCase();
        return "0".repeat(3 - code.length()) + code;
    }

    private static String unsigned(String claims) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString("{\"alg\":\"none\"}".getBytes()) + "." + base64.encodeToString(claims.getBytes()) + ".";
    }
}
