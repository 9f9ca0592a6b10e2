package uk.gov.education.placements.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Future;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import io.cloudevents.CloudEvent;
import uk.gov.education.placements.events.CloudEvents;
import uk.gov.education.placements.events.DomainEvent;
import uk.gov.education.placements.events.EventEnvelope;
import uk.gov.education.placements.events.Topics;
import uk.gov.education.placements.localstack.Service;

/**
 * Scenario 3a: events per second through school-service's outbox, from the commit of a batch
 * appended through Axon's engine until school-events has all of it. One ordinary change follows the
 * commit, as a live system's next command would: it wakes the event store's reader, which would
 * otherwise find rows written behind its back only at its once-a-second poll.
 */
final class OutboxPublishing {

    private static final int BATCH = 500;

    private final Context context;
    private Stack.Usage lastWindow;

    OutboxPublishing(Context context) {
        this.context = context;
    }

    void run(Results results) throws Exception {
        Results.Section section = results.section("outboxPublishing", "Outbox: stored events → Kafka");
        int events = context.quick ? 5_000 : 20_000;
        List<String> wakers = Context.urns(4);
        context.onboard(wakers);
        context.addContacts(wakers);
        try (var connection = context.stack.connect(Service.SCHOOL); var statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS bench_raw_event_entry");
            statement.execute("CREATE TABLE bench_raw_event_entry (LIKE domainevententry INCLUDING INDEXES INCLUDING CONSTRAINTS)");
        }
        context.awaitQuiet(Duration.ofSeconds(60));
        var dataSource = new SingleConnectionDataSource(context.stack.connect(Service.SCHOOL), false);
        try (var producer = context.producer()) {
            JdbcEventStorageEngine eventStore = Seed.eventStore(dataSource);
            Benchmark.log("Outbox: warm-up (%d events)", events / 4);
            publish(eventStore, events / 4, wakers.get(0));
            List<double[]> outbox = new ArrayList<>();
            long after = 0;
            for (int i = 1; i <= 3; i++) {
                context.awaitQuiet(Duration.ofSeconds(90));
                after = context.count(Service.SCHOOL, "SELECT coalesce(max(globalIndex), 0) FROM domainevententry");
                outbox.add(publish(eventStore, events, wakers.get(i)));
                Benchmark.log("Outbox: repetition %d: %.0f events/s (the first on Kafka after %.0f ms)", i,
                        outbox.get(i - 1)[0], outbox.get(i - 1)[1]);
            }
            context.awaitQuiet(Duration.ofSeconds(90));

            // The baselines take the last repetition's events, as stored.
            List<Double> naive = new ArrayList<>();
            List<Double> raw = new ArrayList<>();
            List<Double> kafka = new ArrayList<>();
            List<EventEnvelope> stored = new ArrayList<>();
            read(eventStore, after, Long.MAX_VALUE).forEachRemaining(stored::add);
            naive(eventStore, producer, after, 1);
            for (int i = 1; i <= 3; i++) {
                naive.add(naive(eventStore, producer, after, context.seconds(4)));
                try (var connection = context.stack.connect(Service.SCHOOL)) {
                    raw.add(Seed.copyRows(connection, "SELECT * FROM domainevententry WHERE globalIndex > " + after
                            + " ORDER BY globalIndex LIMIT " + events, "bench_raw_event_entry", BATCH, Long.MAX_VALUE));
                }
                kafka.add(rawKafka(producer, stored.subList(0, Math.min(events, stored.size()))));
                Benchmark.log("Outbox baselines, repetition %d: naive %.0f events/s, raw batched INSERT %.0f rows/s, raw Kafka"
                        + " %.0f records/s", i, naive.get(i - 1), raw.get(i - 1), kafka.get(i - 1));
            }
            Results.Spread rate = section.figure("outboxEventsPerSecond", "events/s", outbox, r -> r[0]);
            section.figure("firstEventOnKafkaAfterMillis", "ms", outbox, r -> r[1]);
            Results.Spread naiveRate = section.figure("naiveBlockingSendEventsPerSecond", "events/s", naive, r -> r);
            Results.Spread rawRate = section.figure("rawBatchedInsertRowsPerSecond", "rows/s", raw, r -> r);
            Results.Spread kafkaRate = section.figure("rawKafkaAsyncRecordsPerSecond", "records/s", kafka, r -> r);
            section.json().put("eventsPerRepetition", events);
            section.row("Outbox → Kafka, events/s", rate.format(0), "naive blocking send: " + naiveRate.format(0),
                    Results.number(rate.median() / naiveRate.median(), 1) + "×");
            section.row("Outbox → Kafka vs raw limit", rate.format(0), "raw batched INSERT rows/s: " + rawRate.format(0),
                    Results.number(rate.median() / rawRate.median() * 100, 1) + " %");
            section.row("(context) raw Kafka async produce, same records", kafkaRate.format(0) + " records/s", "", "");
            section.cpu("last repetition", List.of(lastWindow));
        } finally {
            dataSource.destroy();
        }
    }

