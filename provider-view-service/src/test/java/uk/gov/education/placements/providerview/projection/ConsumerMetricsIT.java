package uk.gov.education.placements.providerview.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import uk.gov.education.placements.events.EventEnvelope;
import uk.gov.education.placements.events.Topics;
import uk.gov.education.placements.infrastructure.Tokens;
import uk.gov.education.placements.providerview.ProviderViewIT;
import uk.gov.education.placements.providerview.TestEvents;
import uk.gov.education.placements.providerview.TestEvents.Placement;
import uk.gov.education.placements.providerview.TestEvents.School;
import uk.gov.education.placements.support.consumer.EventConsumerAutoConfiguration;

/** Each of the consumer's and the replay's own meters moves when its event happens. */
class ConsumerMetricsIT extends ProviderViewIT {

    @Autowired
    MeterRegistry meters;

    @Test
    void aPoisonRecordRaisesTheDeadLetterCounterOfItsTopic() {
        Counter deadLetters = meters.get(EventConsumerAutoConfiguration.DEAD_LETTERS).tag("topic", Topics.SCHOOL_EVENTS)
                .counter();
        double before = deadLetters.count();

        publisher.publishRaw(new ProducerRecord<>(Topics.SCHOOL_EVENTS, TestEvents.anyUrn(),
                "not a CloudEvent".getBytes(StandardCharsets.UTF_8)));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(deadLetters.count()).isGreaterThanOrEqualTo(before + 1));
    }

    @Test
    void anEventHeldBehindAGapRaisesTheHeldGaugeUntilTheMissingEventArrives() {
        School school = TestEvents.school(TestEvents.anyUrn());
        Placement placement = TestEvents.placement(school.urn);
        EventEnvelope created = placement.created(TestEvents.primaryDetails("primary_with_english", "year_1"));
        EventEnvelope updated = placement.updated(TestEvents.primaryDetails("primary_with_mathematics", "year_4"));
        EventEnvelope assigned = placement.assigned("1TZ");
        publisher.publish(school.onboarded("Gauged Primary"), school.contactAdded(null, null, "gauge@primary.sch.uk"));
        double heldBefore = meters.get("placements.consumer.held.events").gauge().value();

        publisher.publish(created, assigned);

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(meters.get("placements.consumer.held.events").gauge().value()).isEqualTo(heldBefore + 1);
            assertThat(meters.get("placements.consumer.held.aggregates").gauge().value()).isPositive();
        });

        publisher.publish(updated);

        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(meters.get("placements.consumer.held.events").gauge().value()).isEqualTo(heldBefore));
    }

    @Test
    void theConsumersLagIsMeasuredPerPartitionBySpringBootsKafkaMetrics() {
        School school = TestEvents.school(TestEvents.anyUrn());
        publisher.publish(school.onboarded("Lagging Primary"));
        awaitJson("/schools/" + school.urn, body -> true);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(meters.find("kafka.consumer.fetch.manager.records.lag")
                .tag("topic", Topics.SCHOOL_EVENTS).gauges())
                .extracting(gauge -> gauge.getId().getTag("partition")).isNotEmpty().doesNotContainNull());
    }

    @Test
    void aReplayMovesItsProgressMetersAndCountsHowItEnded() throws Exception {
        Counter applied = meters.get("placements.replay.events.applied").counter();
        Counter completed = meters.get("placements.replays").tag("outcome", "completed").counter();
        double appliedBefore = applied.count();
        double completedBefore = completed.count();
        School school = TestEvents.school(TestEvents.anyUrn());
        publisher.publish(school.onboarded("Replayed Primary"));
        awaitJson("/schools/" + school.urn, body -> true);

        ResponseEntity<String> started = post("/admin/replays", Tokens.analyst());
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        URI location = started.getHeaders().getLocation();
        JsonNode done = awaitJson(location.toString(), Tokens.analyst(), body -> !body.get("state").asText().equals("running"));

        assertThat(done.get("state").asText()).isEqualTo("completed");
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(completed.count()).isEqualTo(completedBefore + 1);
            assertThat(applied.count()).isEqualTo(appliedBefore + done.get("eventsApplied").asLong());
            assertThat(meters.get("placements.replay.running").gauge().value()).isZero();
            assertThat(meters.get("placements.replay.remaining.events").gauge().value()).isZero();
        });
        assertThat(done.get("eventsApplied").asLong()).isPositive();
    }
}
