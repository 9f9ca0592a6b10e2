package uk.gov.education.placements.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.KafkaConsumer;

import uk.gov.education.placements.events.Topics;
import uk.gov.education.placements.localstack.Service;

/**
 * Scenario 2: from school-service's 200 answer reaching the client to provider-view first showing
 * the change, at steady (open-loop) rates. "Shows" is seen in school_view, which GET /schools/{urn}
 * reads with no cache, by one poller (an HTTP request per change per millisecond would be a load
 * of its own on two cores), which also reads school-events to split the latency in two.
 */
final class Propagation {

    /**
     * Changes per second, each measured in every repetition; the school pool is sized for the highest.
     * 500/s is close to what the stack accepts on two cores: the rate it reached is reported beside it.
     */
    static final List<Integer> RATES = List.of(50, 200, 500);
    private static final int WARM_UP_RATE = 200;
    private static final long GIVE_UP_NANOS = Duration.ofSeconds(10).toNanos();

    private final Context context;
    private List<String> pool = List.of();

    Propagation(Context context) {
        this.context = context;
    }

    private static final class Change {
        final String email = Context.uniqueEmail();
        final long sent = System.nanoTime();
        final AtomicBoolean recorded = new AtomicBoolean();
        volatile long accepted = -1;
        volatile long onKafka = -1;
        volatile long visible = -1;
    }

    /** Accepted → visible, its two parts, sent → visible; changes accepted, failed, never seen (in 10 s), seen before the answer. */
    record Repetition(Histogram latency, Histogram toKafka, Histogram fromKafka, Histogram fromSent, AtomicLongArray counts,
                      double achievedRate, Stack.Usage cpu) {
    }

    void run(Results results) throws Exception {
        Results.Section section = results.section("propagationLatency",
                "Propagation latency: contact change accepted → provider view shows it");
        int highest = Collections.max(RATES);
        // Each school changes again only after 3 s at the highest rate: long after its previous change showed.
        pool = Context.urns(highest * 3);
        context.onboard(pool);
        context.addContacts(pool);
        context.awaitQuiet(Duration.ofSeconds(60));
        Benchmark.log("Propagation: warm-up at %d changes/s (%d s)", WARM_UP_RATE, context.seconds(5));
        measure(WARM_UP_RATE, context.seconds(5));
        // Alternate the rates (50, 200, 500, 50, ...) so that none gets a warmer JVM or a quieter machine.
        Map<Integer, List<Repetition>> byRate = new LinkedHashMap<>();
        for (int i = 1; i <= 3; i++) {
            for (int rate : RATES) {
                context.awaitQuiet(Duration.ofSeconds(30));
                Repetition rep = measure(rate, context.seconds(8));
                byRate.computeIfAbsent(rate, r -> new ArrayList<>()).add(rep);
                Benchmark.log("Propagation: %d changes/s, repetition %d: p50 %.1f, p99 %.1f, max %.1f ms (accepted, failed, never"
                        + " seen, seen before the answer: %s)", rate, i, Results.ms(rep.latency(), 50), Results.ms(rep.latency(), 99),
                        Results.ms(rep.latency(), 100), rep.counts());
            }
        }
        byRate.forEach((rate, reps) -> report(section, rate, reps));
    }

    private static void report(Results.Section section, int rate, List<Repetition> reps) {
        String level = rate + " changes/s";
        List<Results.Spread> latency = Stream.of(50, 95, 99, 100).map(p -> section.figure((p == 100 ? "max " : "p" + p + " ") + level,
                "ms", reps, r -> Results.ms(r.latency(), p))).toList();
        List<Double> split = new ArrayList<>();
        for (int percentile : new int[] {50, 99}) {
            split.add(section.figure("acceptedToOnKafkaP" + percentile + " " + level, "ms", reps,
                    r -> Results.ms(r.toKafka(), percentile)).median());
            split.add(section.figure("onKafkaToVisibleP" + percentile + " " + level, "ms", reps,
                    r -> Results.ms(r.fromKafka(), percentile)).median());
        }
        section.figure("sentToVisibleP99 " + level, "ms", reps, r -> Results.ms(r.fromSent(), 99));
        Results.Spread achieved = section.figure("achievedChangesPerSecond " + level, "changes/s", reps, Repetition::achievedRate);
        section.json().put("accepted, failed, never seen, seen before the answer " + level,
                reps.stream().map(r -> r.counts().toString()).toList());
        section.row("Propagation p50 / p95 / p99 / max at " + level, latency.stream().map(l -> l.format(1))
                .collect(Collectors.joining(" / ")) + " ms", "changes accepted: " + achieved.format(0) + "/s", "");
        if (rate == 200) {
            section.target("p99 ≤ 30 ms", Results.number(latency.get(2).median(), 1) + " ms", latency.get(2).median() <= 30);
        }
        section.cpu(level, reps.stream().map(Repetition::cpu).toList());
        section.notes().add(String.format("%s: accepted → on Kafka p50 %.1f ms, p99 %.1f ms (school-service's outbox); on Kafka"
                + " → visible p50 %.1f ms, p99 %.1f ms (provider-view's consumer and transaction).", level, split.get(0),
                split.get(2), split.get(1), split.get(3)));
    }

