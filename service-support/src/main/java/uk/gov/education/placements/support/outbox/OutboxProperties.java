package uk.gov.education.placements.support.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The outbox's settings, {@code placements.outbox.*}, read by {@link KafkaOutboxAutoConfiguration}.
 *
 * @param topic        where this service's events go, required
 * @param source       the CloudEvents source; spring.application.name unless set (in
 *                     {@code placements-defaults.properties})
 * @param batchSize    how many stored events one outbox batch reads, sends and acknowledges at once
 * @param sendTimeout  how long the producer tries to deliver a record (its {@code delivery.timeout.ms}
 *                     and {@code max.block.ms}) before the batch fails and is retried; the outbox
 *                     itself waits a little longer, so every send has its answer before it gives up
 * @param partitions   the topic's partitions when the outbox creates it (3)
 */
@ConfigurationProperties("placements.outbox")
public record OutboxProperties(String topic, String source, Integer batchSize, Duration sendTimeout, Integer partitions) {

    /** What the outbox waits beyond the producer's delivery timeout: the producer always answers first. */
    static final Duration WAIT_MARGIN = Duration.ofSeconds(5);

    public OutboxProperties {
        if (topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("Set placements.outbox.topic: the topic this service's events go to");
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("Set placements.outbox.source or spring.application.name: the events' CloudEvents source");
        }
        partitions = partitions == null ? 3 : partitions;
        batchSize = batchSize == null ? 500 : batchSize;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(30) : sendTimeout;
    }

    Duration acknowledgementWait() {
        return sendTimeout.plus(WAIT_MARGIN);
    }
}
