package uk.gov.education.placements.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import uk.gov.education.placements.infrastructure.TokenIssuer;

/**
 * Who may do what, across the three services of the running stack: every endpoint, for every kind
 * of caller, for their own organisation and another, with the exact status. The table below is
 * the whole specification; each of its cells becomes one test.
 */
class AuthorisationMatrixIT {

    /** The kinds of caller, in the order of the table's columns. */
    enum Caller {
        ANONYMOUS, SCHOOL_USER_OF_THIS_SCHOOL, SCHOOL_USER_OF_ANOTHER_SCHOOL, PROVIDER_USER_OF_THE_PARTNER,
        PROVIDER_USER_OF_ANOTHER_PROVIDER, ANALYST, SUPPORT
    }

    private static final String PARTNER = "1TZ";
    private static final String OTHER_PROVIDER = "2AB";
    private static final AtomicInteger URNS = new AtomicInteger(7_000_000 + (int) (System.nanoTime() % 900_000));

    /**
     * One row per endpoint: the service, the method, the path (from the school and placement the
     * row works on), the body, what the row needs before it runs, then the statuses for the
     * columns ANONYMOUS, SCHOOL_USER_OF_THIS_SCHOOL, SCHOOL_USER_OF_ANOTHER_SCHOOL,
     * PROVIDER_USER_OF_THE_PARTNER, PROVIDER_USER_OF_ANOTHER_PROVIDER, ANALYST, SUPPORT.
     */
    private static final List<Row> MATRIX = List.of(
            row("onboard a school", Service.SCHOOL, "POST", f -> "/schools",
                    f -> Map.of("urn", nextUrn(), "name", "A new school"), Needs.NOTHING,
                    401, 403, 403, 403, 403, 403, 201),
            row("read a school", Service.SCHOOL, "GET", f -> "/schools/" + f.urn, null, Needs.SHARED,
                    401, 200, 403, 403, 403, 403, 200),
            row("read the placement contact", Service.SCHOOL, "GET", f -> "/schools/" + f.urn + "/placement-contact", null,
                    Needs.SHARED, 401, 200, 403, 403, 403, 403, 200),
            row("add the placement contact", Service.SCHOOL, "POST", f -> "/schools/" + f.urn + "/placement-contact",
                    f -> Api.contact("Ann", "Lee", "ann.lee@example.com"), Needs.SCHOOL_WITHOUT_CONTACT,
                    401, 201, 403, 403, 403, 403, 201),
            row("change the placement contact", Service.SCHOOL, "PUT", f -> "/schools/" + f.urn + "/placement-contact",
                    f -> Api.contact(null, null, "office@example.com"), Needs.FRESH,
                    401, 200, 403, 403, 403, 403, 200),
            row("remove the placement contact", Service.SCHOOL, "DELETE", f -> "/schools/" + f.urn + "/placement-contact",
                    null, Needs.SHARED, 401, 405, 405, 405, 405, 405, 405),
            row("read the contact's history", Service.SCHOOL, "GET",
                    f -> "/schools/" + f.urn + "/placement-contact/history", null, Needs.SHARED,
                    401, 200, 403, 403, 403, 403, 200),
            // The newest events only: a re-publication of the whole store would be work for nothing here.
            row("re-publish school-service's events", Service.SCHOOL, "POST", f -> "/admin/republications",
                    f -> Map.of("fromPosition", 1_000_000_000L), Needs.NOTHING, 401, 403, 403, 403, 403, 403, 202),

            row("add a placement", Service.PLACEMENT, "POST", f -> "/schools/" + f.urn + "/placements",
                    f -> Api.placement(), Needs.FRESH, 401, 201, 403, 403, 403, 403, 201),
            row("read a placement (school side)", Service.PLACEMENT, "GET", f -> "/placements/" + f.placementId, null,
                    Needs.SHARED, 401, 200, 403, 403, 403, 403, 200),
            row("edit a placement", Service.PLACEMENT, "PATCH", f -> "/placements/" + f.placementId,
                    f -> Map.of("mentors", List.of("Sam Mentor")), Needs.FRESH, 401, 200, 403, 403, 403, 403, 200),
            row("assign a provider", Service.PLACEMENT, "PUT", f -> "/placements/" + f.placementId + "/provider",
                    f -> Map.of("providerCode", PARTNER), Needs.FRESH, 401, 200, 403, 403, 403, 403, 200),
            row("unassign the provider", Service.PLACEMENT, "DELETE", f -> "/placements/" + f.placementId + "/provider",
                    null, Needs.FRESH_ASSIGNED, 401, 200, 403, 403, 403, 403, 200),
            row("delete a placement", Service.PLACEMENT, "DELETE", f -> "/placements/" + f.placementId, null,
                    Needs.FRESH, 401, 204, 403, 403, 403, 403, 204),
            // Either side may create a partnership: here the school and the provider it names (OTHER_PROVIDER).
            row("create a partnership", Service.PLACEMENT, "POST", f -> "/schools/" + f.urn + "/partnerships",
                    f -> Map.of("providerCode", OTHER_PROVIDER), Needs.FRESH, 401, 201, 403, 403, 201, 403, 201),
            row("list partnerships", Service.PLACEMENT, "GET", f -> "/schools/" + f.urn + "/partnerships", null,
                    Needs.SHARED, 401, 200, 403, 403, 403, 403, 200),
            row("end a partnership", Service.PLACEMENT, "DELETE",
                    f -> "/schools/" + f.urn + "/partnerships/" + PARTNER, null, Needs.FRESH,
                    401, 204, 403, 204, 403, 403, 204),
            row("re-publish placement-service's events", Service.PLACEMENT, "POST", f -> "/admin/republications",
                    f -> Map.of("fromPosition", 1_000_000_000L), Needs.NOTHING, 401, 403, 403, 403, 403, 403, 202),

            row("browse placements", Service.PROVIDER_VIEW, "GET", f -> "/placements", null, Needs.SHARED,
                    401, 403, 403, 200, 200, 403, 200),
            row("browse placements assigned to a provider", Service.PROVIDER_VIEW, "GET",
                    f -> "/placements?providerCode=" + PARTNER, null, Needs.SHARED, 401, 403, 403, 200, 403, 403, 200),
            row("browse a provider's partner schools' placements", Service.PROVIDER_VIEW, "GET",
                    f -> "/placements?partnerOf=" + PARTNER, null, Needs.SHARED, 401, 403, 403, 200, 403, 403, 200),
            row("read a placement (provider view)", Service.PROVIDER_VIEW, "GET", f -> "/placements/" + f.placementId,
                    null, Needs.SHARED, 401, 403, 403, 200, 200, 403, 200),
            row("read a school (provider view)", Service.PROVIDER_VIEW, "GET", f -> "/schools/" + f.urn, null,
                    Needs.SHARED, 401, 403, 403, 200, 200, 403, 200),
            row("start a replay", Service.PROVIDER_VIEW, "POST", f -> "/admin/replays", null, Needs.NO_REPLAY_RUNNING,
                    401, 403, 403, 403, 403, 202, 202),
            row("follow a replay", Service.PROVIDER_VIEW, "GET", f -> f.replayPath, null, Needs.SHARED,
                    401, 403, 403, 403, 403, 200, 200),
            row("read the event history", Service.PROVIDER_VIEW, "GET", f -> "/history/events?school=" + f.urn, null,
                    Needs.SHARED, 401, 403, 403, 403, 403, 200, 200),
            row("read the event history unredacted", Service.PROVIDER_VIEW, "GET",
                    f -> "/history/events?redact=false&school=" + f.urn, null, Needs.SHARED,
                    401, 403, 403, 403, 403, 403, 200),
            row("read a school as it was", Service.PROVIDER_VIEW, "GET",
                    f -> "/history/schools/" + f.urn + "?asOf=" + Instant.now(), null, Needs.SHARED,
                    401, 403, 403, 403, 403, 200, 200),

            // Metrics: a monitoring token (no column: it is no user's) or support; ResourceServerIT checks the former.
            row("scrape school-service's metrics", Service.SCHOOL, "GET", f -> "/actuator/prometheus", null,
                    Needs.NOTHING, 401, 403, 403, 403, 403, 403, 200),
            row("scrape placement-service's metrics", Service.PLACEMENT, "GET", f -> "/actuator/prometheus", null,
                    Needs.NOTHING, 401, 403, 403, 403, 403, 403, 200),
            row("scrape provider-view-service's metrics", Service.PROVIDER_VIEW, "GET", f -> "/actuator/prometheus", null,
                    Needs.NOTHING, 401, 403, 403, 403, 403, 403, 200),
            // The public contract is open to everyone (README, "OpenAPI"): the document and the problem types' pages.
            row("read school-service's OpenAPI document", Service.SCHOOL, "GET", f -> "/v3/api-docs", null, Needs.NOTHING,
                    200, 200, 200, 200, 200, 200, 200),
            row("read a problem type's page (school-service)", Service.SCHOOL, "GET", f -> "/problems/school-changed", null,
                    Needs.NOTHING, 200, 200, 200, 200, 200, 200, 200),
            row("read placement-service's OpenAPI document", Service.PLACEMENT, "GET", f -> "/v3/api-docs", null,
                    Needs.NOTHING, 200, 200, 200, 200, 200, 200, 200),
            row("read a problem type's page (placement-service)", Service.PLACEMENT, "GET",
                    f -> "/problems/placement-contact-required", null, Needs.NOTHING, 200, 200, 200, 200, 200, 200, 200),
            row("read provider-view-service's OpenAPI document", Service.PROVIDER_VIEW, "GET", f -> "/v3/api-docs", null,
                    Needs.NOTHING, 200, 200, 200, 200, 200, 200, 200),
            row("read a problem type's page (provider-view-service)", Service.PROVIDER_VIEW, "GET",
                    f -> "/problems/replay-already-running", null, Needs.NOTHING, 200, 200, 200, 200, 200, 200, 200));

