package uk.gov.education.placements.placement.messaging;

import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

import uk.gov.education.placements.events.UnreadableEventException;
import uk.gov.education.placements.support.consumer.DeadLetterValueSerializer;

@Configuration
class KafkaConsumerConfiguration implements DisposableBean {

    private DefaultKafkaProducerFactory<String, Object> deadLetterProducers;

    /**
     * A record no retry can make readable (unknown type or revision, not a CloudEvent, no valid
     * URN) goes to {@code <topic>.<service>.dlt} at once, and the partition moves on. Anything else
     * (the database away) is retried with back-off for as long as it takes: skipping a school's
     * event would lose its contact, and stopping at it keeps the school's events in order.
     */
    @Bean
    DefaultErrorHandler schoolEventsErrorHandler(KafkaProperties kafka,
                                                 @Value("${spring.application.name}") String service) {
        deadLetterProducers = new DefaultKafkaProducerFactory<>(
                kafka.buildProducerProperties(null), new StringSerializer(), new DeadLetterValueSerializer());
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(new KafkaTemplate<>(deadLetterProducers),
                (record, failure) -> new TopicPartition(record.topic() + "." + service + ".dlt", -1));
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxInterval(10_000);
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(UnreadableEventException.class);
        return handler;
    }

    @Override
    public void destroy() {
        if (deadLetterProducers != null) {
            deadLetterProducers.destroy();
        }
    }
}
