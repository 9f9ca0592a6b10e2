package uk.gov.education.placements.providerview.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

import uk.gov.education.placements.events.UnreadableEventException;
import uk.gov.education.placements.support.consumer.DeadLetterValueSerializer;

/**
 * What happens to a record the consumer cannot process. Unreadable records (not a CloudEvent,
 * unknown type or revision, a payload that is not the event's JSON) go to the dead-letter topic at
 * once: no retry makes them readable. While the database is unreachable, the consumer waits and
 * retries without end rather than dead-letter good events. Any other failure is retried for about
 * a minute, then dead-lettered. The partition is never stopped: later records carry on.
 */
@Configuration
public class KafkaConsumerConfiguration {

    /** Why the record is a dead letter, in one line (Spring's kafka_dlt-* headers carry the details). */
    public static final String REASON_HEADER = "dlt-reason";

    @Bean
    NewTopic deadLetterTopic(@Value("${placements.topics.dead-letter}") String topic) {
        return TopicBuilder.name(topic).build();
    }

    /** Publishes dead letters only; idempotent, acknowledged by all in-sync replicas. */
    @Bean
    KafkaTemplate<String, Object> deadLetterKafkaTemplate(KafkaProperties kafkaProperties) {
        Map<String, Object> config = kafkaProperties.buildProducerProperties(null);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, DeadLetterValueSerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
    }

    @Bean
    DefaultErrorHandler kafkaErrorHandler(@Qualifier("deadLetterKafkaTemplate") KafkaTemplate<String, Object> template,
                                          @Value("${placements.topics.dead-letter}") String deadLetterTopic) {
        // Partition -1: Kafka picks it from the key (the school's URN), as for the original record.
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, exception) -> new TopicPartition(deadLetterTopic, -1));
        recoverer.addHeadersFunction((record, exception) -> new RecordHeaders(new RecordHeader[] {
                new RecordHeader(REASON_HEADER, reason(exception).getBytes(StandardCharsets.UTF_8))}));

        ExponentialBackOff otherFailures = new ExponentialBackOff(500, 2.0);
        otherFailures.setMaxInterval(10_000);
        otherFailures.setMaxElapsedTime(60_000);
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, otherFailures);
        handler.addNotRetryableExceptions(UnreadableEventException.class, DeserializationException.class);
        // A dead letter is worth a warning, not an error: the record is kept and consumption goes on.
        handler.setLogLevel(KafkaException.Level.WARN);
        handler.setBackOffFunction((record, exception) -> databaseUnavailable(exception)
                ? new FixedBackOff(5_000, FixedBackOff.UNLIMITED_ATTEMPTS) : null);
        return handler;
    }

    static String reason(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnreadableEventException || cause instanceof DeserializationException) {
                return message(cause);
            }
        }
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return message(root);
    }

    private static String message(Throwable cause) {
        String text = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getName();
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    private static boolean databaseUnavailable(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof TransientDataAccessException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof RecoverableDataAccessException
                    || cause instanceof CannotCreateTransactionException) {
                return true;
            }
        }
        return false;
    }
}
