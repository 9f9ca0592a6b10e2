package uk.gov.education.placements.support.outbox;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * Up once the outbox processor runs. A processor that is retrying after a Kafka failure stays up
 * (commands are still accepted and stored; publishing catches up) but says so in its details,
 * so an operator sees it without the service being taken out of rotation.
 */
public class OutboxHealthIndicator extends AbstractHealthIndicator {

    private final EventProcessingConfiguration processing;
    private final KafkaOutbox outbox;

    public OutboxHealthIndicator(EventProcessingConfiguration processing, KafkaOutbox outbox) {
        this.processing = processing;
        this.outbox = outbox;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        var processor = processing.eventProcessor(KafkaOutbox.PROCESSING_GROUP, TrackingEventProcessor.class);
        if (processor.isEmpty() || !processor.get().isRunning()) {
            builder.outOfService().withDetail("processor", "not running");
            return;
        }
        builder.up()
                .withDetail("processor", processor.get().isError() ? "retrying after an error" : "running")
                .withDetail("publishedEvents", outbox.publishedEvents())
                .withDetail("failedBatches", outbox.failedBatches());
    }
}
