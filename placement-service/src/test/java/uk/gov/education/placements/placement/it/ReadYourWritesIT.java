package uk.gov.education.placements.placement.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.gov.education.placements.placement.command.Placements.anyUrn;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import uk.gov.education.placements.placement.command.SchoolUrn;
import uk.gov.education.placements.support.consumer.EventsListener;
import uk.gov.education.placements.placement.query.SchoolContactStateRepository;
import uk.gov.education.placements.placement.readyourwrites.SchoolVersions;
import uk.gov.education.placements.infrastructure.Tokens;
import uk.gov.education.placements.support.rule.CommandOutcomes;

/** X-School-Version with the school-events consumer deliberately held back; each wait is timed, each command counted. */
@RealPlacementService
class ReadYourWritesIT {

    @Autowired
    Api api;
    @Autowired
    SchoolEvents schoolEvents;
    @Autowired
    SchoolContactStateRepository states;
    @Autowired
    SchoolVersions versions;
    @Autowired
    KafkaListenerEndpointRegistry listeners;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeterRegistry meters;

    private MessageListenerContainer consumer() {
        return listeners.getListenerContainer(EventsListener.ID);
    }

    private void holdConsumerBack() {
        consumer().pause();
        await().until(() -> consumer().isContainerPaused());
    }

    @AfterEach
    void releaseConsumer() {
        consumer().resume();
    }

    @Test
    void waitsForTheSchoolVersionTheGatewaySentThenCreatesThePlacement() {
        SchoolUrn school = anyUrn();
        long reachedBefore = waits("reached");
        double acceptedBefore = commands("CreatePlacementCommand", "accepted", "none");
        holdConsumerBack();
        schoolEvents.schoolWithContact(school.value());

        Api schoolUser = api.as(Tokens.schoolUser("waiting-school-user", school.value()));
        CompletableFuture<Api.Response> response = schoolUser.sendAsync("POST", "/schools/" + school + "/placements",
                Bodies.primaryPlacement(), "X-School-Version", "1");
        await().until(() -> versions.waitingFor(school) == 1);
        assertThat(response).isNotDone();
        assertThat(states.hasPlacementContact(school)).isFalse();

        consumer().resume();

        Api.Response created = response.join();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(versions.waitingFor(school)).isZero();
        assertThat(storedMetadata(created.body().path("id").asText()))
                .as("the command ran after the wait, on another thread, still as the caller")
                .contains("\"userId\":\"waiting-school-user\"");
        await().untilAsserted(() -> {
            assertThat(waits("reached")).as("the wait is timed").isEqualTo(reachedBefore + 1);
            assertThat(commands("CreatePlacementCommand", "accepted", "none")).isEqualTo(acceptedBefore + 1);
        });
    }

    private long waits(String outcome) {
        Timer timer = meters.find("placements.read.your.writes.waits").tag("outcome", outcome).timer();
        return timer == null ? 0 : timer.count();
    }

    private double commands(String command, String outcome, String reason) {
        Counter counter = meters.find(CommandOutcomes.COMMANDS).tag("command", command).tag("outcome", outcome)
                .tag("reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }

    private String storedMetadata(String aggregateId) {
        return jdbc.sql("SELECT convert_from(metadata, 'UTF8') FROM domainevententry WHERE aggregateidentifier = :id")
                .param("id", aggregateId)
                .query(String.class)
                .single();
    }

    @Test
    void answers503WithRetryAfterWhenTheProjectionDoesNotCatchUpInTime() {
        SchoolUrn school = anyUrn();
        double timeoutsBefore = meters.get("placements.read.your.writes.timeouts").counter().count();
        long timedOutBefore = waits("timeout");
        holdConsumerBack();
        schoolEvents.schoolWithContact(school.value());

        long start = System.nanoTime();
        Api.Response response = api.post("/schools/" + school + "/placements", Bodies.primaryPlacement(),
                "X-School-Version", "1");
        Duration waited = Duration.ofNanos(System.nanoTime() - start);

        assertThat(response.status()).as(response.toString()).isEqualTo(503);
        assertThat(response.header("Retry-After")).isEqualTo("1");
        assertThat(response.problemType()).isEqualTo("school-version-not-reached");
        assertThat(waited).isGreaterThanOrEqualTo(Duration.ofMillis(1900));
        assertThat(versions.waitingFor(school)).isZero();
        assertThat(meters.get("placements.read.your.writes.timeouts").counter().count()).isEqualTo(timeoutsBefore + 1);
        assertThat(waits("timeout")).isEqualTo(timedOutBefore + 1);
        assertThat(meters.get("placements.read.your.writes.waits").tag("outcome", "timeout").timer()
                .max(TimeUnit.MILLISECONDS)).isGreaterThanOrEqualTo(1900);
    }

    @Test
    void decidesAtOnceWhenTheProjectionAlreadyHasTheVersionGivenAsAnETag() {
        SchoolUrn school = anyUrn();
        schoolEvents.schoolWithContact(school.value());
        await().until(() -> states.version(school) == 1);

        Api.Response response = api.post("/schools/" + school + "/placements", Bodies.primaryPlacement(),
                "X-School-Version", "\"1\"");

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    @Test
    void aReachedVersionWithoutAContactIsStillRefused() {
        SchoolUrn school = anyUrn();
        schoolEvents.onboarded(school.value());
        double refusedBefore = commands("CreatePlacementCommand", "refused", "placement-contact-required");

        Api.Response response = api.post("/schools/" + school + "/placements", Bodies.primaryPlacement(),
                "X-School-Version", "0");

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.problemType()).isEqualTo("placement-contact-required");
        await().untilAsserted(() -> assertThat(commands("CreatePlacementCommand", "refused", "placement-contact-required"))
                .as("counted as refused by its rule").isEqualTo(refusedBefore + 1));
    }

    @Test
    void anEditWaitsForTheSchoolVersionToo() {
        SchoolUrn school = anyUrn();
        schoolEvents.schoolWithContact(school.value());
        await().until(() -> states.version(school) == 1);
        String location = api.post("/schools/" + school + "/placements", Bodies.primaryPlacement()).header("Location");

        holdConsumerBack();
        schoolEvents.contactChanged(school.value(), 2);
        CompletableFuture<Api.Response> response = api.sendAsync("PATCH", location, "{\"yearGroup\": \"year_6\"}",
                "X-School-Version", "2");
        await().until(() -> versions.waitingFor(school) == 1);
        consumer().resume();

        Api.Response edited = response.join();
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.body().path("yearGroup").asText()).isEqualTo("year_6");
        assertThat(states.version(school)).isEqualTo(2);
    }

    @Test
    void refusesAVersionHeaderThatIsNotAVersion() {
        Api.Response response = api.post("/schools/" + anyUrn() + "/placements", Bodies.primaryPlacement(),
                "X-School-Version", "latest");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
