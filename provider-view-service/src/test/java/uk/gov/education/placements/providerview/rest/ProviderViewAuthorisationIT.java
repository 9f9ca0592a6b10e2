package uk.gov.education.placements.providerview.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import uk.gov.education.placements.events.PlacementContactAdded;
import uk.gov.education.placements.events.SchoolOnboarded;
import uk.gov.education.placements.providerview.ProviderViewIT;
import uk.gov.education.placements.providerview.TestEvents;
import uk.gov.education.placements.providerview.TestEvents.Partnerships;
import uk.gov.education.placements.providerview.TestEvents.Placement;
import uk.gov.education.placements.providerview.TestEvents.School;
import uk.gov.education.placements.infrastructure.Tokens;
import uk.gov.education.placements.support.security.Access;

/**
 * Who may read what in provider-view-service (issue 6): provider users and support read the
 * provider view, a provider user only ever as their own providers; analysts and support read the
 * history and replay it; only support is served contacts' personal data, and each time is
 * audited; nobody else has anything to do here, and nothing but health is open without a token.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProviderViewAuthorisationIT extends ProviderViewIT {

    enum Caller { NO_TOKEN, NOBODY, SCHOOL_USER, PROVIDER_USER, ANALYST, SUPPORT }

    static final Set<Caller> PROVIDER_VIEW = EnumSet.of(Caller.PROVIDER_USER, Caller.SUPPORT);
    static final Set<Caller> HISTORY = EnumSet.of(Caller.ANALYST, Caller.SUPPORT);
    static final int NOT_TRIED = -1;

    /**
     * Every endpoint, with who may call it and what an allowed caller gets for a school, placement
     * or replay that does not exist: the answer shows the request got past the access rule.
     */
    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/placements?size=1", PROVIDER_VIEW, 200),
            new Endpoint("GET", "/placements/{id}", PROVIDER_VIEW, 404),
            new Endpoint("GET", "/schools/{urn}", PROVIDER_VIEW, 404),
            // An allowed POST would start a replay under the other tests' feet: ReplayIT starts them.
            new Endpoint("POST", "/admin/replays", HISTORY, NOT_TRIED),
            new Endpoint("GET", "/admin/replays/{id}", HISTORY, 404),
            new Endpoint("GET", "/history/events?school={urn}", HISTORY, 200),
            new Endpoint("GET", "/history/schools/{urn}?asOf=2030-01-01T00:00:00Z", HISTORY, 404));

    record Endpoint(String method, String path, Set<Caller> allowed, int allowedStatus) {

        int expectedFor(Caller caller) {
            if (caller == Caller.NO_TOKEN) {
                return 401;
            }
            return allowed.contains(caller) ? allowedStatus : 403;
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Stream<Arguments> everyEndpointForEveryKindOfCaller() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            for (Caller caller : Caller.values()) {
                int expected = endpoint.expectedFor(caller);
                if (expected != NOT_TRIED) {
                    cases.add(Arguments.of(endpoint, caller, expected));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} by {1} answers {2}")
    @MethodSource("everyEndpointForEveryKindOfCaller")
    void eachEndpointAnswersOnlyTheCallersItIsFor(Endpoint endpoint, Caller caller, int expected) {
        String path = endpoint.path().replace("{urn}", TestEvents.anyUrn()).replace("{id}", UUID.randomUUID().toString());
        String token = token(caller);

        ResponseEntity<String> response = endpoint.method().equals("POST") ? post(path, token) : get(path, token);

        assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(expected);
        if (expected == 401) {
            assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
        }
        if (expected == 403) {
            assertForbidden(response);
        }
    }

    @Test
    void aCallerWithNoBusinessHereIsRefusedBeforeAnythingInTheirRequestIsLookedAt() {
        String schoolUser = Tokens.schoolUser("school-user-" + UUID.randomUUID(), TestEvents.anyUrn());
        String providerUser = Tokens.providerUser("provider-user-" + UUID.randomUUID(), TestEvents.anyProviderCode());

        for (String path : List.of("/placements?size=0", "/placements/not-a-uuid", "/schools/12ab",
                "/admin/replays/not-a-uuid", "/history/events?from=yesterday")) {
            assertForbidden(get(path, schoolUser));
        }
        assertForbidden(get("/history/schools/abc", providerUser));
        assertForbidden(get("/placements/" + UUID.randomUUID(), Tokens.analyst()));
    }

    @Test
    void aProviderUserIsAlwaysTheProviderOfTheirTokenAndCannotAskAsAnotherProvider() {
        Scenario scenario = scenario();
        String mine = Tokens.providerUser("provider-user-" + UUID.randomUUID(), scenario.provider);

        assertThat(status(get("/placements/" + scenario.assignedToProvider.id, mine))).isEqualTo("assigned_to_you");
        assertThat(status(get("/placements/" + scenario.assignedToOther.id, mine))).isEqualTo("assigned");
        assertThat(get("/placements/" + scenario.assignedToOther.id, mine).getBody()).doesNotContain(scenario.other);
        assertThat(status(get("/placements/" + scenario.assignedToProvider.id + "?providerCode=" + scenario.provider, mine)))
                .isEqualTo("assigned_to_you");
        assertThat(ids(scenario.list + "&status=assigned_to_you", mine)).containsExactly(scenario.assignedToProvider.id);
        assertThat(ids(scenario.list + "&status=assigned", mine)).as("assigned to me")
                .containsExactly(scenario.assignedToProvider.id);
        assertThat(ids(scenario.list + "&partnerOf=" + scenario.provider, mine)).containsExactlyInAnyOrder(
                scenario.assignedToProvider.id, scenario.assignedToOther.id, scenario.available.id);
        assertThat(ids(scenario.list, mine)).as("partnerOf filters only when given").hasSize(4);

        assertForbidden(get("/placements/" + scenario.assignedToOther.id + "?providerCode=" + scenario.other, mine));
        assertForbidden(get(scenario.list + "&providerCode=" + scenario.other, mine));
        assertForbidden(get(scenario.list + "&status=assigned_to_you&providerCode=" + scenario.other, mine));
        assertForbidden(get(scenario.list + "&partnerOf=" + scenario.other, mine));
        assertForbidden(get(scenario.list + "&providerCode=NOT-A-CODE", mine));
    }

    @Test
    void aUserOfSeveralProvidersIsTheFirstByDefaultAndMayAskAsAnyOfTheirOwn() {
        Scenario scenario = scenario();
        String both = Tokens.providerUser("provider-user-" + UUID.randomUUID(), scenario.provider, scenario.other);
        String theOtherFirst = Tokens.providerUser("provider-user-" + UUID.randomUUID(), scenario.other, scenario.provider);

        assertThat(status(get("/placements/" + scenario.assignedToProvider.id, both))).isEqualTo("assigned_to_you");
        assertThat(status(get("/placements/" + scenario.assignedToOther.id, both))).isEqualTo("assigned");
        assertThat(status(get("/placements/" + scenario.assignedToOther.id, theOtherFirst))).isEqualTo("assigned_to_you");
        assertThat(status(get("/placements/" + scenario.assignedToOther.id + "?providerCode=" + scenario.other, both)))
                .isEqualTo("assigned_to_you");
        assertThat(ids(scenario.list + "&status=assigned_to_you&providerCode=" + scenario.other, both))
                .containsExactly(scenario.assignedToOther.id);
        assertThat(ids(scenario.list + "&partnerOf=" + scenario.other, both)).isEmpty();
    }

    @Test
    void supportMayAskAsAnyProviderAndIsNobodysProviderOtherwise() {
        Scenario scenario = scenario();

        assertThat(status(get("/placements/" + scenario.assignedToOther.id + "?providerCode=" + scenario.other)))
                .isEqualTo("assigned_to_you");
        assertThat(status(get("/placements/" + scenario.assignedToProvider.id))).isEqualTo("assigned");
        assertThat(ids(scenario.list + "&status=assigned_to_you&providerCode=" + scenario.other))
                .containsExactly(scenario.assignedToOther.id);
        assertThat(ids(scenario.list + "&status=assigned")).hasSize(2);
        assertThat(ids(scenario.list + "&partnerOf=" + scenario.provider)).hasSize(3);
    }

    @Test
    void onlySupportIsServedContactsPersonalDataAndEachTimeIsAudited(CapturedOutput output) {
        School school = TestEvents.school(TestEvents.anyUrn());
        publisher.publish(school.at(Instant.parse("2030-05-01T09:00:00Z"), new SchoolOnboarded(school.urn, "Audited")),
                school.at(Instant.parse("2030-05-02T09:00:00Z"),
                        new PlacementContactAdded(school.urn, "Ada", "Lovelace", "ada@audited.sch.uk")));
        awaitJson("/schools/" + school.urn, body -> !body.get("placementContact").isNull());
        String events = "/history/events?school=" + school.urn;
        String asOf = "/history/schools/" + school.urn + "?asOf=2030-06-01T00:00:00Z";
        String analystId = "analyst-" + UUID.randomUUID();
        String analyst = Tokens.analyst(analystId);
        String supportId = "support-" + UUID.randomUUID();
        String support = Tokens.support(supportId);

        assertForbidden(get(events + "&redact=false", analyst));
        assertForbidden(get(asOf + "&redact=false", analyst));
        assertThat(get(events, analyst).getBody()).contains("[redacted]").doesNotContain("ada@audited.sch.uk");
        assertThat(get(events, support).getBody()).as("support too, unless asking").doesNotContain("ada@audited.sch.uk");
        ResponseEntity<String> unredacted = get(events + "&redact=false", support);
        ResponseEntity<String> unredactedAsOf = get(asOf + "&redact=false", support);

        assertThat(unredacted.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(unredacted.getBody()).contains("\"lastName\":\"Lovelace\"", "\"email\":\"ada@audited.sch.uk\"");
        assertThat(json(unredactedAsOf).get("placementContact").get("email").asText()).isEqualTo("ada@audited.sch.uk");
        List<String> auditLines = output.getOut().lines().filter(line -> line.contains("AUDIT unredacted history")).toList();
        assertThat(auditLines).noneMatch(line -> line.contains(analystId));
        assertThat(auditLines.stream().filter(line -> line.contains("user=" + supportId + " ")).toList())
                .hasSize(2)
                .anySatisfy(line -> assertThat(line).contains(" INFO ", "endpoint=/history/events",
                        "filter=from=null to=null type=[] school=" + school.urn))
                .anySatisfy(line -> assertThat(line).contains("endpoint=/history/schools/{urn}",
                        "filter=school=" + school.urn + " asOf=2030-06-01T00:00:00Z"))
                .allSatisfy(line -> assertThat(line).containsPattern(" at=\\d{4}-\\d\\d-\\d\\dT"));
    }

    /**
     * One partner school of {@code provider} with a placement assigned to it, one assigned to
     * {@code other} and one available; another school, not a partner, with an available placement.
     * All with a subject of their own, listed by {@code list}.
     */
    private Scenario scenario() {
        Scenario scenario = new Scenario();
        scenario.provider = TestEvents.anyProviderCode();
        do {
            scenario.other = TestEvents.anyProviderCode();
        } while (scenario.other.equals(scenario.provider));
        String subject = "Access " + UUID.randomUUID();
        scenario.list = "/placements?subject=" + subject;
        School partner = TestEvents.school(TestEvents.anyUrn());
        School stranger = TestEvents.school(TestEvents.anyUrn());
        Partnerships partnerships = TestEvents.partnerships(partner.urn);
        scenario.assignedToProvider = TestEvents.placement(partner.urn);
        scenario.assignedToOther = TestEvents.placement(partner.urn);
        scenario.available = TestEvents.placement(partner.urn);
        Placement elsewhere = TestEvents.placement(stranger.urn);
        publisher.publish(partner.onboarded("Partner"), stranger.onboarded("Stranger"),
                partnerships.created(scenario.provider),
                scenario.assignedToProvider.created(TestEvents.primaryDetails(subject, "year_1")),
                scenario.assignedToOther.created(TestEvents.primaryDetails(subject, "year_2")),
                scenario.available.created(TestEvents.primaryDetails(subject, "year_3")),
                elsewhere.created(TestEvents.primaryDetails(subject, "year_4")),
                scenario.assignedToProvider.assigned(scenario.provider),
                scenario.assignedToOther.assigned(scenario.other));
        awaitJson(scenario.list, body -> body.get("totalItems").asInt() == 4);
        awaitJson(scenario.list + "&status=assigned", body -> body.get("totalItems").asInt() == 2);
        awaitJson("/schools/" + partner.urn, body -> body.get("partnerProviders").size() == 1);
        return scenario;
    }

    private static final class Scenario {
        String provider;
        String other;
        String list;
        Placement assignedToProvider;
        Placement assignedToOther;
        Placement available;
    }

    private static String token(Caller caller) {
        return switch (caller) {
            case NO_TOKEN -> null;
            case NOBODY -> Tokens.nobody("nobody-" + UUID.randomUUID());
            case SCHOOL_USER -> Tokens.schoolUser("school-user-" + UUID.randomUUID(), TestEvents.anyUrn());
            case PROVIDER_USER -> Tokens.providerUser("provider-user-" + UUID.randomUUID(), TestEvents.anyProviderCode());
            case ANALYST -> Tokens.analyst();
            case SUPPORT -> Tokens.support();
        };
    }

    private static void assertForbidden(ResponseEntity<String> response) {
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(403);
        assertThat(problem.get("detail").asText()).isEqualTo(Access.FORBIDDEN_MESSAGE);
    }

    private static String status(ResponseEntity<String> response) {
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.OK);
        return json(response).get("status").asText();
    }
}
