package uk.gov.education.placements.support.outbox;

import java.time.Duration;

/**
 * The outbox's settings, {@code placements.outbox.*}, read by {@link KafkaOutboxAutoConfiguration}.
 *
 * @param topic        where this service's events go
 * @param source       the CloudEvents source; defaults to spring.application.name
 * @param batchSize    how many stored events one outbox batch reads, sends and acknowledges at once
 * @param sendTimeout  how long a batch waits for the broker's acknowledgements before it is retried
 */
public record OutboxProperties(String topic, String source, Integer batchSize, Duration sendTimeout) {

    public OutboxProperties {
        batchSize = batchSize == null ? 500 : batchSize;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(30) : sendTimeout;
    }
}
