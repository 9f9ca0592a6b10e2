package uk.gov.education.placements.school.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.education.placements.school.command.Schools.anyUrn;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.gov.education.placements.school.support.EventStoreRows;
import uk.gov.education.placements.school.support.Http;
import uk.gov.education.placements.school.support.Http.Response;
import uk.gov.education.placements.school.support.RunningSchoolService;
import uk.gov.education.placements.infrastructure.Tokens;

/**
 * Who may do what in school-service (issue 6): school users act for their own schools only,
 * onboarding is for support, nobody else has anything to do here, and nothing is open without a
 * token but health. Every refusal is decided before the school is looked at, so it changes nothing
 * and tells nothing, not even whether the school exists.
 */
@RunningSchoolService
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SchoolAuthorisationIT {

    static final String CONTACT = "{\"firstName\": \"Sam\", \"email\": \"sam@hillside.example\"}";

    /** Every endpoint of one school, {urn} standing for the school's URN; those without a body are GETs. */
    static final List<Endpoint> SCHOOL_ENDPOINTS = List.of(
            new Endpoint("GET", "/schools/{urn}", null),
            new Endpoint("GET", "/schools/{urn}/placement-contact", null),
            new Endpoint("POST", "/schools/{urn}/placement-contact", CONTACT),
            new Endpoint("PUT", "/schools/{urn}/placement-contact", CONTACT),
            new Endpoint("GET", "/schools/{urn}/placement-contact/history", null));

    static final Endpoint ONBOARDING = new Endpoint("POST", "/schools",
            "{\"urn\": \"{urn}\", \"name\": \"Hillside Primary School\"}");

    record Endpoint(String method, String path, String body) {

        Response call(Http http, String urn) {
            String target = path.replace("{urn}", urn);
            return body == null
                    ? http.get(target)
                    : http.sendJson(method, target, body.replace("{urn}", urn).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    Http support;
    EventStoreRows events;
    String ownUrn;
    String otherUrn;

    @BeforeEach
    void twoSchoolsWithAContactEach() {
        support = new Http(port, Tokens.support());
        events = new EventStoreRows(jdbc);
        ownUrn = anyUrn().value();
        otherUrn = anyUrn().value();
        for (String urn : List.of(ownUrn, otherUrn)) {
            assertThat(ONBOARDING.call(support, urn).status()).isEqualTo(201);
            assertThat(support.post("/schools/" + urn + "/placement-contact", "{\"email\": \"office@example.com\"}").status())
                    .isEqualTo(201);
        }
    }

    static Stream<Endpoint> schoolEndpoints() {
        return SCHOOL_ENDPOINTS.stream();
    }

    static Stream<Endpoint> everyEndpoint() {
        return Stream.concat(Stream.of(ONBOARDING), SCHOOL_ENDPOINTS.stream());
    }

    @Nested
    class ASchoolUser {

        Http schoolUser;

        @BeforeEach
        void ofTheOwnSchool() {
            schoolUser = support.as(Tokens.schoolUser("school-user-1", ownUrn));
        }

        @Test
        void readsAndChangesEverythingOfTheirOwnSchool() {
            String fresh = anyUrn().value();
            ONBOARDING.call(support, fresh);
            Http newSchoolsUser = support.as(Tokens.schoolUser("school-user-2", fresh));

            assertThat(newSchoolsUser.get("/schools/" + fresh).status()).isEqualTo(200);
            assertThat(newSchoolsUser.post("/schools/" + fresh + "/placement-contact", CONTACT).status()).isEqualTo(201);
            assertThat(newSchoolsUser.get("/schools/" + fresh + "/placement-contact").status()).isEqualTo(200);
            assertThat(newSchoolsUser.put("/schools/" + fresh + "/placement-contact", "{\"email\": \"office@example.com\"}")
                    .status()).isEqualTo(200);
            Response history = newSchoolsUser.get("/schools/" + fresh + "/placement-contact/history");
            assertThat(history.status()).isEqualTo(200);
            assertThat(history.json().get("versions")).hasSize(2);
            assertThat(events.count(fresh)).isEqualTo(3);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("uk.gov.education.placements.school.rest.SchoolAuthorisationIT#schoolEndpoints")
        void isRefusedWith403OnAnotherSchoolAndChangesNothing(Endpoint endpoint) {
            assertForbidden(endpoint.call(schoolUser, otherUrn), endpoint);
            assertThat(events.count(otherUrn)).isEqualTo(2);

            assertThat(endpoint.call(schoolUser, ownUrn).status()).as("the same request on their own school")
                    .isIn(200, 409);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("uk.gov.education.placements.school.rest.SchoolAuthorisationIT#schoolEndpoints")
        void isRefusedWith403NotTold404OnASchoolThatDoesNotExist(Endpoint endpoint) {
            String unknown = anyUrn().value();

            assertForbidden(endpoint.call(schoolUser, unknown), endpoint);
            assertThat(events.count(unknown)).isZero();
        }

        @Test
        void ofSeveralSchoolsActsForEachOfThem() {
            Http ofBoth = support.as(Tokens.schoolUser("school-user-3", ownUrn, otherUrn));

            assertThat(ofBoth.get("/schools/" + ownUrn).status()).isEqualTo(200);
            assertThat(ofBoth.get("/schools/" + otherUrn).status()).isEqualTo(200);
        }

        @Test
        void cannotOnboardASchoolNotEvenWithAUrnOfTheirOwn() {
            String notYetOnboarded = anyUrn().value();
            Http userOfIt = support.as(Tokens.schoolUser("school-user-4", notYetOnboarded));

            assertForbidden(ONBOARDING.call(userOfIt, notYetOnboarded), ONBOARDING);
            assertThat(events.count(notYetOnboarded)).isZero();
        }
    }

    static Stream<Arguments> callersWithNothingToDoHere() {
        return Stream.of(
                Arguments.of("a provider user", Tokens.providerUser("provider-user-1", "1TZ")),
                Arguments.of("an analyst", Tokens.analyst("analyst-1")),
                Arguments.of("a user of no organisation", Tokens.nobody("nobody-1")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callersWithNothingToDoHere")
    void otherUsersAreRefusedWith403OnEveryEndpoint(String who, String token) {
        Http caller = support.as(token);

        SoftAssertions.assertSoftly(softly -> everyEndpoint().forEach(endpoint -> {
            String urn = endpoint == ONBOARDING ? anyUrn().value() : otherUrn;
            Response refused = endpoint.call(caller, urn);
            softly.assertThat(refused.status()).as(who + ": " + endpoint + ": " + refused).isEqualTo(403);
            softly.assertThat(refused.body()).as(who + ": " + endpoint).contains("\"detail\":\"You cannot perform this action\"");
        }));
        assertThat(events.count(otherUrn)).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyEndpoint")
    void withoutATokenEveryEndpointIs401WithABearerChallenge(Endpoint endpoint) {
        Response refused = endpoint.call(support.withoutToken(), otherUrn);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
        assertThat(refused.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("status").asInt()).isEqualTo(401);
        assertThat(endpoint.call(support.as("not.a.token"), otherUrn).status()).as("a token that is not a JWT").isEqualTo(401);
        assertThat(events.count(otherUrn)).isEqualTo(2);
    }

    @Test
    void healthAndItsProbesNeedNoToken() {
        Http anonymous = support.withoutToken();

        assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/health/liveness").status()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/health/readiness").status()).isEqualTo(200);
    }

    @Test
    void removingAContactStays405ForEveryAuthenticatedCaller() {
        for (String token : List.of(Tokens.support(), Tokens.schoolUser("school-user-5", ownUrn),
                Tokens.schoolUser("school-user-6", "100000"), Tokens.analyst("analyst-2"))) {
            Response refused = support.as(token).delete("/schools/" + otherUrn + "/placement-contact");

            assertThat(refused.status()).as(refused.toString()).isEqualTo(405);
            assertThat(refused.header("Allow")).contains("GET", "POST", "PUT");
        }
        assertThat(support.withoutToken().delete("/schools/" + otherUrn + "/placement-contact").status()).isEqualTo(401);
    }

    private void assertForbidden(Response refused, Endpoint endpoint) {
        assertThat(refused.status()).as(endpoint + ": " + refused).isEqualTo(403);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("status").asInt()).isEqualTo(403);
        assertThat(refused.json().get("title").asText()).isEqualTo("Forbidden");
        assertThat(refused.json().get("detail").asText()).isEqualTo("You cannot perform this action");
        assertThat(refused.json().get("type").asText())
                .isEqualTo("https://manage-school-placements.education.gov.uk/problems/forbidden");
    }
}
