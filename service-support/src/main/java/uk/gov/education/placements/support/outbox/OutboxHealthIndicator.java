package uk.gov.education.placements.support.outbox;

import java.time.Clock;
import java.time.Duration;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * The outbox's health. DOWN once it has stopped at an event it cannot publish (readiness with it:
 * the events behind it reach nobody). Up while the processor runs, including while it retries
 * after a Kafka failure: commands are still accepted and stored, publishing catches up; the
 * details say so, with how many events wait and for how long the oldest has.
 */
public class OutboxHealthIndicator extends AbstractHealthIndicator {

    private final EventProcessingConfiguration processing;
    private final KafkaOutbox outbox;
    private final OutboxLag lag;
    private final Clock clock;

    OutboxHealthIndicator(EventProcessingConfiguration processing, KafkaOutbox outbox, OutboxLag lag, Clock clock) {
        this.processing = processing;
        this.outbox = outbox;
        this.lag = lag;
        this.clock = clock;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        var stopped = outbox.stopped();
        var processor = processing.eventProcessor(KafkaOutbox.PROCESSING_GROUP, TrackingEventProcessor.class);
        if (stopped.isPresent()) {
            builder.down()
                    .withDetail("processor", "stopped: an event cannot be published")
                    .withDetail("stoppedAtEvent", stopped.get().eventId())
                    .withDetail("stoppedAtGlobalIndex", String.valueOf(stopped.get().globalIndex()))
                    .withDetail("reason", stopped.get().reason());
        } else if (processor.isEmpty() || !processor.get().isRunning()) {
            builder.outOfService().withDetail("processor", "not running");
        } else {
            builder.up().withDetail("processor", processor.get().isError() ? "retrying after an error" : "running");
        }
        OutboxLag.Lag current = lag.measure();
        builder.withDetail("unpublishedEvents", current.unpublishedEvents())
                .withDetail("publishedEvents", outbox.publishedEvents())
                .withDetail("failedBatches", outbox.failedBatches());
        if (current.oldestUnpublishedStoredAt() != null) {
            builder.withDetail("oldestUnpublishedStoredAt", current.oldestUnpublishedStoredAt().toString())
                    .withDetail("oldestUnpublishedAge",
                            Duration.between(current.oldestUnpublishedStoredAt(), clock.instant()).toString());
        }
    }
}
