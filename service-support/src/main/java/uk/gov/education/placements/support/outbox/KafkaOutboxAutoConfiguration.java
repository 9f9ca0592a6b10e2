package uk.gov.education.placements.support.outbox;

import java.time.Clock;
import java.util.Map;

import javax.sql.DataSource;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;

/**
 * The outbox of an Axon write service. Active only where Axon is on the classpath
 * (school-service, placement-service).
 */
@AutoConfiguration(before = AxonAutoConfiguration.class)
@ConditionalOnClass(EventProcessingConfigurer.class)
@EnableConfigurationProperties(OutboxProperties.class)
public class KafkaOutboxAutoConfiguration {

    /**
     * The service's topic, created at start-up if it is not there: three partitions (one school's
     * events always on one of them) and kept for good, so a consumer added later reads the whole
     * history from the start.
     */
    @Bean
    NewTopic outboxTopic(OutboxProperties properties) {
        return TopicBuilder.name(properties.topic())
                .partitions(properties.partitions())
                .config(TopicConfig.RETENTION_MS_CONFIG, "-1")
                .build();
    }

    /**
     * The outbox's own producer: idempotent, acks from all in-sync replicas, values as binary-mode
     * CloudEvents. Connection and security settings still come from spring.kafka.*. It gives up on
     * a record after the outbox's send timeout, both while it waits for the broker's metadata and
     * while it delivers, so a send always has its answer before the outbox stops waiting.
     */
    @Bean
    KafkaTemplate<String, CloudEvent> outboxKafkaTemplate(KafkaProperties kafkaProperties, OutboxProperties properties) {
        Map<String, Object> config = kafkaProperties.buildProducerProperties(null);
        long timeout = properties.sendTimeout().toMillis();
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 1);
        config.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) timeout);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
        // The delivery timeout must cover one request and the linger.
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.max(1, Math.min(30_000, timeout / 2)));
        DefaultKafkaProducerFactory<String, CloudEvent> factory = new DefaultKafkaProducerFactory<>(config);
        factory.setPhysicalCloseTimeout(5);
        return new KafkaTemplate<>(factory);
    }

    @Bean
    KafkaOutbox kafkaOutbox(@Qualifier("outboxKafkaTemplate") KafkaTemplate<String, CloudEvent> template,
                            OutboxProperties properties, ObjectProvider<EventProcessingConfiguration> processing) {
        // Shut down from a thread of its own: the processor waits for its worker, which is the caller.
        Runnable stop = () -> new Thread(() -> processing.getObject().eventProcessor(KafkaOutbox.PROCESSING_GROUP)
                .ifPresent(EventProcessor::shutDown), "outbox-stop").start();
        return new KafkaOutbox(template, properties, stop);
    }

    @Bean
    OutboxLag outboxLag(DataSource dataSource, Serializer serializer) {
        return new OutboxLag(dataSource, serializer);
    }

    @Bean
    OutboxHealthIndicator outboxHealthIndicator(EventProcessingConfiguration processing, KafkaOutbox outbox,
                                                OutboxLag lag) {
        return new OutboxHealthIndicator(processing, outbox, lag, Clock.systemUTC());
    }

    /** Spring Boot binds every MeterBinder bean to its registries (Prometheus's among them). */
    @Bean
    OutboxMeters outboxMeters(OutboxLag lag, KafkaOutbox outbox) {
        return new OutboxMeters(lag, outbox, Clock.systemUTC());
    }

    @Bean
    Republisher republisher(EventStore eventStore,
                            @Qualifier("outboxKafkaTemplate") KafkaTemplate<String, CloudEvent> template,
                            OutboxProperties properties) {
        return new Republisher(eventStore, template, properties, Clock.systemUTC());
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    RepublicationController republicationController(Republisher republisher) {
        return new RepublicationController(republisher);
    }

    @Bean
    ConfigurerModule outboxProcessor(OutboxProperties properties) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerTrackingEventProcessor(KafkaOutbox.PROCESSING_GROUP, Configuration::eventStore,
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(properties.batchSize())
                                .andInitialTrackingToken(StreamableMessageSource::createTailToken))
                // A failed send must stop the batch (and keep the token), not be logged and skipped.
                .registerListenerInvocationErrorHandler(KafkaOutbox.PROCESSING_GROUP,
                        c -> PropagatingErrorHandler.instance()));
    }
}
