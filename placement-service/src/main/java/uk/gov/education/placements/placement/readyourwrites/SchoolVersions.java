package uk.gov.education.placements.placement.readyourwrites;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import uk.gov.education.placements.placement.command.SchoolUrn;
import uk.gov.education.placements.placement.query.SchoolContactStateRepository;

/**
 * Read-your-writes for gateways: a future that completes once the contact projection has reached
 * a school version, or fails with {@link SchoolVersionNotReached} after the configured wait.
 *
 * <p>Waiting holds no thread and no database connection: a waiter is a future in a map, woken by
 * the projection right after it applied the event ({@link #advanced}). Because another instance of
 * this service may be the one consuming that school's partition, pending waits also re-read the
 * table every {@value #RECHECK_MILLIS} ms (one query for all of them), and once more at the deadline.
 */
@Component
public class SchoolVersions implements DisposableBean {

    static final long RECHECK_MILLIS = 250;
    private static final Logger log = LoggerFactory.getLogger(SchoolVersions.class);

    private final SchoolContactStateRepository states;
    private final Duration timeout;
    private final ScheduledThreadPoolExecutor scheduler;
    private final Map<SchoolUrn, Set<Waiter>> waiting = new ConcurrentHashMap<>();

    public SchoolVersions(SchoolContactStateRepository states, ReadYourWritesProperties properties) {
        this.states = states;
        this.timeout = properties.timeout();
        this.scheduler = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "school-version-waits");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.setRemoveOnCancelPolicy(true);
        scheduler.scheduleWithFixedDelay(this::recheckPending, RECHECK_MILLIS, RECHECK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Completes once this service has applied the school's event with sequence number {@code version}. */
    public CompletableFuture<Void> reached(SchoolUrn school, long version) {
        Waiter waiter = new Waiter(school, version, new CompletableFuture<>());
        // Register before reading, so that an event applied in between cannot go unnoticed.
        waiting.compute(school, (key, set) -> {
            Set<Waiter> waiters = set == null ? ConcurrentHashMap.newKeySet() : set;
            waiters.add(waiter);
            return waiters;
        });
        waiter.future.whenComplete((ignored, failure) -> forget(waiter));
        try {
            if (states.version(school) >= version) {
                waiter.future.complete(null);
                return waiter.future;
            }
            ScheduledFuture<?> deadline = scheduler.schedule(() -> expire(waiter), timeout.toMillis(), TimeUnit.MILLISECONDS);
            waiter.future.whenComplete((ignored, failure) -> deadline.cancel(false));
        } catch (RuntimeException e) {
            waiter.future.completeExceptionally(e);
        }
        return waiter.future;
    }

    /** Called by the projection once the event with this sequence number is committed. */
    public void advanced(SchoolUrn school, long version) {
        Set<Waiter> waiters = waiting.get(school);
        if (waiters != null) {
            for (Waiter waiter : List.copyOf(waiters)) {
                if (waiter.version <= version) {
                    waiter.future.complete(null);
                }
            }
        }
    }

    /** How many requests wait for the school right now. */
    public int waitingFor(SchoolUrn school) {
        Set<Waiter> waiters = waiting.get(school);
        return waiters == null ? 0 : waiters.size();
    }

    private void expire(Waiter waiter) {
        if (waiter.future.isDone()) {
            return;
        }
        try {
            long seen = states.version(waiter.school);
            if (seen >= waiter.version) {
                waiter.future.complete(null);
            } else {
                waiter.future.completeExceptionally(new SchoolVersionNotReached(waiter.school, waiter.version, seen));
            }
        } catch (RuntimeException e) {
            waiter.future.completeExceptionally(e);
        }
    }

    private void recheckPending() {
        if (waiting.isEmpty()) {
            return;
        }
        try {
            List<String> schools = waiting.keySet().stream().map(SchoolUrn::value).toList();
            states.versions(schools).forEach((school, version) -> advanced(new SchoolUrn(school), version));
        } catch (RuntimeException e) {
            // The database may be briefly away; the deadline still ends every wait.
            log.warn("Could not re-read school versions for {} waiting requests", waiting.size(), e);
        }
    }

    private void forget(Waiter waiter) {
        waiting.computeIfPresent(waiter.school, (key, waiters) -> {
            waiters.remove(waiter);
            return waiters.isEmpty() ? null : waiters;
        });
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }

    private record Waiter(SchoolUrn school, long version, CompletableFuture<Void> future) {

        // Identity, not value, equality: two requests waiting for the same version are two waiters.
        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
