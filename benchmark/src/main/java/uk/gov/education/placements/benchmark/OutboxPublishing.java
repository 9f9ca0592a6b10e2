package uk.gov.education.placements.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Future;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import uk.gov.education.placements.events.CloudEvents;
import uk.gov.education.placements.events.EventEnvelope;
import uk.gov.education.placements.events.Topics;
import uk.gov.education.placements.localstack.Service;

/**
 * Scenario 3a: events per second through school-service's outbox (the "kafka-outbox" tracking
 * processor of service-support) to Kafka.
 *
 * <p>A large batch of events (fresh schools: onboarded, contact added, changed three times) is
 * appended to school-service's event store in one transaction, directly in Axon's row format, and
 * the clock runs from its commit until Kafka's end offsets of school-events have grown by all of
 * them (high watermark: acknowledged and readable). Right after the commit one ordinary contact
 * change is sent over HTTP, as the next command of a live system would be: it wakes the event
 * store's reader at once, where otherwise rows written behind Axon's back are only found by its
 * once-a-second poll.
 *
 * <p>Naive baseline: a forwarder that reads the same stored rows in pages and sends each as the
 * same CloudEvent with one blocking {@code send().get()} per event. Raw limit: batched INSERT
 * of the same rows into a table shaped like DomainEventEntry, 500 rows (the outbox's batch size)
 * per transaction. For context, the raw Kafka limit: the same records sent asynchronously by one
 * producer with the outbox's settings, then flushed.
 */
final class OutboxPublishing {

    private static final String NAIVE_TOPIC = "bench-naive-outbox";
    private static final String RAW_TOPIC = "bench-raw-outbox";
    private static final int EVENTS_PER_SCHOOL = 5;

    private final Context context;
    private final int eventsPerRepetition;
    private final long baselineWindowSeconds;

    OutboxPublishing(Context context) {
        this.context = context;
        this.eventsPerRepetition = context.options.quick() ? 5_000 : 20_000;
        this.baselineWindowSeconds = context.options.seconds(4);
    }

