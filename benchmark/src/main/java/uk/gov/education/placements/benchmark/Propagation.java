package uk.gov.education.placements.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import uk.gov.education.placements.localstack.Service;

/**
 * Scenario 2: how long a contact change takes from being accepted by school-service (its 200
 * answer reaching the client) to showing in provider-view-service, at a steady (open-loop) 50
 * and 200 changes per second.
 *
 * <p>"Showing" is observed in provider-view's read model itself: one poller thread queries
 * {@code school_view} for every change in flight, about once a millisecond, through its own
 * connection. The provider view's {@code GET /schools/{urn}} reads that same row with no cache,
 * so a committed row is what the endpoint shows; polling the table instead of the endpoint keeps
 * the observer's own load small (one indexed query per millisecond, not one HTTP request per
 * change per millisecond) on a 2-core machine. A sample of schools is then read through the
 * endpoint to confirm it shows the last change. A change counts as visible at the start of the
 * first query that sees it, so the figure is at most one poll interval late.
 */
final class Propagation {

    static final int[] RATES = {50, 200};
    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(10);

    private final Context context;
    private final long windowSeconds;
    private List<String> pool = List.of();
    private Map<String, Double> lastSchoolThreads = Map.of();
    private Map<String, Double> lastProviderThreads = Map.of();

    Propagation(Context context) {
        this.context = context;
        this.windowSeconds = context.options.seconds(8);
    }

    /** One repetition's latencies (accepted to visible), and how the run went. */
    record Repetition(int rate, long[] latencyNanos, long[] sentToVisibleNanos, long[] acceptedToKafkaNanos,
                      long[] kafkaToVisibleNanos, long accepted, long failed,
                      long neverSeen, long visibleBeforeAnswer, double achievedRate, Map<String, Double> cpu) {
    }

    private static final class Change {
        final String email;
        final long sent;
        volatile long accepted = -1;
        volatile long onKafka = -1;
        volatile long visible = -1;
        final AtomicBoolean recorded = new AtomicBoolean();

        Change(String email, long sent) {
            this.email = email;
            this.sent = sent;
        }
    }

    ScenarioResult run() {
        ScenarioResult result = new ScenarioResult("propagationLatency",
                "Propagation latency: contact change accepted → provider view shows it");
        // Each school changes again only after 3 s at the highest rate: long after its previous change showed.
        int poolSize = (int) (RATES[RATES.length - 1] * 3L);
        Context.log("Propagation: onboarding %d schools with contacts", poolSize);
        pool = Urns.next(poolSize);
        Schools.onboard(context, pool);
        Schools.addContacts(context, pool);
        context.awaitQuiet(Duration.ofSeconds(60));

        // Warm up at the highest rate, then alternate the rates (50, 200, 50, 200, ...) so that neither
        // gets a warmer JVM or a quieter machine than the other.
        Context.log("Propagation: warm-up at %d changes/s (%d s)", RATES[RATES.length - 1], context.options.seconds(5));
        measure(RATES[RATES.length - 1], context.options.seconds(5));
        Map<Integer, List<Repetition>> byRate = new LinkedHashMap<>();
        for (int rate : RATES) {
            byRate.put(rate, new ArrayList<>());
        }
        for (int i = 1; i <= 3; i++) {
            for (int rate : RATES) {
                context.awaitQuiet(Duration.ofSeconds(30));
                Repetition rep = measure(rate, windowSeconds);
                byRate.get(rate).add(rep);
                if (i == 3) {
                    result.notes.add(rate + " changes/s, last repetition: school-service CPU by thread group: "
                            + ThreadCpu.describe(lastSchoolThreads) + "; provider-view-service: "
                            + ThreadCpu.describe(lastProviderThreads));
                }
                Stats.Latencies l = Stats.Latencies.ofNanos(rep.latencyNanos());
                Context.log("Propagation: %d changes/s, repetition %d: p50 %.1f, p95 %.1f, p99 %.1f, max %.1f ms"
                                + " (%d changes, %d never seen, %d failed)",
                        rate, i, l.p50(), l.p95(), l.p99(), l.max(), rep.accepted(), rep.neverSeen(), rep.failed());
            }
        }
        String httpCheck = httpCheck();
        Map<String, Object> rates = new LinkedHashMap<>();
        for (int rate : RATES) {
            rates.put(rate + " changes/s", report(result, rate, byRate.get(rate), httpCheck));
        }
        result.json.put("method", "Open loop: a scheduler starts one PUT /schools/{urn}/placement-contact every 1/rate s"
                + " (on a pool of 32 sender threads, so a slow answer does not delay the next change), each with a new"
                + " e-mail address, round-robin over " + poolSize + " schools. Latency = first poll of provider-view's"
                + " school_view that shows the new address minus the moment the 200 answer arrived (0 if it showed"
                + " first). The poller queries all changes in flight about every millisecond.");
        result.json.put("windowSeconds", windowSeconds);
        result.json.put("rates", rates);
        return result;
    }

