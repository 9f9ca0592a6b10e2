package uk.gov.education.placements.infrastructure;

import org.testcontainers.kafka.KafkaContainer;

/** Kafka (KRaft) in a container, for machines with a Docker engine. Same image as docker-compose. */
final class ContainerKafka implements KafkaBroker {

    private final KafkaContainer container;

    ContainerKafka(int partitions) {
        container = new KafkaContainer("apache/kafka:3.9.1")
                .withEnv("KAFKA_NUM_PARTITIONS", String.valueOf(partitions));
        container.start();
    }

    @Override
    public String bootstrapServers() {
        return container.getBootstrapServers();
    }

    @Override
    public void close() {
        container.stop();
    }
}
