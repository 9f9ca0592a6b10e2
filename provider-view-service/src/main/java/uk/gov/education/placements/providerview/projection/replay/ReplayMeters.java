package uk.gov.education.placements.providerview.projection.replay;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * A replay's progress as meters, on the instance that runs it (as its progress resource is):
 * whether one runs, how many stored events it has yet to reach, how many it has applied, and how
 * replays ended. The lag is the same figure {@code GET /admin/replays/{id}} answers.
 */
final class ReplayMeters {

    private final Counter applied;
    private final MeterRegistry registry;
    private volatile UUID running;

    ReplayMeters(MeterRegistry registry, Function<UUID, Optional<Replay>> replays) {
        this.registry = registry;
        this.applied = Counter.builder("placements.replay.events.applied")
                .description("History events applied to the shadow read models by replays on this instance")
                .register(registry);
        Gauge.builder("placements.replay.running", this, meters -> meters.running == null ? 0 : 1)
                .description("1 while a replay runs on this instance")
                .register(registry);
        Gauge.builder("placements.replay.remaining.events", this, meters -> {
                    UUID id = meters.running;
                    return id == null ? 0 : replays.apply(id).map(Replay::remainingLag).orElse(0L);
                })
                .description("Stored events the running replay has yet to reach (0 when none runs)")
                .register(registry);
        for (ReplayState end : new ReplayState[] {ReplayState.COMPLETED, ReplayState.FAILED}) {
            finishedCounter(end);
        }
    }

    void running(UUID id) {
        running = id;
    }

    void applied(long events) {
        applied.increment(events);
    }

    void finished(ReplayState end) {
        running = null;
        finishedCounter(end).increment();
    }

    private Counter finishedCounter(ReplayState end) {
        return Counter.builder("placements.replays").description("Replays that ended on this instance, by how")
                .tag("outcome", end.code()).register(registry);
    }
}
