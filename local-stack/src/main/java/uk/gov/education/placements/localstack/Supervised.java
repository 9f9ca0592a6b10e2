package uk.gov.education.placements.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * One process of the local stack, kept running: when it exits without being asked to, the stack
 * says so at once (which, its exit code, the last lines of its log), starts it again after a
 * back-off that doubles up to {@value #MAX_BACK_OFF_SECONDS} s (and starts over once it has
 * stayed up for a minute), and says when it is back.
 */
public final class Supervised {

    private static final int MAX_BACK_OFF_SECONDS = 30;
    private static final Duration STABLE = Duration.ofMinutes(1);
    private static final int LOG_LINES = 15;

    private final String name;
    private final Supplier<Process> launcher;
    private final BooleanSupplier ready;
    private final Path log;
    private final PrintStream out;
    private final ScheduledExecutorService scheduler;
    private final ProcessRecord record;
    private Process process;
    private boolean wanted;
    private int restarts;
    private int backOffSeconds = 1;
    private long startedAt;

    public Supervised(String name, Supplier<Process> launcher, BooleanSupplier ready, Path log, PrintStream out,
               ScheduledExecutorService scheduler, ProcessRecord record) {
        this.name = name;
        this.launcher = launcher;
        this.ready = ready;
        this.log = log;
        this.out = out;
        this.scheduler = scheduler;
        this.record = record;
    }

    public String name() {
        return name;
    }

    public Path log() {
        return log;
    }

    public synchronized void start() {
        wanted = true;
        launch();
    }

    public synchronized Process process() {
        return process;
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    public boolean isReady() {
        return isRunning() && ready.getAsBoolean();
    }

    public int restarts() {
        return restarts;
    }

    /** Waits until it answers ready, or fails with its last log lines if it exits or takes too long. */
    public void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ready.getAsBoolean()) {
            Process current = process();
            if (current == null || !current.isAlive()) {
                if (!wanted) {
                    throw new IllegalStateException(name + " was stopped");
                }
                if (current != null && restarts == 0) {
                    throw new IllegalStateException(name + " exited with " + current.exitValue() + " while starting; "
                            + "last lines of " + log + ":\n" + String.join("\n", lastLines()));
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + " not ready after " + timeout + "; see " + log);
            }
            try {
                // A child's readiness endpoint has nothing to wait on but the child itself.
                if (current != null) {
                    current.waitFor(200, TimeUnit.MILLISECONDS);
                } else {
                    Thread.sleep(200);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + name, e);
            }
        }
    }

    /**
     * From now on it is not started again, however it exits: the stack is stopping. A Ctrl-C in the
     * terminal reaches every process of its group at once, the services and the broker too, and
     * each would otherwise count as an unexpected exit and be started again while the stack stops.
     */
    public synchronized void stopSupervising() {
        wanted = false;
    }

    /** Stops it on purpose (SIGTERM, letting it finish its work), and keeps it stopped. */
    public void stop(Duration grace) {
        Process current;
        synchronized (this) {
            wanted = false;
            current = process;
        }
        if (current == null || !current.isAlive()) {
            return;
        }
        current.destroy();
        try {
            if (!current.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                out.printf("%s did not stop within %d s: killing it%n", name, grace.toSeconds());
                current.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            current.destroyForcibly();
        }
        record.forget(name);
    }

    private void launch() {
        Process started = launcher.get();
        process = started;
        startedAt = System.nanoTime();
        record.remember(name, started.toHandle());
        started.onExit().thenAccept(this::exited);
    }

    private void exited(Process exited) {
        synchronized (this) {
            if (!wanted || exited != process) {
                return;
            }
            if (System.nanoTime() - startedAt > STABLE.toNanos()) {
                backOffSeconds = 1;
            }
            restarts++;
            out.printf("%n!! %s (pid %d) exited unexpectedly with code %d. Last lines of %s:%n", name, exited.pid(),
                    exited.exitValue(), log);
            lastLines().forEach(line -> out.println("   | " + line));
            out.printf("!! Starting %s again in %d s (restart %d).%n", name, backOffSeconds, restarts);
            int delay = backOffSeconds;
            backOffSeconds = Math.min(backOffSeconds * 2, MAX_BACK_OFF_SECONDS);
            scheduler.schedule(this::restart, delay, TimeUnit.SECONDS);
        }
    }

    private void restart() {
        long began = System.nanoTime();
        synchronized (this) {
            if (!wanted) {
                return;
            }
            try {
                launch();
            } catch (RuntimeException e) {
                out.printf("!! %s could not be started again: %s%n", name, e.getMessage());
                return;
            }
        }
        scheduler.execute(() -> {
            try {
                awaitReady(Duration.ofMinutes(3));
                out.printf("%s is back: ready %.1f s after its restart.%n", name, (System.nanoTime() - began) / 1e9);
            } catch (RuntimeException e) {
                if (wanted) {
                    out.printf("!! %s did not come back: %s%n", name, e.getMessage());
                }
            }
        });
    }

    private List<String> lastLines() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return lines.subList(Math.max(0, lines.size() - LOG_LINES), lines.size());
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of("(cannot read " + log + ": " + e.getMessage() + ")");
        }
    }
}
