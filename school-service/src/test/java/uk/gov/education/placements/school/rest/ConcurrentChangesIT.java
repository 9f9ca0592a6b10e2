package uk.gov.education.placements.school.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.education.placements.school.command.Schools.anyUrn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.gov.education.placements.school.SchoolServiceApplication;
import uk.gov.education.placements.school.support.EventStoreRows;
import uk.gov.education.placements.school.support.Http;
import uk.gov.education.placements.school.support.Http.Response;
import uk.gov.education.placements.school.support.RunningSchoolService;
import uk.gov.education.placements.infrastructure.Tokens;

/**
 * Many gateways changing one school at once, against two instances of the service on one real
 * PostgreSQL. Within an instance Axon serialises commands on an aggregate; across instances only
 * the event store's unique index does, so this is where optimistic-concurrency conflicts happen
 * and must be retried (no If-Match) or refused with 412 (If-Match), never a 500.
 */
@RunningSchoolService
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentChangesIT {

    static final int CHANGES = 24;

    @LocalServerPort
    int port;
    @Autowired
    Environment environment;
    @Autowired
    JdbcClient jdbc;

    ConfigurableApplicationContext secondInstance;
    List<Http> instances;
    EventStoreRows events;
    String urn;

    @BeforeAll
    void startASecondInstanceOnTheSameDatabase() {
        secondInstance = new SpringApplicationBuilder(SchoolServiceApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                "--spring.datasource.password=" + environment.getProperty("spring.datasource.password"),
                "--spring.kafka.bootstrap-servers=" + environment.getProperty("spring.kafka.bootstrap-servers"),
                "--placements.security.issuer=" + environment.getProperty("placements.security.issuer"),
                "--spring.security.oauth2.resourceserver.jwt.audiences=" + environment.getProperty("spring.security.oauth2.resourceserver.jwt.audiences"),
                "--spring.security.oauth2.resourceserver.jwt.public-key-location=" + environment.getProperty("spring.security.oauth2.resourceserver.jwt.public-key-location"));
        int secondPort = ((WebServerApplicationContext) secondInstance).getWebServer().getPort();
        String support = Tokens.support();
        instances = List.of(new Http(port, support), new Http(secondPort, support));
    }

    @AfterAll
    void stopTheSecondInstance() {
        if (secondInstance != null) {
            secondInstance.close();
        }
    }

    @BeforeEach
    void aSchoolWithAContact() {
        events = new EventStoreRows(jdbc);
        urn = anyUrn().value();
        instances.get(0).post("/schools", "{\"urn\": \"" + urn + "\", \"name\": \"Hillside Primary School\"}");
        instances.get(1).post(contactPath(), "{\"email\": \"first@example.com\"}");
    }

    @Test
    void withoutIfMatchEveryAcceptedChangeIsOneEventAndTheLastAcceptedWins() throws Exception {
        List<Response> responses = concurrently(i -> instances.get(i % 2).put(contactPath(),
                "{\"firstName\": \"Gateway " + i + "\", \"email\": \"gateway-" + i + "@example.com\"}"));

        assertThat(responses).allSatisfy(response -> assertThat(response.status()).as(response.toString()).isIn(200, 409));
        List<Response> accepted = responses.stream().filter(response -> response.status() == 200).toList();
        assertThat(accepted).as("bounded retries make nearly every change succeed").hasSizeGreaterThan(CHANGES / 2);
        assertThat(events.count(urn)).isEqualTo(2 + accepted.size());
        assertThat(accepted).extracting(response -> response.header("ETag")).doesNotHaveDuplicates();

        Response last = accepted.stream().max(Comparator.comparingLong(ConcurrentChangesIT::version)).orElseThrow();
        for (Http instance : instances) {
            Response school = instance.get("/schools/" + urn);
            assertThat(school.header("ETag")).isEqualTo(last.header("ETag"));
            assertThat(school.json().get("placementContact")).isEqualTo(last.json());
        }
        assertThat(instances.get(0).get(contactPath() + "/history").json().get("versions")).hasSize(1 + accepted.size());
    }

    @Test
    void withTheSameIfMatchExactlyOneChangeIsAcceptedAndTheRestAre412() throws Exception {
        List<Response> responses = concurrently(i -> instances.get(i % 2).put(contactPath(),
                "{\"email\": \"gateway-" + i + "@example.com\"}", "If-Match", "\"1\""));

        assertThat(responses).extracting(Response::status).containsOnly(200, 412);
        List<Response> accepted = responses.stream().filter(response -> response.status() == 200).toList();
        assertThat(accepted).hasSize(1);
        assertThat(events.count(urn)).isEqualTo(3);
        Response school = instances.get(1).get("/schools/" + urn);
        assertThat(school.header("ETag")).isEqualTo("\"2\"");
        assertThat(school.json().get("placementContact")).isEqualTo(accepted.get(0).json());
    }

    @Test
    void onboardingOneUrnFromManyGatewaysCreatesItOnce() throws Exception {
        String contested = anyUrn().value();

        List<Response> responses = concurrently(i -> instances.get(i % 2).post("/schools",
                "{\"urn\": \"" + contested + "\", \"name\": \"School " + i + "\"}"));

        assertThat(responses).extracting(Response::status).containsOnly(201, 409);
        assertThat(responses).filteredOn(response -> response.status() == 201).hasSize(1);
        assertThat(events.count(contested)).isEqualTo(1);
    }

    /*
     * Each instance keeps the schools it loaded (SchoolCacheConfiguration), and neither sees the other's changes in
     * its cache. After @BeforeEach, the first instance holds the school as it onboarded it (version 0,
     * no contact) and the second holds it with the contact it added (version 1).
     */

    @Test
    void aChangeOnTheInstanceThatHoldsTheSchoolWithoutAContactChangesTheContactTheOtherAdded() {
        Response changed = instances.get(0).put(contactPath(), "{\"email\": \"second@example.com\"}");

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.header("ETag")).isEqualTo("\"2\"");
        assertThat(events.count(urn)).isEqualTo(3);
    }

    @Test
    void anIfMatchNamingTheVersionTheOtherInstanceWroteIsAccepted() {
        Response changed = instances.get(0).put(contactPath(), "{\"email\": \"second@example.com\"}", "If-Match", "\"1\"");

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.header("ETag")).isEqualTo("\"2\"");
    }

    @Test
    void anIfMatchNamingAVersionTheOtherInstanceHasMovedOnFromIsStill412() {
        assertThat(instances.get(0).put(contactPath(), "{\"email\": \"second@example.com\"}").status()).isEqualTo(200);

        Response refused = instances.get(1).put(contactPath(), "{\"email\": \"third@example.com\"}", "If-Match", "\"1\"");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(412);
        assertThat(events.count(urn)).isEqualTo(3);
    }

    @Test
    void addingTheContactTheOtherInstanceAddedIsRefusedAndChangesNothing() {
        Response refused = instances.get(0).post(contactPath(), "{\"email\": \"second@example.com\"}");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().get("type").asText()).endsWith("placement-contact-already-added");
        assertThat(events.count(urn)).isEqualTo(2);
    }

    @Test
    void changesTakingTurnsOnTheTwoInstancesEachBuildOnTheLast() {
        for (int i = 0; i < 6; i++) {
            Response changed = instances.get(i % 2).put(contactPath(), "{\"email\": \"turn-" + i + "@example.com\"}");

            assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
            assertThat(changed.header("ETag")).isEqualTo("\"" + (2 + i) + "\"");
        }
        assertThat(events.count(urn)).isEqualTo(8);
        assertThat(instances.get(0).get(contactPath() + "/history").json().get("versions")).hasSize(7);
    }

    private List<Response> concurrently(IntFunction<Response> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CHANGES);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < CHANGES; i++) {
                int gateway = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.apply(gateway);
                }));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : futures) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long version(Response response) {
        return Long.parseLong(response.header("ETag").replace("\"", ""));
    }

    private String contactPath() {
        return "/schools/" + urn + "/placement-contact";
    }
}
