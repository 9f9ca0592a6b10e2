package uk.gov.education.placements.support.consumer;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.BatchListenerFailedException;

import io.cloudevents.CloudEvent;
import uk.gov.education.placements.events.UnreadableEventException;

/**
 * The one way a consumer of this system takes a poll's worth of records: every record is read
 * and checked, the readable ones are projected in one transaction, and a record that cannot be
 * read or applied is pointed out to Spring Kafka's {@code DefaultErrorHandler} by its index
 * ({@link BatchListenerFailedException}). The handler commits the records before it, sends that
 * record alone to the dead-letter topic at once (see {@link ConsumerErrorHandling}), and the
 * records after it come again with the next poll.
 *
 * <p>A batch whose projection fails for a reason other than the database is applied again record
 * by record to find the one at fault: every good record of the batch is applied, and only the
 * poison one is dead-lettered. While the database is away, the batch is retried as it is.
 */
public final class PoisonIsolation {

    private final EventBatchProjection projection;

    public PoisonIsolation(EventBatchProjection projection) {
        this.projection = projection;
    }

    public void consume(List<ConsumerRecord<String, CloudEvent>> records) {
        List<ConsumedEvent> readable = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            ConsumedEvent event;
            try {
                event = EventRecords.read(records.get(i));
            } catch (UnreadableEventException e) {
                project(readable);
                throw new BatchListenerFailedException(e.getMessage(), e, i);
            }
            readable.add(event);
        }
        project(readable);
    }

    /** Projects the events, which are the batch's first records: event i is record i. */
    private void project(List<ConsumedEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        try {
            projection.project(events);
            return;
        } catch (RuntimeException e) {
            if (DatabaseFailures.isUnavailable(e)) {
                throw new BatchListenerFailedException("The database is unavailable: " + e.getMessage(), e, 0);
            }
        }
        for (int i = 0; i < events.size(); i++) {
            try {
                projection.project(List.of(events.get(i)));
            } catch (RuntimeException e) {
                if (DatabaseFailures.isUnavailable(e)) {
                    throw new BatchListenerFailedException("The database is unavailable: " + e.getMessage(), e, i);
                }
                ConsumedEvent poison = events.get(i);
                String reason = "Cannot apply " + poison.envelope().type().cloudEventType() + " "
                        + poison.envelope().id() + ": " + EventRecords.rootMessage(e);
                throw new BatchListenerFailedException(reason, new PoisonEventException(reason, e), i);
            }
        }
    }
}
