package uk.gov.education.placements.support.consumer;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Ready once every Kafka listener runs and the group coordinator has given it its partitions: a
 * service whose projections are not consuming yet would answer from state that cannot catch up.
 * A container deliberately paused (for example while a replay swaps tables) still counts as up.
 */
public class KafkaConsumersHealthIndicator extends AbstractHealthIndicator {

    private final KafkaListenerEndpointRegistry registry;

    public KafkaConsumersHealthIndicator(KafkaListenerEndpointRegistry registry) {
        this.registry = registry;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        boolean allReady = true;
        for (MessageListenerContainer container : registry.getListenerContainers()) {
            var assigned = container.getAssignedPartitions();
            boolean ready = container.isRunning() && assigned != null && !assigned.isEmpty();
            allReady &= ready;
            builder.withDetail(container.getListenerId(), ready ? assigned.size() + " partitions" : "not assigned yet");
        }
        if (allReady) {
            builder.up();
        } else {
            builder.outOfService();
        }
    }
}
