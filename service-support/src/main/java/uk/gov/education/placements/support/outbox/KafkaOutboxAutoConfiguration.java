package uk.gov.education.placements.support.outbox;

import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
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
public class KafkaOutboxAutoConfiguration {

    @Bean
    OutboxProperties outboxProperties(Environment environment) {
        String topic = environment.getRequiredProperty("placements.outbox.topic");
        String source = environment.getProperty("placements.outbox.source",
                environment.getProperty("spring.application.name", "unknown-service"));
        return new OutboxProperties(topic, source,
                environment.getProperty("placements.outbox.batch-size", Integer.class),
                environment.getProperty("placements.outbox.send-timeout", java.time.Duration.class));
    }

    /**
     * The outbox's own producer: idempotent, acks from all in-sync replicas, values as binary-mode
     * CloudEvents. Connection and security settings still come from spring.kafka.*.
     */
    @Bean
    KafkaTemplate<String, CloudEvent> outboxKafkaTemplate(KafkaProperties kafkaProperties) {
        Map<String, Object> config = kafkaProperties.buildProducerProperties(null);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 1);
        config.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        DefaultKafkaProducerFactory<String, CloudEvent> factory = new DefaultKafkaProducerFactory<>(config);
        factory.setPhysicalCloseTimeout(5);
        return new KafkaTemplate<>(factory);
    }

    @Bean
    KafkaOutbox kafkaOutbox(@Qualifier("outboxKafkaTemplate") KafkaTemplate<String, CloudEvent> template,
                            OutboxProperties properties) {
        return new KafkaOutbox(template, properties);
    }

    @Bean
    OutboxHealthIndicator outboxHealthIndicator(EventProcessingConfiguration processing, KafkaOutbox outbox) {
        return new OutboxHealthIndicator(processing, outbox);
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
