package uk.gov.education.placements.support.outbox;

import java.time.Duration;

/**
 * The outbox's settings, {@code placements.outbox.*}, read by {@link KafkaOutboxAutoConfiguration}.
 *
 * @param topic        where this service's events go
 * @param source       the CloudEvents source; defaults to spring.application.name
 * @param batchSize    how many stored events one outbox batch reads, sends and acknowledges at once
 * @param sendTimeout  how long the producer tries to deliver a record (its {@code delivery.timeout.ms}
 *                     and {@code max.block.ms}) before the batch fails and is retried; the outbox
 *                     itself waits a little longer, so every send has its answer before it gives up
 */
public record OutboxProperties(String topic, String source, Integer batchSize, Duration sendTimeout) {

    /** What the outbox waits beyond the producer's delivery timeout: the producer always answers first. */
    static final Duration WAIT_MARGIN = Duration.ofSeconds(5);

    public OutboxProperties {
        batchSize = batchSize == null ? 500 : batchSize;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(30) : sendTimeout;
    }

    Duration acknowledgementWait() {
        return sendTimeout.plus(WAIT_MARGIN);
    }
}
