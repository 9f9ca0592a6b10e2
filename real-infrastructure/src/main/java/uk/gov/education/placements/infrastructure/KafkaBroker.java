package uk.gov.education.placements.infrastructure;

/** A running Kafka broker (KRaft). */
public interface KafkaBroker extends AutoCloseable {

    String bootstrapServers();

    @Override
    void close();
}