    private static Fixture shared;

    @BeforeAll
    static void buildTheSharedSchool() {
        RunningStack.get();
        shared = Fixture.create(false);
        shared.replayPath = startReplayAndAwaitIt(tokens().support("matrix-support"));
        await().atMost(Duration.ofSeconds(30)).until(() -> Api.send("GET", Service.PROVIDER_VIEW,
                "/placements/" + shared.placementId, null, tokens().support("matrix-support")).statusCode() == 200);
    }

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        for (Row row : MATRIX) {
            for (Caller caller : Caller.values()) {
                cells.add(Arguments.of(row.name, caller, row, row.statuses[caller.ordinal()]));
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} as {1}: {3}")
    @MethodSource("cells")
    void answersEachCallerWithTheStatusOfTheTable(String endpoint, Caller caller, Row row, int expected) {
        Fixture fixture = row.needs.prepare(expected);
        HttpResponse<String> response = Api.send(row.method, row.service, row.path.apply(fixture),
                row.body == null ? null : row.body.apply(fixture), token(caller, fixture));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
        if (expected == 401 || expected == 403) {
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
        if (expected == 403) {
            assertThat(Api.json(response).get("detail").asText()).isEqualTo("You cannot perform this action");
        }
        if (expected == 202) {
            // A replay or a re-publication: let it finish before the next cell starts another.
            awaitCompletion(row.service, URI.create(response.headers().firstValue("Location").orElseThrow()).getPath());
        }
    }

    private static String token(Caller caller, Fixture fixture) {
        TokenIssuer tokens = tokens();
        return switch (caller) {
            case ANONYMOUS -> null;
            case SCHOOL_USER_OF_THIS_SCHOOL -> tokens.schoolUser("matrix-school-user", fixture.urn);
            case SCHOOL_USER_OF_ANOTHER_SCHOOL -> tokens.schoolUser("matrix-other-school-user", shared.otherUrn);
            case PROVIDER_USER_OF_THE_PARTNER -> tokens.providerUser("matrix-provider-user", PARTNER);
            case PROVIDER_USER_OF_ANOTHER_PROVIDER -> tokens.providerUser("matrix-other-provider-user", OTHER_PROVIDER);
            case ANALYST -> tokens.analyst("matrix-analyst");
            case SUPPORT -> tokens.support("matrix-support");
        };
    }

    private static TokenIssuer tokens() {
        return RunningStack.get().tokens();
    }

    private static String nextUrn() {
        return String.valueOf(URNS.incrementAndGet());
    }

    private static String startReplayAndAwaitIt(String token) {
        HttpResponse<String> started = Api.send("POST", Service.PROVIDER_VIEW, "/admin/replays", null, token);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String path = URI.create(started.headers().firstValue("Location").orElseThrow()).getPath();
        awaitCompletion(Service.PROVIDER_VIEW, path);
        return path;
    }

    private static void awaitCompletion(Service service, String path) {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            HttpResponse<String> progress = Api.send("GET", service, path, null, tokens().support("matrix-support"));
            String state = Api.json(progress).path("state").asText();
            assertThat(state).isNotEqualTo("failed");
            return state.equals("completed");
        });
    }

