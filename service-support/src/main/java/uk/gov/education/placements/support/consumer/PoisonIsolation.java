package uk.gov.education.placements.support.consumer;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.BatchListenerFailedException;

import io.cloudevents.CloudEvent;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import uk.gov.education.placements.events.UnreadableEventException;
import uk.gov.education.placements.support.tracing.TraceContexts;

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
 *
 * <p>Each event is applied in a span that continues the trace of the request that stored it
 * ({@link TraceContexts}); a batch of one has that span in scope, so its logs carry the trace.
 */
public final class PoisonIsolation {

    private final EventBatchProjection projection;
    private final TraceContexts traces;

    public PoisonIsolation(EventBatchProjection projection) {
        this(projection, TraceContexts.none());
    }

    public PoisonIsolation(EventBatchProjection projection, TraceContexts traces) {
        this.projection = projection;
        this.traces = traces;
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
            projectInSpans(events);
            return;
        } catch (RuntimeException e) {
            if (DatabaseFailures.isUnavailable(e)) {
                throw new BatchListenerFailedException("The database is unavailable: " + e.getMessage(), e, 0);
            }
        }
        for (int i = 0; i < events.size(); i++) {
            try {
                projectInSpans(List.of(events.get(i)));
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

    private void projectInSpans(List<ConsumedEvent> events) {
        List<Span> spans = new ArrayList<>(events.size());
        for (ConsumedEvent event : events) {
            spans.add(traces.continueFrom(event.traceContext(), "apply " + event.envelope().type().cloudEventType())
                    .tag("messaging.system", "kafka")
                    .tag("messaging.destination.name", event.topic())
                    .tag("messaging.message.id", event.envelope().id())
                    .tag("placements.aggregate.id", event.envelope().aggregateId())
                    .tag("placements.aggregate.sequence", event.envelope().sequence()));
        }
        try (Tracer.SpanInScope scope = traces.inScope(spans.size() == 1 ? spans.get(0) : null)) {
            projection.project(events);
        } catch (RuntimeException e) {
            spans.forEach(span -> span.error(e));
            throw e;
        } finally {
            spans.forEach(Span::end);
        }
    }
}