    /** @return events/s from the commit to the last record on Kafka, and ms until the first one was there */
    private double[] publish(JdbcEventStorageEngine eventStore, int events, String waker) {
        List<EventEnvelope> stream = Seed.mixed((events + 5) / Seed.SCHOOL_EVENTS_PER_SCHOOL, Instant.now()).stream()
                .filter(event -> event.source().equals(Seed.SCHOOL_SERVICE)).toList();
        long before = context.endOffset(Topics.SCHOOL_EVENTS);
        Stack.Window cpu = context.stack.cpu(Service.SCHOOL);
        Seed.appendSchoolEvents(eventStore, stream);
        long committed = System.nanoTime();
        context.http("PUT", Service.SCHOOL, "/schools/" + waker + "/placement-contact",
                Context.contact("Wake", "Up", Context.uniqueEmail())).expect(200, "wake-up change");
        long first = -1;
        for (long end = before; end < before + stream.size() + 1; end = context.endOffset(Topics.SCHOOL_EVENTS)) {
            first = first < 0 && end > before ? System.nanoTime() : first;
            if (System.nanoTime() - committed > 120e9) {
                throw new IllegalStateException("The outbox published " + (end - before) + " of " + stream.size() + " in 120 s");
            }
            Context.sleep(2);
        }
        double seconds = (System.nanoTime() - committed) / 1e9;
        lastWindow = cpu.stop();
        return new double[] {stream.size() / seconds, first < 0 ? seconds * 1000 : (first - committed) / 1e6};
    }

    /** The stored events after the global index as the outbox reads and publishes them: through Axon and its serializer. */
    private static Iterator<EventEnvelope> read(JdbcEventStorageEngine eventStore, long after, long deadline) {
        return eventStore.readEvents(GapAwareTrackingToken.newInstance(after, List.of()), false)
                .takeWhile(message -> System.nanoTime() < deadline).map(message -> (DomainEventMessage<?>) message)
                .map(event -> new EventEnvelope(event.getIdentifier(), Seed.SCHOOL_SERVICE, event.getTimestamp(),
                        event.getAggregateIdentifier(), event.getSequenceNumber(), (DomainEvent) event.getPayload())).iterator();
    }

    /** Naive: one blocking send per stored event, reading them as it goes, for the window (or until they run out). */
    private static double naive(JdbcEventStorageEngine eventStore, KafkaProducer<String, CloudEvent> producer, long after,
                                long seconds) throws Exception {
        long start = System.nanoTime();
        long sent = 0;
        for (Iterator<EventEnvelope> events = read(eventStore, after, start + seconds * 1_000_000_000L); events.hasNext(); sent++) {
            EventEnvelope event = events.next();
            producer.send(new ProducerRecord<>("bench-outbox-naive", event.schoolUrn(), CloudEvents.toCloudEvent(event))).get();
        }
        return sent / ((System.nanoTime() - start) / 1e9);
    }

    /** For context, Kafka's own limit: the same records sent asynchronously by one producer, then flushed. */
    private static double rawKafka(KafkaProducer<String, CloudEvent> producer, List<EventEnvelope> events) throws Exception {
        long start = System.nanoTime();
        List<Future<RecordMetadata>> sends = events.stream().map(event -> producer.send(new ProducerRecord<>("bench-outbox-raw",
                event.schoolUrn(), CloudEvents.toCloudEvent(event)))).toList();
        producer.flush();
        for (Future<RecordMetadata> send : sends) {
            send.get();
        }
        return events.size() / ((System.nanoTime() - start) / 1e9);
    }
}