    ScenarioResult run() throws Exception {
        ScenarioResult result = new ScenarioResult("outboxPublishing", "Outbox: stored events → Kafka");
        List<String> wakers = Urns.next(4);
        Schools.onboard(context, wakers);
        Schools.addContacts(context, wakers);
        createRawTable();
        context.awaitQuiet(Duration.ofSeconds(60));

        Context.log("Outbox: warm-up (%d events)", eventsPerRepetition / 4);
        publish(eventsPerRepetition / 4, wakers.get(0));
        List<Double> outbox = new ArrayList<>();
        List<Double> discovery = new ArrayList<>();
        long firstGlobalIndex = 0;
        for (int i = 1; i <= 3; i++) {
            context.awaitQuiet(Duration.ofSeconds(90));
            if (i == 3) {
                firstGlobalIndex = maxGlobalIndex();
            }
            double[] rep = publish(eventsPerRepetition, wakers.get(i));
            outbox.add(rep[0]);
            discovery.add(rep[1]);
            Context.log("Outbox: repetition %d: %.0f events/s (%d events, first on Kafka after %.0f ms)",
                    i, rep[0], eventsPerRepetition, rep[1]);
        }
        var cpuWindow = lastCpu;
        context.awaitQuiet(Duration.ofSeconds(90));

        // The last repetition's rows, as stored, are the baselines' input.
        List<EventEnvelope> rows;
        try (Connection connection = context.stack.connect(Service.SCHOOL)) {
            rows = EventStoreRows.read(connection, History.SCHOOL_SERVICE, firstGlobalIndex, eventsPerRepetition)
                    .stream().map(EventStoreRows.Stored::envelope).toList();
        }
        List<Double> naive = new ArrayList<>();
        List<Double> rawInsert = new ArrayList<>();
        List<Double> rawKafka = new ArrayList<>();
        try (KafkaProducer<String, CloudEvent> producer = producer("bench-outbox-baseline")) {
            producer.send(new ProducerRecord<>(NAIVE_TOPIC, "warm-up", CloudEvents.toCloudEvent(rows.get(0)))).get();
            producer.send(new ProducerRecord<>(RAW_TOPIC, "warm-up", CloudEvents.toCloudEvent(rows.get(0)))).get();
            naiveForwarder(producer, firstGlobalIndex, 1);
            for (int i = 1; i <= 3; i++) {
                naive.add(naiveForwarder(producer, firstGlobalIndex, baselineWindowSeconds));
                rawInsert.add(rawInsert(rows));
                rawKafka.add(rawKafka(producer, rows));
                Context.log("Outbox baselines, repetition %d: naive %.0f events/s, raw batched INSERT %.0f rows/s,"
                        + " raw Kafka %.0f records/s", i, naive.get(i - 1), rawInsert.get(i - 1), rawKafka.get(i - 1));
            }
        }

        Spread rate = Spread.of(outbox);
        Spread naiveRate = Spread.of(naive);
        Spread rawRate = Spread.of(rawInsert);
        Spread kafkaRate = Spread.of(rawKafka);
        double naiveRatio = rate.median() / naiveRate.median();
        double rawRatio = rate.median() / rawRate.median();
        result.json.put("method", "Append " + eventsPerRepetition + " events (" + EVENTS_PER_SCHOOL + " per fresh school) to"
                + " school-service's DomainEventEntry in one transaction in Axon's format; time from commit until"
                + " school-events' end offsets grew by all of them (plus one HTTP contact change sent right after the"
                + " commit, to wake the event store's reader as the next command would). Naive: read the same rows in"
                + " pages of 500, one blocking send().get() per event, same CloudEvents, to " + NAIVE_TOPIC + ", for "
                + baselineWindowSeconds + " s. Raw: batched INSERT (JDBC batch rewritten to multi-row INSERTs) of the same"
                + " rows into a copy of DomainEventEntry, 500 rows per transaction. Raw Kafka: same records, async sends"
                + " from one producer with the outbox's settings (acks=all, idempotent, lz4, linger 1 ms), then flush.");
        result.json.put("eventsPerRepetition", eventsPerRepetition);
        result.json.put("outboxBatchSize", 500);
        result.json.put("outboxEventsPerSecond", ScenarioResult.spread(rate, "events/s"));
        result.json.put("firstEventOnKafkaAfterMillis", ScenarioResult.spread(Spread.of(discovery), "ms"));
        result.json.put("baselineNaiveBlockingSendEventsPerSecond", ScenarioResult.spread(naiveRate, "events/s"));
        result.json.put("ratioToNaive", Format.round(naiveRatio, 2));
        result.json.put("rawBatchedInsertRowsPerSecond", ScenarioResult.spread(rawRate, "rows/s"));
        result.json.put("ratioToRawInsert", Format.round(rawRatio, 3));
        result.json.put("rawKafkaAsyncRecordsPerSecond", ScenarioResult.spread(kafkaRate, "records/s"));
        result.json.put("ratioToRawKafka", Format.round(rate.median() / kafkaRate.median(), 3));
        result.json.put("cpuCoresDuringLastRepetition", cpuWindow);
        result.json.put("schoolServiceCoresByThreadGroup", lastThreads);
        result.notes.add("Last repetition: school-service CPU by thread group (cores, from /proc): "
                + ThreadCpu.describe(lastThreads));

        result.row("Outbox → Kafka, events/s", rate.format(0), "naive blocking send: " + naiveRate.format(0),
                Format.number(naiveRatio, 1) + "×", "", "");
        result.row("Outbox → Kafka vs raw limit", rate.format(0), "raw batched INSERT rows/s: " + rawRate.format(0),
                Format.number(rawRatio * 100, 1) + " %", "", "");
        result.row("(context) raw Kafka async produce, same records", kafkaRate.format(0) + " records/s", "", "", "", "");
        return result;
    }

    private Map<String, Double> lastCpu = Map.of();
    private Map<String, Double> lastThreads = Map.of();

