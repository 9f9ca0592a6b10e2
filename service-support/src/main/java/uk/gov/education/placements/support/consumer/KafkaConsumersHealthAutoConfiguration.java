package uk.gov.education.placements.support.consumer;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.KafkaListenerConfigUtils;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

@AutoConfiguration(after = KafkaAutoConfiguration.class)
@ConditionalOnBean(name = KafkaListenerConfigUtils.KAFKA_LISTENER_ENDPOINT_REGISTRY_BEAN_NAME)
public class KafkaConsumersHealthAutoConfiguration {

    @Bean
    KafkaConsumersHealthIndicator kafkaConsumersHealthIndicator(KafkaListenerEndpointRegistry registry) {
        return new KafkaConsumersHealthIndicator(registry);
    }
}
