package uk.gov.education.placements.support.consumer;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

import io.cloudevents.CloudEvent;
import uk.gov.education.placements.support.tracing.TraceContexts;

/**
 * The Kafka listener of a consuming service: a poll's worth of records of its topics at a time,
 * through {@link PoisonIsolation} into the service's {@link EventBatchProjection}.
 */
public class EventsListener {

    public static final String ID = "events";

    private final PoisonIsolation isolation;
    private final ConsumerProperties properties;

    public EventsListener(EventBatchProjection projection, ConsumerProperties properties, TraceContexts traces) {
        this.isolation = new PoisonIsolation(projection, traces);
        this.properties = properties;
    }

    /** For the listener's own topics expression. */
    public String[] getTopics() {
        return properties.topics().toArray(String[]::new);
    }

    // idIsGroup = false: the consumer group comes from spring.kafka.consumer.group-id, not from the id.
    @KafkaListener(id = ID, idIsGroup = false, batch = "true", topics = "#{__listener.topics}")
    public void consume(List<ConsumerRecord<String, CloudEvent>> records) {
        isolation.consume(records);
    }
}