    private Map<String, Object> report(ScenarioResult result, int rate, List<Repetition> reps, String httpCheck) {
        List<Stats.Latencies> latencies = reps.stream().map(r -> Stats.Latencies.ofNanos(r.latencyNanos())).toList();
        List<Stats.Latencies> fromSent = reps.stream().map(r -> Stats.Latencies.ofNanos(r.sentToVisibleNanos())).toList();
        Spread p50 = Spread.of(latencies, Stats.Latencies::p50);
        Spread p95 = Spread.of(latencies, Stats.Latencies::p95);
        Spread p99 = Spread.of(latencies, Stats.Latencies::p99);
        Spread max = Spread.of(latencies, Stats.Latencies::max);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rate", rate);
        json.put("p50", ScenarioResult.spread(p50, "ms"));
        json.put("p95", ScenarioResult.spread(p95, "ms"));
        json.put("p99", ScenarioResult.spread(p99, "ms"));
        json.put("max", ScenarioResult.spread(max, "ms"));
        List<Stats.Latencies> toKafka = reps.stream().filter(r -> r.acceptedToKafkaNanos().length > 0)
                .map(r -> Stats.Latencies.ofNanos(r.acceptedToKafkaNanos())).toList();
        List<Stats.Latencies> fromKafka = reps.stream().filter(r -> r.kafkaToVisibleNanos().length > 0)
                .map(r -> Stats.Latencies.ofNanos(r.kafkaToVisibleNanos())).toList();
        if (!toKafka.isEmpty() && !fromKafka.isEmpty()) {
            Map<String, Object> parts = new LinkedHashMap<>();
            parts.put("acceptedToOnKafkaP50", ScenarioResult.spread(Spread.of(toKafka, Stats.Latencies::p50), "ms"));
            parts.put("acceptedToOnKafkaP99", ScenarioResult.spread(Spread.of(toKafka, Stats.Latencies::p99), "ms"));
            parts.put("onKafkaToVisibleP50", ScenarioResult.spread(Spread.of(fromKafka, Stats.Latencies::p50), "ms"));
            parts.put("onKafkaToVisibleP99", ScenarioResult.spread(Spread.of(fromKafka, Stats.Latencies::p99), "ms"));
            json.put("breakdown", parts);
            result.notes.add(rate + " changes/s: accepted → on Kafka p50 " + Format.number(Spread.of(toKafka, Stats.Latencies::p50).median(), 1)
                    + " ms, p99 " + Format.number(Spread.of(toKafka, Stats.Latencies::p99).median(), 1)
                    + " ms (school-service's outbox); on Kafka → visible p50 "
                    + Format.number(Spread.of(fromKafka, Stats.Latencies::p50).median(), 1) + " ms, p99 "
                    + Format.number(Spread.of(fromKafka, Stats.Latencies::p99).median(), 1)
                    + " ms (provider-view's consumer and transaction).");
        }
        json.put("sentToVisibleP99", ScenarioResult.spread(Spread.of(fromSent, Stats.Latencies::p99), "ms"));
        json.put("achievedChangesPerSecond", ScenarioResult.spread(Spread.of(reps, Repetition::achievedRate), "changes/s"));
        json.put("changesPerRepetition", reps.stream().map(Repetition::accepted).toList());
        json.put("neverSeen", reps.stream().mapToLong(Repetition::neverSeen).sum());
        json.put("failedCommands", reps.stream().mapToLong(Repetition::failed).sum());
        json.put("visibleBeforeAnswer", reps.stream().mapToLong(Repetition::visibleBeforeAnswer).sum());
        json.put("httpCheck", httpCheck);
        Map<String, Double> cpu = new LinkedHashMap<>();
        reps.forEach(r -> r.cpu().forEach((k, v) -> cpu.merge(k, v / reps.size(), Double::sum)));
        cpu.replaceAll((k, v) -> Format.round(v, 2));
        json.put("cpuCores", cpu);

        boolean target = rate == 200;
        result.row("Propagation p50 / p95 / p99 / max at " + rate + " changes/s",
                p50.format(1) + " / " + p95.format(1) + " / " + p99.format(1) + " / " + max.format(1) + " ms",
                "", "", target ? "p99 ≤ 100 ms" : "", target ? ScenarioResult.yesNo(p99.median() <= 100) : "");
        if (target) {
            result.target("Propagation p99 at 200 changes/s ≤ 100 ms", "≤ 100 ms",
                    Format.number(p99.median(), 1) + " ms", p99.median() <= 100);
        }
        return json;
    }

