package uk.gov.education.placements.providerview.projection.replay;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.MeterRegistry;
import uk.gov.education.placements.providerview.projection.PositionedEvent;
import uk.gov.education.placements.providerview.projection.ReadModelSwapLock;
import uk.gov.education.placements.providerview.projection.ReadModelTables;
import uk.gov.education.placements.providerview.projection.ReadModelWriter;
import uk.gov.education.placements.providerview.history.EventHistoryRepository;
import uk.gov.education.placements.providerview.history.StoredEvent;

/**
 * Rebuilds every read model from the event history with zero downtime.
 *
 * <ol>
 * <li>Creates empty shadow tables and applies the history to them in batches (one transaction
 * per batch, not per event) while the live tables keep serving reads and live events.</li>
 * <li>Only reads up to a "safe tail": a position taken while holding the swap lock
 * exclusively, when no live transaction is in flight, so no event below it can still appear
 * (positions are drawn before commit, so a later position may commit first).</li>
 * <li>Once within one batch of the tail, it takes the swap lock exclusively for its last
 * transaction: live consumption waits, the shadow applies the rest of the history, the tables are
 * swapped by renaming, and the lock is released. Live events carry on into the new tables.</li>
 * </ol>
 */
@Service
@EnableConfigurationProperties(ReplayProperties.class)
public class ReplayService implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReplayService.class);

    /** Session-level advisory lock held by the instance whose replay runs. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    static final long REPLAY_LOCK = 0x7076_5f72_6570_6c00L;

    /** How long a new replay waits for the lock of one that has finished but not yet let go of it. */
    private static final long FINISHING_REPLAY_WAIT_MILLIS = 2_000;

    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final EventHistoryRepository history;
    private final ReadModelWriter writer;
    private final ReadModelSwapLock swapLock;
    private final TableSwap tables;
    private final ReplayRepository replays;
    private final Clock clock;
    private final int batchSize;
    private final ReplayMeters meters;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "replay");
        thread.setDaemon(true);
        return thread;
    });

    ReplayService(DataSource dataSource, PlatformTransactionManager transactions, EventHistoryRepository history,
                  ReadModelWriter writer, ReadModelSwapLock swapLock, TableSwap tables, ReplayRepository replays,
                  Clock clock, ReplayProperties settings, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.transaction = new TransactionTemplate(transactions);
        this.history = history;
        this.writer = writer;
        this.swapLock = swapLock;
        this.tables = tables;
        this.replays = replays;
        this.clock = clock;
        this.batchSize = settings.batchSize();
        this.meters = new ReplayMeters(registry, this::find);
    }

    /**
     * Starts a replay in the background.
     *
     * @throws ReplayAlreadyRunningException while another replay runs, here or in another instance
     */
    public Replay start() {
        Connection lockHolder = acquireReplayLock().orElseThrow(ReplayAlreadyRunningException::new);
        try {
            UUID id = UUID.randomUUID();
            replays.failAbandoned(clock.instant());
            replays.insertRunning(id, clock.instant());
            runner.execute(() -> {
                try {
                    run(id);
                } finally {
                    release(lockHolder);
                }
            });
            return find(id).orElseThrow();
        } catch (RuntimeException e) {
            release(lockHolder);
            throw e;
        }
    }

    /** A replay left "running" by an instance that stopped would otherwise say so until the next one starts. */
    @EventListener(ApplicationReadyEvent.class)
    public void failReplaysLeftRunning() {
        acquireReplayLock().ifPresent(lockHolder -> {
            try {
                replays.failAbandoned(clock.instant());
            } finally {
                release(lockHolder);
            }
        });
    }

    public Optional<Replay> find(UUID id) {
        return replays.find(id).map(replay -> replay.state() == ReplayState.RUNNING
                ? replay.withLag(history.countAfter(replay.position()))
                : replay);
    }

    private void run(UUID id) {
        long applied = 0;
        meters.running(id);
        try {
            replays.started(id, clock.instant());
            tables.createShadow();
            long position = 0;
            long safeTail = safeTail();
            while (true) {
                while (position < safeTail) {
                    List<StoredEvent> batch = history.read(position, safeTail, batchSize);
                    if (batch.isEmpty()) {
                        position = safeTail;
                        break;
                    }
                    long batchEnd = batch.get(batch.size() - 1).position();
                    long appliedSoFar = applied + batch.size();
                    transaction.executeWithoutResult(status -> {
                        writer.apply(envelopes(batch), ReadModelTables.SHADOW);
                        replays.progressed(id, appliedSoFar, batchEnd);
                    });
                    applied = appliedSoFar;
                    meters.applied(batch.size());
                    position = batchEnd;
                    if (Thread.currentThread().isInterrupted()) {
                        throw new IllegalStateException("Interrupted: the service is stopping");
                    }
                }
                long nextTail = safeTail();
                if (nextTail - position <= batchSize) {
                    break;
                }
                safeTail = nextTail;
            }
            long caughtUp = applied;
            long start = position;
            transaction.executeWithoutResult(status -> {
                // Live consumption waits from here until the swap commits.
                swapLock.holdExclusive();
                long tail = history.tail();
                long at = start;
                long total = caughtUp;
                List<StoredEvent> batch;
                while (!(batch = history.read(at, tail, batchSize)).isEmpty()) {
                    writer.apply(envelopes(batch), ReadModelTables.SHADOW);
                    total += batch.size();
                    at = batch.get(batch.size() - 1).position();
                }
                tables.swap();
                replays.completed(id, total, tail, clock.instant());
            });
            Replay done = find(id).orElseThrow();
            meters.applied(done.eventsApplied() - caughtUp);
            meters.finished(ReplayState.COMPLETED);
            log.info("Replay {} swapped in: {} events at {} events/s", id, done.eventsApplied(),
                    done.eventsPerSecond(clock.instant()));
        } catch (RuntimeException e) {
            log.error("Replay {} failed; the live read models are untouched", id, e);
            replays.failed(id, String.valueOf(e.getMessage()), clock.instant());
            meters.finished(ReplayState.FAILED);
            try {
                tables.dropShadow();
            } catch (RuntimeException cleanup) {
                log.warn("Could not drop the shadow tables of replay {}", id, cleanup);
            }
        }
    }

    /** The history's tail when no live transaction is in flight: nothing at or below it can still appear. */
    private long safeTail() {
        Long tail = transaction.execute(status -> {
            swapLock.holdExclusive();
            return history.tail();
        });
        return tail == null ? 0 : tail;
    }

    private static List<PositionedEvent> envelopes(List<StoredEvent> events) {
        return events.stream().map(EventHistoryRepository::positioned).toList();
    }

    /**
     * The lock, unless a replay holds it. A replay marks itself completed (or failed) in its last
     * transaction and lets go of the lock just after: a request in between finds the lock taken but
     * no replay running, and waits for it, briefly, instead of being told that one runs.
     */
    private Optional<Connection> acquireReplayLock() {
        try {
            Connection connection = dataSource.getConnection();
            if (tryLock(connection) || (!replays.anyRunning() && lockWithin(connection, FINISHING_REPLAY_WAIT_MILLIS))) {
                return Optional.of(connection);
            }
            connection.close();
            return Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the replay lock", e);
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            statement.setLong(1, REPLAY_LOCK);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private static boolean lockWithin(Connection connection, long millis) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET lock_timeout = " + millis);
            statement.execute("SELECT pg_advisory_lock(" + REPLAY_LOCK + ")");
            return true;
        } catch (SQLException e) {
            if (LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        } finally {
            try (Statement statement = connection.createStatement()) {
                statement.execute("RESET lock_timeout");
            }
        }
    }

    private static void release(Connection connection) {
        try (connection; PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            statement.setLong(1, REPLAY_LOCK);
            statement.execute();
        } catch (SQLException e) {
            log.warn("Could not release the replay lock; closing its connection releases it", e);
        }
    }

    @Override
    public void destroy() {
        runner.shutdownNow();
    }
}