    /** @return events/s from commit to the last record on Kafka, and ms until the first one was there */
    private double[] publish(int events, String waker) throws SQLException {
        List<String> urns = Urns.next(events / EVENTS_PER_SCHOOL);
        List<EventEnvelope> stream = History.schoolStreams(urns, EVENTS_PER_SCHOOL - 2, Instant.now());
        long before = context.kafka.totalEndOffset(Topics.SCHOOL_EVENTS);
        long expected = before + stream.size() + 1;
        var partitions = context.kafka.partitions(Topics.SCHOOL_EVENTS);
        var cpu = context.cpu.start();
        ThreadCpu threads = ThreadCpu.start(context.stack.pid(Service.SCHOOL));
        long committed;
        try (Connection connection = context.stack.connect(Service.SCHOOL)) {
            EventStoreRows.insert(connection, "domainevententry", Serialized.all(stream), 0);
            committed = System.nanoTime();
        }
        context.http.put(context.school("/schools/" + waker + "/placement-contact"),
                Http.contactJson("Wake", "Up", Schools.uniqueEmail())).expect(200, "wake-up change");
        long first = -1;
        long deadline = committed + Duration.ofSeconds(120).toNanos();
        while (true) {
            long end = context.kafka.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
            long now = System.nanoTime();
            if (first < 0 && end > before) {
                first = now;
            }
            if (end >= expected) {
                lastCpu = cpu.stop();
                lastThreads = threads.stop();
                return new double[] {stream.size() / ((now - committed) / 1e9), (first - committed) / 1e6};
            }
            if (now > deadline) {
                throw new IllegalStateException("The outbox published " + (end - before) + " of " + (expected - before)
                        + " events in 120 s");
            }
            Context.sleep(2);
        }
    }

    private long maxGlobalIndex() {
        return context.count(Service.SCHOOL, "SELECT coalesce(max(globalIndex), 0) FROM domainevententry");
    }

    /** One blocking send per event, reading the stored rows in pages, for the window (or until the rows run out). */
    private double naiveForwarder(KafkaProducer<String, CloudEvent> producer, long afterGlobalIndex, long seconds)
            throws Exception {
        long start = System.nanoTime();
        long deadline = start + Duration.ofSeconds(seconds).toNanos();
        long sent = 0;
        long position = afterGlobalIndex;
        try (Connection connection = context.stack.connect(Service.SCHOOL)) {
            while (System.nanoTime() < deadline) {
                List<EventStoreRows.Stored> page = EventStoreRows.read(connection, History.SCHOOL_SERVICE, position, 500);
                if (page.isEmpty()) {
                    break;
                }
                for (EventStoreRows.Stored stored : page) {
                    EventEnvelope event = stored.envelope();
                    producer.send(new ProducerRecord<>(NAIVE_TOPIC, event.schoolUrn(), CloudEvents.toCloudEvent(event))).get();
                    sent++;
                    position = stored.globalIndex();
                    if (System.nanoTime() >= deadline) {
                        break;
                    }
                }
            }
        }
        return sent / ((System.nanoTime() - start) / 1e9);
    }

    private void createRawTable() throws SQLException {
        try (Connection connection = context.stack.connect(Service.SCHOOL); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS bench_raw_event_entry");
            // DomainEventEntry's columns and indexes, with a sequence of its own (not the event store's).
            statement.execute("CREATE TABLE bench_raw_event_entry (LIKE domainevententry INCLUDING INDEXES INCLUDING CONSTRAINTS)");
            statement.execute("CREATE SEQUENCE bench_raw_event_entry_seq OWNED BY bench_raw_event_entry.globalIndex");
            statement.execute("ALTER TABLE bench_raw_event_entry ALTER COLUMN globalIndex SET DEFAULT nextval('bench_raw_event_entry_seq')");
        }
    }

    private double rawInsert(List<EventEnvelope> rows) throws SQLException {
        try (Connection connection = context.stack.connect(Service.SCHOOL)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("TRUNCATE bench_raw_event_entry");
            }
            List<Serialized> serialized = Serialized.all(rows);
            long start = System.nanoTime();
            EventStoreRows.insert(connection, "bench_raw_event_entry", serialized, 500);
            return rows.size() / ((System.nanoTime() - start) / 1e9);
        }
    }

    private static double rawKafka(KafkaProducer<String, CloudEvent> producer, List<EventEnvelope> rows) throws Exception {
        long start = System.nanoTime();
        List<Future<?>> sends = new ArrayList<>(rows.size());
        for (EventEnvelope event : rows) {
            sends.add(producer.send(new ProducerRecord<>(RAW_TOPIC, event.schoolUrn(), CloudEvents.toCloudEvent(event))));
        }
        producer.flush();
        for (Future<?> send : sends) {
            send.get();
        }
        return rows.size() / ((System.nanoTime() - start) / 1e9);
    }

    /** A producer configured as service-support configures the outbox's. */
    private KafkaProducer<String, CloudEvent> producer(String clientId) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, context.stack.kafkaBootstrapServers());
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 1);
        properties.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        return new KafkaProducer<>(properties);
    }
}
