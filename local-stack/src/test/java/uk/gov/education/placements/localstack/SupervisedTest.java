package uk.gov.education.placements.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the stack watches a process: started again after an unexpected exit, never once the stack is stopping. */
class SupervisedTest {

    @TempDir
    Path folder;

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final AtomicInteger launches = new AtomicInteger();
    private ProcessRecord record;
    private Supervised supervised;
    private Process first;

    /** A supervised {@code sleep 60}, started: every test begins with its first process running. */
    @BeforeEach
    void startSleeper() throws IOException {
        record = ProcessRecord.lock(folder);
        Path log = Files.createFile(folder.resolve("sleeper.log"));
        supervised = new Supervised("sleeper", () -> {
            launches.incrementAndGet();
            try {
                return new ProcessBuilder("sleep", "60").redirectOutput(log.toFile()).start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, () -> true, log, new PrintStream(output, true, StandardCharsets.UTF_8), scheduler, record);
        supervised.start();
        first = supervised.process();
    }

    @AfterEach
    void stop() {
        supervised.stop(Duration.ofSeconds(5));
        scheduler.shutdownNow();
        record.close();
    }

    @Test
    void aProcessThatExitsUnexpectedlyIsStartedAgain() {
        first.destroy();

        await().atMost(Duration.ofSeconds(10)).until(() -> launches.get() == 2 && supervised.isRunning());
        assertThat(supervised.restarts()).isEqualTo(1);
        assertThat(supervised.process()).isNotSameAs(first);
    }

    /** A Ctrl-C reaches every process of the terminal's group while the stack stops them one by one. */
    @Test
    void onceTheStackIsStoppingAProcessThatExitsIsNotStartedAgain() {
        supervised.stopSupervising();
        first.destroy();

        await().atMost(Duration.ofSeconds(10)).until(() -> !first.isAlive());
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> launches.get() == 1 && supervised.restarts() == 0 && !supervised.isRunning());
        assertThat(output.toString(StandardCharsets.UTF_8)).doesNotContain("again");
    }
}
