package uk.gov.education.placements.support.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import io.cloudevents.CloudEvent;

/**
 * Publishes every stored event to Kafka, from a tracking processor over the event store: the
 * event store is the outbox, and the processor's token is the outbox's read position.
 *
 * <p>The processor hands over a batch of events in one unit of work. Each event is sent
 * asynchronously; before the unit of work commits (and with it the token), the batch waits once
 * for the broker to acknowledge every record. If any send fails, the commit fails, the token
 * stays where it was and the processor retries the batch: delivery is at least once, and
 * consumers deduplicate by event id and aggregate sequence.
 *
 * <p>A stored event that cannot be published at all (a payload type this version does not know)
 * stops the outbox: it is neither skipped nor retried for ever in silence. The error names it,
 * the health turns DOWN, and the events behind it wait, in order, for a version that knows it.
 */
@ProcessingGroup(KafkaOutbox.PROCESSING_GROUP)
public class KafkaOutbox {

    public static final String PROCESSING_GROUP = "kafka-outbox";
    private static final String PENDING_SENDS = KafkaOutbox.class.getName() + ".pendingSends";
    private static final Logger log = LoggerFactory.getLogger(KafkaOutbox.class);

    private final KafkaTemplate<String, CloudEvent> kafka;
    private final OutboxProperties properties;
    private final Runnable stopProcessor;
    private final AtomicLong publishedEvents = new AtomicLong();
    private final AtomicLong failedBatches = new AtomicLong();
    private volatile Stopped stopped;

    /** Why the outbox stopped: the event it could not publish, at which position of the store. */
    public record Stopped(String eventId, Long globalIndex, String reason) {
    }

    /** @param stopProcessor shuts the outbox's processor down, from a thread other than the caller's */
    public KafkaOutbox(KafkaTemplate<String, CloudEvent> kafka, OutboxProperties properties, Runnable stopProcessor) {
        this.kafka = kafka;
        this.properties = properties;
        this.stopProcessor = stopProcessor;
    }

    // Object: every stored event, including one whose class this version does not know.
    @EventHandler
    public void publish(Object payload, DomainEventMessage<?> message, TrackingToken token) {
        ProducerRecord<String, CloudEvent> record;
        try {
            record = OutboxRecords.record(properties, payload, message);
        } catch (OutboxRecords.UnpublishableEventException e) {
            stop(e, token);
            throw e;
        }
        pendingSendsOfThisBatch().add(kafka.send(record));
    }

    private synchronized void stop(OutboxRecords.UnpublishableEventException cause, TrackingToken token) {
        if (stopped != null) {
            return;
        }
        Long position = token == null ? null : token.position().stream().boxed().findFirst().orElse(null);
        stopped = new Stopped(cause.eventId(), position, cause.getMessage());
        log.error("The outbox stops at global index {}: {}. Nothing after it is published until a version of this "
                + "service that can publish it is started.", position, cause.getMessage());
        stopProcessor.run();
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
        // flush() returns once every record is acknowledged or has failed (within the delivery timeout).
        kafka.flush();
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                    .get(properties.acknowledgementWait().toMillis(), TimeUnit.MILLISECONDS);
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

    /** Set once an event could not be published: the outbox has stopped. */
    public Optional<Stopped> stopped() {
        return Optional.ofNullable(stopped);
    }

    public static class OutboxPublishingException extends RuntimeException {
        OutboxPublishingException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
