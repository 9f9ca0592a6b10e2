package uk.gov.education.placements.benchmark;

import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import uk.gov.education.placements.events.Topics;
import uk.gov.education.placements.localstack.Service;

/** What every scenario uses: the stack, an HTTP client, Kafka's admin API, the CPU meter and the run's options. */
final class Context implements AutoCloseable {

    final Stack stack;
    final Options options;
    final Http http;
    final KafkaAdmin kafka;
    final CpuMeter cpu;

    Context(Stack stack, Options options) {
        this.stack = stack;
        this.options = options;
        this.http = new Http(stack.supportToken());
        this.kafka = new KafkaAdmin(stack.kafkaBootstrapServers());
        this.cpu = new CpuMeter(stack);
    }

    URI school(String path) {
        return stack.url(Service.SCHOOL).resolve(path);
    }

    URI providerView(String path) {
        return stack.url(Service.PROVIDER_VIEW).resolve(path);
    }

    static void log(String format, Object... arguments) {
        System.out.println("[" + LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + "] " + String.format(format, arguments));
        System.out.flush();
    }

    /**
     * Waits until the system has absorbed everything so far: both write services' outboxes have
     * published every stored event, and every consumer group has committed up to the end of both
     * topics. Each repetition starts from this state, so none pays for the previous one's backlog.
     */
    void awaitQuiet(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long started = System.nanoTime();
        String state = "";
        while (System.nanoTime() < deadline) {
            long schoolStored = count(Service.SCHOOL, "SELECT count(*) FROM domainevententry");
            long placementStored = count(Service.PLACEMENT, "SELECT count(*) FROM domainevententry");
            long schoolPublished = kafka.totalEndOffset(Topics.SCHOOL_EVENTS);
            long placementPublished = kafka.totalEndOffset(Topics.PLACEMENT_EVENTS);
            Map<String, Long> lag = kafka.lagByGroup(List.of(Topics.SCHOOL_EVENTS, Topics.PLACEMENT_EVENTS));
            boolean quiet = schoolPublished >= schoolStored && placementPublished >= placementStored
                    && lag.values().stream().allMatch(l -> l == 0);
            if (quiet) {
                long waited = Duration.ofNanos(System.nanoTime() - started).toMillis();
                if (waited > 2000) {
                    log("  (waited %.1f s for outboxes and consumers to catch up)", waited / 1000.0);
                }
                return;
            }
            state = "school outbox " + schoolPublished + "/" + schoolStored + ", placement outbox "
                    + placementPublished + "/" + placementStored + ", consumer lag " + lag;
            sleep(200);
        }
        log("  WARNING: not quiet after %s: %s", timeout, state);
    }

    long count(Service service, String sql) {
        try (Connection connection = stack.connect(service); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    @Override
    public void close() {
        kafka.close();
    }
}
