package uk.gov.education.placements.support.consumer;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import uk.gov.education.placements.events.UnreadableEventException;
import uk.gov.education.placements.support.tracing.TraceContexts;

/**
 * How every consuming service takes events off Kafka, the same way in each: the service declares
 * its {@link EventBatchProjection} and {@code placements.consumer.topics}; this gives it the
 * listener, the dead-letter topics and the error handling.
 *
 * <ul>
 * <li>A record that cannot be read, or that alone fails its projection, goes to
 * {@code <topic>.<service>.dlt} at once, with its original value and headers and the reason in a
 * {@value DeadLetters#REASON_HEADER} header; the records behind it carry on with the next poll.</li>
 * <li>While the database is unreachable the same records are retried, every few seconds and
 * without end: a good event is never dead-lettered for it, and nothing behind it overtakes it.</li>
 * </ul>
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@ConditionalOnBean(EventBatchProjection.class)
@EnableConfigurationProperties(ConsumerProperties.class)
public class EventConsumerAutoConfiguration {

    /** Records this service gave up on and published to a dead-letter topic, tagged by the topic they came from. */
    public static final String DEAD_LETTERS = "placements.consumer.dead.letters";

    private static final Logger log = LoggerFactory.getLogger(EventConsumerAutoConfiguration.class);

    @Bean
    EventsListener eventsListener(EventBatchProjection projection, ConsumerProperties properties, TraceContexts traces) {
        return new EventsListener(projection, properties, traces);
    }

    /** Ready once every listener has its partitions (see {@link KafkaConsumersHealthIndicator}). */
    @Bean
    KafkaConsumersHealthIndicator kafkaConsumersHealthIndicator(KafkaListenerEndpointRegistry registry) {
        return new KafkaConsumersHealthIndicator(registry);
    }

    @Bean
    @ConditionalOnBean(HeldEvents.class)
    SequenceGapsHealthIndicator sequenceGapsHealthIndicator(HeldEvents held) {
        return new SequenceGapsHealthIndicator(held);
    }

    /** The held events as a gauge, beside their health details: an alert can fire on a gap that lasts. */
    @Bean
    @ConditionalOnBean(HeldEvents.class)
    MeterBinder heldEventsMeters(HeldEvents held) {
        return registry -> {
            Gauge.builder("placements.consumer.held.events", held, h -> h.summary(0).events())
                    .description("Events held behind a gap in their aggregate's sequence")
                    .register(registry);
            Gauge.builder("placements.consumer.held.aggregates", held, h -> h.summary(0).aggregates())
                    .description("Aggregates waiting for a missing event")
                    .register(registry);
        };
    }

    @Bean
    KafkaAdmin.NewTopics deadLetterTopics(ConsumerProperties properties, Environment environment) {
        String service = service(environment);
        return new KafkaAdmin.NewTopics(properties.topics().stream()
                .map(topic -> TopicBuilder.name(DeadLetters.topic(topic, service)).build())
                .toArray(org.apache.kafka.clients.admin.NewTopic[]::new));
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
    DefaultErrorHandler eventsErrorHandler(@Qualifier("deadLetterKafkaTemplate") KafkaTemplate<String, Object> template,
                                           Environment environment, ConsumerProperties properties,
                                           MeterRegistry registry, TraceContexts traces) {
        String service = service(environment);
        // At zero from the start, so that a rate over the counter sees its first dead letter.
        properties.topics().forEach(topic -> registry.counter(DEAD_LETTERS, "topic", topic));
        // Partition -1: Kafka picks it from the key (the school's URN), as for the original record.
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, exception) -> new TopicPartition(DeadLetters.topic(record.topic(), service), -1));
        recoverer.addHeadersFunction((record, exception) -> new RecordHeaders(new RecordHeader[] {
                new RecordHeader(DeadLetters.REASON_HEADER, reason(exception).getBytes(StandardCharsets.UTF_8))}));

        // Counted once the dead-letter topic has it (the recoverer throws when the send fails), per consumed
        // topic, and logged in the trace of the request that stored the event, so that its trace id finds it.
        ConsumerRecordRecoverer counted = (record, exception) -> {
            recoverer.accept(record, exception);
            registry.counter(DEAD_LETTERS, "topic", record.topic()).increment();
            Map<String, String> context = record.value() instanceof CloudEvent event ? TraceContexts.of(event) : Map.of();
            Span span = traces.continueFrom(context, "dead-letter").tag("messaging.destination.name", record.topic());
            try (Tracer.SpanInScope scope = traces.inScope(span)) {
                log.warn("Dead-lettered the record at {}-{}@{} to {}: {}", record.topic(), record.partition(),
                        record.offset(), DeadLetters.topic(record.topic(), service), reason(exception));
            } finally {
                span.end();
            }
        };

        // Only what PoisonIsolation did not classify reaches this back-off: retried briefly, then dead-lettered.
        DefaultErrorHandler handler = new DefaultErrorHandler(counted, new FixedBackOff(500, 2));
        handler.addNotRetryableExceptions(UnreadableEventException.class, DeserializationException.class,
                PoisonEventException.class);
        handler.setBackOffFunction((record, exception) -> DatabaseFailures.isUnavailable(exception)
                ? databaseBackOff() : null);
        // A dead letter is worth a warning, not an error: the record is kept and consumption goes on.
        handler.setLogLevel(KafkaException.Level.WARN);
        return handler;
    }

    private static ExponentialBackOff databaseBackOff() {
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(5_000);
        backOff.setMaxElapsedTime(Long.MAX_VALUE);
        return backOff;
    }

    private static String service(Environment environment) {
        return environment.getRequiredProperty("spring.application.name");
    }

    static String reason(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnreadableEventException || cause instanceof DeserializationException
                    || cause instanceof PoisonEventException) {
                return oneLine(cause);
            }
        }
        return oneLine(rootCause(exception));
    }

    private static Throwable rootCause(Throwable exception) {
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String oneLine(Throwable cause) {
        String text = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getName();
        text = text.replaceAll("\\s+", " ");
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }
}