    private Repetition measure(int rate, long seconds) throws Exception {
        Map<String, Change> pending = new ConcurrentHashMap<>();
        Histogram latency = Results.histogram();
        Histogram toKafka = Results.histogram();
        Histogram fromKafka = Results.histogram();
        Histogram fromSent = Results.histogram();
        AtomicLongArray counts = new AtomicLongArray(4);
        AtomicBoolean scheduling = new AtomicBoolean(true);
        var senders = Executors.newFixedThreadPool(32);
        Stack.Window cpu = context.stack.cpu(Service.SCHOOL, Service.PROVIDER_VIEW);
        // Called by the sender and by the poller: records the change once both its answer and its visibility are known.
        BiConsumer<String, Change> record = (urn, change) -> {
            if (change.accepted >= 0 && change.visible >= 0 && change.recorded.compareAndSet(false, true)) {
                pending.remove(urn, change);
                latency.recordValue(Math.max(0, change.visible - change.accepted));
                fromSent.recordValue(Math.max(0, change.visible - change.sent));
                counts.addAndGet(3, change.visible < change.accepted ? 1 : 0);
                if (change.onKafka > 0) {
                    toKafka.recordValue(Math.max(0, change.onKafka - change.accepted));
                    fromKafka.recordValue(Math.max(0, change.visible - change.onKafka));
                }
            }
        };
        var kafka = context.consumerAtEnd(Topics.SCHOOL_EVENTS);
        Thread poller = new Thread(() -> poll(pending, scheduling, counts, record, kafka), "propagation-poller");
        poller.start();
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime();
        for (long k = 0; k < rate * seconds; k++) {
            for (long wait; (wait = start + k * interval - System.nanoTime()) > 0; ) {
                LockSupport.parkNanos(wait);
            }
            String urn = pool.get((int) (k % pool.size()));
            senders.execute(() -> {
                Change change = new Change();
                counts.addAndGet(2, pending.put(urn, change) != null ? 1 : 0);
                boolean ok = context.http("PUT", Service.SCHOOL, "/schools/" + urn + "/placement-contact",
                        Context.contact("Katherine", "Johnson", change.email)).status() == 200;
                counts.incrementAndGet(ok ? 0 : 1);
                if (!ok) {
                    pending.remove(urn, change);
                    return;
                }
                change.accepted = System.nanoTime();
                record.accept(urn, change);
            });
        }
        double scheduled = (System.nanoTime() - start) / 1e9;
        senders.shutdown();
        senders.awaitTermination(30, TimeUnit.SECONDS);
        scheduling.set(false);
        poller.join(GIVE_UP_NANOS / 1_000_000 + 5000);
        return new Repetition(latency, toKafka, fromKafka, fromSent, counts, counts.get(0) / scheduled, cpu.stop());
    }

    /** Notes when each change in flight reaches school-events, and when provider-view's school_view first shows it. */
    private void poll(Map<String, Change> pending, AtomicBoolean scheduling, AtomicLongArray counts, BiConsumer<String, Change> record,
                      KafkaConsumer<String, String> kafka) {
        try (kafka; var connection = context.stack.connect(Service.PROVIDER_VIEW);
             var query = connection.prepareStatement("SELECT urn, contact_email FROM school_view WHERE urn = ANY (?)")) {
            while (scheduling.get() || !pending.isEmpty()) {
                for (var published : kafka.poll(Duration.ZERO)) {
                    Change change = pending.get(published.key());
                    if (change != null && change.onKafka < 0 && published.value().contains(change.email)) {
                        change.onKafka = System.nanoTime();
                    }
                }
                if (!pending.isEmpty()) {
                    query.setArray(1, connection.createArrayOf("text", pending.keySet().toArray()));
                    long queried = System.nanoTime();
                    try (var rows = query.executeQuery()) {
                        while (rows.next()) {
                            Change change = pending.get(rows.getString(1));
                            if (change != null && change.visible < 0 && change.email.equals(rows.getString(2))) {
                                change.visible = queried;
                                record.accept(rows.getString(1), change);
                            }
                        }
                    }
                    pending.forEach((urn, change) -> {
                        counts.addAndGet(2, System.nanoTime() - change.sent > GIVE_UP_NANOS && pending.remove(urn, change) ? 1 : 0);
                    });
                }
                LockSupport.parkNanos(1_000_000);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Polling provider-view's read model failed", e);
        }
    }
}
