package uk.gov.education.placements.support.outbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.KafkaTemplate;

import io.cloudevents.CloudEvent;

/**
 * Publishes the event store again, from a global index up to its head, while the service runs
 * and beside the outbox (which carries on with new events): for a consumer whose history was
 * lost, or a topic that was. Safe to run at any time and as often as needed: every event keeps
 * its id and sequence number, so consumers apply each one once and in its aggregate's order,
 * however often and in whatever order it arrives.
 *
 * <p>Its progress lives in this instance only: a re-publication interrupted by a restart is
 * simply requested again.
 */
public class Republisher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Republisher.class);
    private static final int BATCH = 500;

    private final EventStore eventStore;
    private final KafkaTemplate<String, CloudEvent> kafka;
    private final OutboxProperties properties;
    private final Clock clock;
    private final Map<UUID, Republication> republications = new ConcurrentHashMap<>();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "republication");
        thread.setDaemon(true);
        return thread;
    });

    public Republisher(EventStore eventStore, KafkaTemplate<String, CloudEvent> kafka, OutboxProperties properties,
                       Clock clock) {
        this.eventStore = eventStore;
        this.kafka = kafka;
        this.properties = properties;
        this.clock = clock;
    }

    /** Queues a re-publication from {@code fromPosition} (0: the whole store) up to the store's head now. */
    public Republication start(long fromPosition, String requestedBy) {
        long head = eventStore.createHeadToken() == null ? -1
                : eventStore.createHeadToken().position().orElse(-1);
        Republication republication = new Republication(UUID.randomUUID(), Republication.RUNNING, fromPosition, head, 0,
                requestedBy, clock.instant(), null, null);
        republications.put(republication.id(), republication);
        log.info("Re-publication {} requested by {}: global index {} to {}", republication.id(), requestedBy,
                fromPosition, head);
        runner.execute(() -> run(republication));
        return republication;
    }

    public Optional<Republication> find(UUID id) {
        return Optional.ofNullable(republications.get(id));
    }

    private void run(Republication republication) {
        long published = 0;
        TrackingToken start = republication.fromPosition() <= 0 ? null
                : GapAwareTrackingToken.newInstance(republication.fromPosition() - 1, Collections.emptySortedSet());
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(start)) {
            List<CompletableFuture<?>> sends = new ArrayList<>();
            while (stream.hasNextAvailable(1, TimeUnit.SECONDS)) {
                TrackedEventMessage<?> message = stream.peek().orElseThrow();
                if (message.trackingToken().position().orElse(Long.MAX_VALUE) > republication.toPosition()) {
                    break;
                }
                stream.nextAvailable();
                sends.add(kafka.send(OutboxRecords.record(properties, message.getPayload(), (DomainEventMessage<?>) message)));
                if (sends.size() == BATCH) {
                    published += await(sends);
                    republications.put(republication.id(), republication.progressed(published));
                }
            }
            published += await(sends);
            republications.put(republication.id(), republication.completed(published, clock.instant()));
            log.info("Re-publication {} completed: {} events", republication.id(), published);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            log.error("Re-publication {} failed after {} events", republication.id(), published, e);
            republications.put(republication.id(), republication.failed(published, clock.instant(), String.valueOf(e.getMessage())));
        }
    }

    private int await(List<CompletableFuture<?>> sends) throws Exception {
        kafka.flush();
        CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                .get(properties.acknowledgementWait().toMillis(), TimeUnit.MILLISECONDS);
        int count = sends.size();
        sends.clear();
        return count;
    }

    @Override
    public void destroy() {
        runner.shutdownNow();
    }
}
