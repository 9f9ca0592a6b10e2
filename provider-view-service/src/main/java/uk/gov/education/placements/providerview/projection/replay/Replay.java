package uk.gov.education.placements.providerview.projection.replay;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A replay and its progress: how many history events it has applied, up to which history
 * position, and (for one still running) how many stored events it has yet to reach.
 */
public record Replay(
        UUID id,
        ReplayState state,
        Instant requestedAt,
        Instant startedAt,
        Instant finishedAt,
        long eventsApplied,
        long position,
        long remainingLag,
        String failure) {

    public Replay {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }

    /** Events applied per second of the replay's run so far (to {@code now} while it runs). */
    public Double eventsPerSecond(Instant now) {
        if (startedAt == null) {
            return null;
        }
        Instant end = finishedAt != null ? finishedAt : now;
        long millis = Math.max(1, Duration.between(startedAt, end).toMillis());
        return Math.round(eventsApplied * 10_000.0 / millis) / 10.0;
    }

    Replay withLag(long lag) {
        return new Replay(id, state, requestedAt, startedAt, finishedAt, eventsApplied, position, lag, failure);
    }
}
