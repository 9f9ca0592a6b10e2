package uk.gov.education.placements.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * A hostile client against the three services of the running stack (their own jars, real
 * PostgreSQL and Kafka): thousands of generated requests ({@link HostileRequests}) for every
 * endpoint. Whatever the request: an answer (no hang, no dropped connection), never a 5xx (but
 * the contract's 503 for a school version not reached yet), every error a problem detail, and a
 * refused request changes nothing: the service's event store and its rows for the targeted
 * school and placement are the same before and after.
 */
class HostileRequestsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Service, AtomicInteger> SENT = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<Service, Connection> CONNECTIONS = new java.util.EnumMap<>(Service.class);
    private static HostileRequests.Targets targets;

    @BeforeContainer
    static void countFromZero() {
        for (Service service : List.of(Service.SCHOOL, Service.PLACEMENT, Service.PROVIDER_VIEW)) {
            SENT.put(service, new AtomicInteger());
        }
    }

    /** A school with a contact, a partner and a placement, and one without a contact: made once per JVM. */
    static synchronized HostileRequests.Targets targets() {
        if (targets == null) {
            LocalStack stack = RunningStack.get();
            String support = stack.tokens().support("fuzz-fixture");
            String urn = String.valueOf(6_000_000 + (int) (System.nanoTime() % 900_000));
            String withoutContact = String.valueOf(Integer.parseInt(urn) + 1);
            expect(201, Api.send("POST", Service.SCHOOL, "/schools", Map.of("urn", urn, "name", "Hostile Primary"), support));
            expect(201, Api.send("POST", Service.SCHOOL, "/schools", Map.of("urn", withoutContact, "name", "Bare Primary"),
                    support));
            HttpResponse<String> contact = expect(201, Api.send("POST", Service.SCHOOL,
                    "/schools/" + urn + "/placement-contact", Api.contact("Ada", null, "ada@hostile.sch.uk"), support));
            expect(201, Api.send("POST", Service.PLACEMENT, "/schools/" + urn + "/partnerships",
                    Map.of("providerCode", "1TZ"), support));
            HttpResponse<String> placement = expect(201, Api.sendUntilDecided("POST", Service.PLACEMENT,
                    "/schools/" + urn + "/placements", Api.placement(), support,
                    Map.of("X-School-Version", contact.headers().firstValue("ETag").orElseThrow())));
            String location = placement.headers().firstValue("Location").orElseThrow();
            targets = new HostileRequests.Targets(urn, withoutContact, location.substring(location.lastIndexOf('/') + 1),
                    "1TZ", stack.tokens());
        }
        return targets;
    }

    @AfterContainer
    static void sayHowManyWereSent() {
        int total = SENT.values().stream().mapToInt(AtomicInteger::get).sum();
        System.out.printf("Hostile requests sent: %d (%s)%n", total, SENT);
    }

    @Property(tries = 3500, shrinking = ShrinkingMode.BOUNDED)
    void schoolServiceAnswersEveryRequestAndARefusalChangesNothing(@ForAll("toSchoolService") HostileRequest request) {
        check(request);
    }

    @Property(tries = 4000, shrinking = ShrinkingMode.BOUNDED)
    void placementServiceAnswersEveryRequestAndARefusalChangesNothing(@ForAll("toPlacementService") HostileRequest request) {
        check(request);
    }

    /** Read-only but for replays: checked once the events of the other two properties have all arrived. */
    @Property(tries = 2500, shrinking = ShrinkingMode.BOUNDED)
    void providerViewAnswersEveryRequestAndARefusalChangesNothing(@ForAll("toProviderView") HostileRequest request) {
        check(request);
    }

    @Provide
    Arbitrary<HostileRequest> toSchoolService() {
        return HostileRequests.to(Service.SCHOOL, targets());
    }

    @Provide
    Arbitrary<HostileRequest> toPlacementService() {
        return HostileRequests.to(Service.PLACEMENT, targets());
    }

    @Provide
    Arbitrary<HostileRequest> toProviderView() {
        awaitEveryEventInTheProviderView();
        return HostileRequests.to(Service.PROVIDER_VIEW, targets());
    }

    static RawHttp.Answer check(HostileRequest request) {
        LocalStack stack = RunningStack.get();
        targets();
        if (request.service() == Service.PROVIDER_VIEW) {
            // Its tables move with every event it consumes: compare them once nothing is on its way.
            awaitEveryEventInTheProviderView();
        }
        String before = snapshot(stack, request.service());
        SENT.computeIfAbsent(request.service(), service -> new AtomicInteger()).incrementAndGet();

        RawHttp.Answer answer = RawHttp.send(stack.url(request.service()).getPort(), request.bytes());

        assertThat(answer.answered()).as("%s: %s", request, answer.failure()).isTrue();
        assertThat(answer.status() < 500 || isTheContractsNotYet(answer))
                .as("%s answered %d %s", request, answer.status(), answer.bodyText()).isTrue();
        if (answer.status() >= 400) {
            if (!request.method().equals("HEAD")) {
                assertIsAProblemDetail(request, answer);
            }
            assertThat(snapshot(stack, request.service())).as("%s was refused (%d) but changed something", request,
                    answer.status()).isEqualTo(before);
        }
        return answer;
    }

    /** The contract's answer to a gateway ahead of placement-service's projection: come back later. */
    private static boolean isTheContractsNotYet(RawHttp.Answer answer) {
        return answer.status() == 503 && answer.headers().containsKey("retry-after")
                && answer.bodyText().contains("/problems/school-version-not-reached");
    }

    private static void assertIsAProblemDetail(HostileRequest request, RawHttp.Answer answer) {
        assertThat(answer.contentType()).as("%s answered %d as %s: %s", request, answer.status(), answer.contentType(),
                answer.bodyText()).startsWith("application/problem+json");
        JsonNode problem;
        try {
            problem = JSON.readTree(answer.body());
        } catch (java.io.IOException e) {
            throw new AssertionError(request + " answered a problem that is not JSON: " + answer.bodyText(), e);
        }
        assertThat(problem.path("type").asText()).as("%s: %s", request, answer.bodyText())
                .startsWith("https://manage-school-placements.education.gov.uk/problems/");
        assertThat(problem.path("title").isTextual()).as("%s: %s", request, answer.bodyText()).isTrue();
        assertThat(problem.path("status").asInt()).as("%s: %s", request, answer.bodyText()).isEqualTo(answer.status());
    }

    /**
     * What a request to the service could change, as rows: its event store (the truth), and its
     * view of the targeted schools and placement (ETag, contact, placement, partnerships).
     */
    private static String snapshot(LocalStack stack, Service service) {
        List<String> queries = switch (service) {
            case SCHOOL -> List.of(
                    "SELECT count(*) || '/' || coalesce(max(globalIndex), 0) FROM DomainEventEntry",
                    "SELECT coalesce(json_agg(s ORDER BY s.urn)::text, '') FROM school_view s WHERE s.urn IN (?, ?)");
            case PLACEMENT -> List.of(
                    "SELECT count(*) || '/' || coalesce(max(globalIndex), 0) FROM DomainEventEntry",
                    "SELECT coalesce(json_agg(p ORDER BY p.placement_id)::text, '') FROM placement p WHERE p.school_urn IN (?, ?)",
                    "SELECT coalesce(json_agg(p ORDER BY p.provider_code)::text, '') FROM partnership p WHERE p.school_urn IN (?, ?)");
            case PROVIDER_VIEW -> List.of(
                    "SELECT count(*) || '/' || coalesce(max(position), 0) FROM event_history",
                    "SELECT count(*) FROM replay",
                    "SELECT coalesce(json_agg(s ORDER BY s.urn)::text, '') FROM school_view s WHERE s.urn IN (?, ?)",
                    "SELECT coalesce(json_agg(p ORDER BY p.id)::text, '') FROM placement_view p WHERE p.school_urn IN (?, ?)");
            default -> throw new IllegalArgumentException(service.name());
        };
        List<String> rows = new ArrayList<>();
        try {
            Connection connection = connection(stack, service);
            for (String query : queries) {
                try (var statement = connection.prepareStatement(query)) {
                    if (query.contains("?")) {
                        statement.setString(1, targets().urn());
                        statement.setString(2, targets().urnWithoutContact());
                    }
                    try (ResultSet result = statement.executeQuery()) {
                        result.next();
                        rows.add(result.getString(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read " + service.module() + "'s database", e);
        }
        return String.join("\n", rows);
    }

    /** Everything the write services stored is in provider-view's history: nothing more will arrive. */
    private static void awaitEveryEventInTheProviderView() {
        LocalStack stack = RunningStack.get();
        // Asked before every provider-view request: the first look at once, not after a poll's delay.
        await().atMost(Duration.ofMinutes(2)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200)).until(() ->
                count(stack, Service.SCHOOL, "SELECT count(*) FROM DomainEventEntry")
                        + count(stack, Service.PLACEMENT, "SELECT count(*) FROM DomainEventEntry")
                        == count(stack, Service.PROVIDER_VIEW, "SELECT count(*) FROM event_history"));
    }

    private static long count(LocalStack stack, Service service, String query) throws SQLException {
        try (Statement statement = connection(stack, service).createStatement();
             ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** One connection per database for the whole run: a new one per snapshot would cost more than the request. */
    private static synchronized Connection connection(LocalStack stack, Service service) throws SQLException {
        Connection connection = CONNECTIONS.get(service);
        if (connection == null) {
            connection = DriverManager.getConnection(stack.jdbcUrl(service), "postgres", "postgres");
            CONNECTIONS.put(service, connection);
        }
        return connection;
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return response;
    }
}