    /** What a row needs before it runs. Rows that change something get a school of their own when they are allowed to. */
    enum Needs {
        NOTHING(expected -> shared),
        SHARED(expected -> shared),
        NO_REPLAY_RUNNING(expected -> shared),
        FRESH(expected -> succeeds(expected) ? Fixture.create(false) : shared),
        FRESH_ASSIGNED(expected -> succeeds(expected) ? Fixture.create(true) : shared),
        SCHOOL_WITHOUT_CONTACT(expected -> succeeds(expected) ? Fixture.onboardOnly() : shared);

        private final Function<Integer, Fixture> preparation;

        Needs(Function<Integer, Fixture> preparation) {
            this.preparation = preparation;
        }

        Fixture prepare(int expected) {
            return preparation.apply(expected);
        }

        private static boolean succeeds(int status) {
            return status >= 200 && status < 300;
        }
    }

    record Row(String name, Service service, String method, Function<Fixture, String> path,
               Function<Fixture, Object> body, Needs needs, int[] statuses) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static Row row(String name, Service service, String method, Function<Fixture, String> path,
                           Function<Fixture, Object> body, Needs needs, int... statuses) {
        assertThat(statuses).as(name).hasSize(Caller.values().length);
        return new Row(name, service, method, path, body, needs, statuses);
    }