    Repetition measure(int rate, long seconds) {
        Map<String, Change> pending = new ConcurrentHashMap<>();
        LongList latencies = new LongList();
        LongList sentToVisible = new LongList();
        LongList toKafka = new LongList();
        LongList fromKafka = new LongList();
        AtomicLong failed = new AtomicLong();
        AtomicLong neverSeen = new AtomicLong();
        AtomicLong early = new AtomicLong();
        AtomicLong accepted = new AtomicLong();
        AtomicBoolean scheduling = new AtomicBoolean(true);
        Object lock = new Object();

        ExecutorService senders = Executors.newFixedThreadPool(32, Threads.named("bench-sender"));
        Sample sample = new Sample(latencies, sentToVisible, toKafka, fromKafka, early, lock);
        Thread poller = new Thread(() -> poll(pending, scheduling, sample, neverSeen), "bench-poller");
        KafkaObserver observer = new KafkaObserver(context.stack.kafkaBootstrapServers(), pending);
        var cpu = context.cpu.start();
        ThreadCpu schoolThreads = ThreadCpu.start(context.stack.pid(Service.SCHOOL));
        ThreadCpu providerThreads = ThreadCpu.start(context.stack.pid(Service.PROVIDER_VIEW));
        poller.start();
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime();
        long count = rate * seconds;
        for (long k = 0; k < count; k++) {
            long due = start + k * interval;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            String urn = pool.get((int) (k % pool.size()));
            senders.execute(() -> {
                String email = Schools.uniqueEmail();
                Change change = new Change(email, System.nanoTime());
                Change previous = pending.put(urn, change);
                if (previous != null) {
                    neverSeen.incrementAndGet();
                }
                Http.Response response = context.http.put(context.school("/schools/" + urn + "/placement-contact"),
                        Http.contactJson("Katherine", "Johnson", email));
                if (response.status() != 200) {
                    pending.remove(urn, change);
                    failed.incrementAndGet();
                    return;
                }
                change.accepted = System.nanoTime();
                accepted.incrementAndGet();
                complete(pending, urn, change, sample);
            });
        }
        long scheduled = System.nanoTime();
        senders.shutdown();
        try {
            senders.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        double achieved = accepted.get() / ((scheduled - start) / 1e9);
        scheduling.set(false);
        try {
            poller.join(GIVE_UP_AFTER.toMillis() + 5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Map<String, Double> cores = cpu.stop();
        lastSchoolThreads = schoolThreads.stop();
        lastProviderThreads = providerThreads.stop();
        observer.close();
        synchronized (lock) {
            return new Repetition(rate, latencies.toArray(), sentToVisible.toArray(), toKafka.toArray(),
                    fromKafka.toArray(), accepted.get(), failed.get(), neverSeen.get(), early.get(), achieved, cores);
        }
    }

    /** Where one repetition's samples go. */
    private record Sample(LongList latencies, LongList sentToVisible, LongList toKafka, LongList fromKafka,
                          AtomicLong early, Object lock) {
    }

    /** Called by the Kafka observer when a record for the change's school arrives. */
    static void onKafka(Object pending, String payload, long now) {
        if (pending instanceof Change change && change.onKafka < 0 && payload.contains(change.email)) {
            change.onKafka = now;
        }
    }

    /** Records a change once both its acceptance and its visibility are known. */
    private static void complete(Map<String, Change> pending, String urn, Change change, Sample sample) {
        if (change.accepted < 0 || change.visible < 0 || !change.recorded.compareAndSet(false, true)) {
            return;
        }
        pending.remove(urn, change);
        synchronized (sample.lock()) {
            long latency = change.visible - change.accepted;
            if (latency < 0) {
                sample.early().incrementAndGet();
                latency = 0;
            }
            sample.latencies().add(latency);
            sample.sentToVisible().add(change.visible - change.sent);
            long onKafka = change.onKafka;
            if (onKafka > 0) {
                sample.toKafka().add(Math.max(0, onKafka - change.accepted));
                sample.fromKafka().add(Math.max(0, change.visible - onKafka));
            }
        }
    }

    private void poll(Map<String, Change> pending, AtomicBoolean scheduling, Sample sample, AtomicLong neverSeen) {
        try (Connection connection = context.stack.connect(Service.PROVIDER_VIEW);
             PreparedStatement query = connection.prepareStatement(
                     "SELECT urn, contact_email FROM school_view WHERE urn = ANY (?)")) {
            while (scheduling.get() || !pending.isEmpty()) {
                if (pending.isEmpty()) {
                    LockSupport.parkNanos(500_000);
                    continue;
                }
                List<String> urns = new ArrayList<>(pending.keySet());
                query.setArray(1, connection.createArrayOf("text", urns.toArray()));
                long queried = System.nanoTime();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        String urn = rows.getString(1);
                        Change change = pending.get(urn);
                        if (change != null && change.visible < 0 && change.email.equals(rows.getString(2))) {
                            change.visible = queried;
                            complete(pending, urn, change, sample);
                        }
                    }
                }
                long now = System.nanoTime();
                pending.forEach((urn, change) -> {
                    if (now - change.sent > GIVE_UP_AFTER.toNanos() && pending.remove(urn, change)) {
                        neverSeen.incrementAndGet();
                    }
                });
                LockSupport.parkNanos(1_000_000);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Polling provider-view's read model failed", e);
        }
    }

    /** Reads 20 of the pool's schools through provider-view's GET /schools/{urn}: does it show their last change? */
    private String httpCheck() {
        try (Connection connection = context.stack.connect(Service.SCHOOL);
             PreparedStatement query = connection.prepareStatement(
                     "SELECT contact_email FROM school_view WHERE urn = ?")) {
            int matched = 0;
            int checked = 0;
            for (int i = 0; i < pool.size(); i += Math.max(1, pool.size() / 20)) {
                String urn = pool.get(i);
                Http.Response response = context.http.get(context.providerView("/schools/" + urn));
                String shown = response.status() == 200 ? response.json().path("placementContact").path("email").asText(null) : null;
                checked++;
                if (shown != null && shown.equals(lastEmailInSchoolService(query, urn))) {
                    matched++;
                }
            }
            return matched + " of " + checked + " schools read through GET /schools/{urn} show school-service's current contact";
        } catch (SQLException | RuntimeException e) {
            return "not checked: " + e.getMessage();
        }
    }

    private static String lastEmailInSchoolService(PreparedStatement query, String urn) throws SQLException {
        query.setString(1, urn);
        try (ResultSet rows = query.executeQuery()) {
            return rows.next() ? rows.getString(1) : null;
        }
    }
}
