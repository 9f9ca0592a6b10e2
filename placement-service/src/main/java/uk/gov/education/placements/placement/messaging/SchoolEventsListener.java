package uk.gov.education.placements.placement.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.cloudevents.CloudEvent;
import uk.gov.education.placements.events.CloudEvents;
import uk.gov.education.placements.events.EventEnvelope;
import uk.gov.education.placements.events.UnreadableEventException;
import uk.gov.education.placements.placement.command.InvalidValueException;
import uk.gov.education.placements.placement.command.SchoolUrn;
import uk.gov.education.placements.placement.query.SchoolContactProjection;

/**
 * Feeds the contact projection from school-service's events on Kafka: the only way this service
 * learns about schools (it never calls school-service).
 */
@Component
public class SchoolEventsListener {

    public static final String LISTENER_ID = "school-events-projection";

    private final SchoolContactProjection projection;

    public SchoolEventsListener(SchoolContactProjection projection) {
        this.projection = projection;
    }

    // idIsGroup = false: the consumer group comes from spring.kafka.consumer.group-id, not from the id.
    @KafkaListener(id = LISTENER_ID, idIsGroup = false, topics = "${placements.topics.school-events:school-events}")
    public void on(ConsumerRecord<String, CloudEvent> record) {
        projection.apply(read(record));
    }

    static EventEnvelope read(ConsumerRecord<String, CloudEvent> record) {
        if (record.value() == null) {
            throw new UnreadableEventException("No CloudEvent at " + record.topic() + "-" + record.partition()
                    + "@" + record.offset());
        }
        EventEnvelope event = CloudEvents.fromCloudEvent(record.value());
        try {
            new SchoolUrn(event.schoolUrn());
        } catch (InvalidValueException e) {
            throw new UnreadableEventException(event.type().cloudEventType() + " " + event.id()
                    + " names no valid school URN: " + event.schoolUrn(), e);
        }
        if (event.sequence() < 0) {
            throw new UnreadableEventException(event.type().cloudEventType() + " " + event.id()
                    + " has a negative aggregate sequence " + event.sequence());
        }
        return event;
    }
}