    /** A school with a contact, a partnership with the partner provider and a placement, made by support. */
    static final class Fixture {
        String urn;
        String otherUrn;
        String placementId;
        String replayPath;

        static Fixture onboardOnly() {
            Fixture fixture = new Fixture();
            fixture.urn = nextUrn();
            fixture.otherUrn = nextUrn();
            expect(201, "POST", Service.SCHOOL, "/schools", Map.of("urn", fixture.urn, "name", "Matrix school " + fixture.urn), Map.of());
            expect(201, "POST", Service.SCHOOL, "/schools", Map.of("urn", fixture.otherUrn, "name", "Other school " + fixture.otherUrn), Map.of());
            return fixture;
        }

        static Fixture create(boolean assigned) {
            Fixture fixture = onboardOnly();
            HttpResponse<String> contact = expect(201, "POST", Service.SCHOOL, "/schools/" + fixture.urn + "/placement-contact",
                    Api.contact("Jo", null, "jo@example.com"), Map.of());
            String version = contact.headers().firstValue("ETag").orElseThrow().replace("\"", "");
            expect(201, "POST", Service.PLACEMENT, "/schools/" + fixture.urn + "/partnerships",
                    Map.of("providerCode", PARTNER), Map.of());
            HttpResponse<String> placement = Api.sendUntilDecided("POST", Service.PLACEMENT,
                    "/schools/" + fixture.urn + "/placements", Api.placement(), tokens().support("matrix-support"),
                    Map.of("X-School-Version", version));
            assertThat(placement.statusCode()).as(placement.body()).isEqualTo(201);
            String location = placement.headers().firstValue("Location").orElseThrow();
            fixture.placementId = location.substring(location.lastIndexOf('/') + 1);
            if (assigned) {
                expect(200, "PUT", Service.PLACEMENT, "/placements/" + fixture.placementId + "/provider",
                        Map.of("providerCode", PARTNER), Map.of());
            }
            return fixture;
        }

        private static HttpResponse<String> expect(int status, String method, Service service, String path, Object body,
                                                   Map<String, String> headers) {
            HttpResponse<String> response = Api.send(method, service, path, body, tokens().support("matrix-support"), headers);
            assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(status);
            return response;
        }
    }

}
