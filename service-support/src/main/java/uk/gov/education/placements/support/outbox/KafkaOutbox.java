package uk.gov.education.placements.support.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.kafka.core.KafkaTemplate;

import io.cloudevents.CloudEvent;
import uk.gov.education.placements.events.CloudEvents;
import uk.gov.education.placements.events.DomainEvent;
import uk.gov.education.placements.events.EventEnvelope;

/**
 * Publishes every stored event to Kafka, from a tracking processor over the event store: the
 * event store is the outbox, and the processor's token is the outbox's read position.
 *
 * <p>The processor hands over a batch of events in one unit of work. Each event is sent
 * asynchronously; before the unit of work commits (and with it the token), the batch waits once
 * for the broker to acknowledge every record. If any send fails, the commit fails, the token
 * stays where it was and the processor retries the batch: delivery is at least once, and
 * consumers deduplicate by event id and aggregate sequence.
 */
@ProcessingGroup(KafkaOutbox.PROCESSING_GROUP)
public class KafkaOutbox {

    public static final String PROCESSING_GROUP = "kafka-outbox";
    private static final String PENDING_SENDS = KafkaOutbox.class.getName() + ".pendingSends";

    private final KafkaTemplate<String, CloudEvent> kafka;
    private final OutboxProperties properties;
    private final AtomicLong publishedEvents = new AtomicLong();
    private final AtomicLong failedBatches = new AtomicLong();

    public KafkaOutbox(KafkaTemplate<String, CloudEvent> kafka, OutboxProperties properties) {
        this.kafka = kafka;
        this.properties = properties;
    }

    @EventHandler
    public void publish(DomainEvent event, DomainEventMessage<?> message) {
        EventEnvelope envelope = new EventEnvelope(message.getIdentifier(), properties.source(),
                message.getTimestamp(), message.getAggregateIdentifier(), message.getSequenceNumber(), event);
        ProducerRecord<String, CloudEvent> record =
                new ProducerRecord<>(properties.topic(), envelope.schoolUrn(), CloudEvents.toCloudEvent(envelope));
        pendingSendsOfThisBatch().add(kafka.send(record));
    }

    private List<CompletableFuture<?>> pendingSendsOfThisBatch() {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(PENDING_SENDS, key -> {
            List<CompletableFuture<?>> sends = new ArrayList<>();
            batch.onPrepareCommit(uow -> awaitAcknowledgements(sends));
            batch.afterCommit(uow -> publishedEvents.addAndGet(sends.size()));
            batch.onRollback(uow -> failedBatches.incrementAndGet());
            return sends;
        });
    }

    private void awaitAcknowledgements(List<CompletableFuture<?>> sends) {
        kafka.flush();
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                    .get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OutboxPublishingException("Interrupted while waiting for Kafka", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new OutboxPublishingException(
                    "Kafka did not acknowledge a batch of " + sends.size() + " events; the batch will be retried", e);
        }
    }

    /** Events whose batch Kafka acknowledged and whose token was stored, since start-up. */
    public long publishedEvents() {
        return publishedEvents.get();
    }

    /** Batches that failed (and were or will be retried), since start-up. */
    public long failedBatches() {
        return failedBatches.get();
    }

    public static class OutboxPublishingException extends RuntimeException {
        OutboxPublishingException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
