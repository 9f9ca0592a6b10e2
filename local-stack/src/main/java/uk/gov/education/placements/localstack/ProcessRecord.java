package uk.gov.education.placements.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Which processes a local stack started, kept in its data folder, and the lock that says a stack
 * runs on that folder. If the stack's own JVM dies without stopping them (kill -9, an out of
 * memory error), its children live on and hold their ports and data; the next start finds them
 * here, by pid and start time (a pid alone may have been reused), and stops them first.
 */
public final class ProcessRecord implements AutoCloseable {

    private final Path file;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Map<String, String> entries = new LinkedHashMap<>();

    private ProcessRecord(Path dataDirectory, FileChannel lockChannel, FileLock lock) {
        this.file = dataDirectory.resolve("processes");
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Takes the data folder's lock (released by the OS when this JVM dies, however it dies). */
    public static ProcessRecord lock(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            FileChannel channel = FileChannel.open(dataDirectory.resolve("stack.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("Another local stack is running on " + dataDirectory
                        + ": stop it first (Ctrl-C in its terminal)");
            }
            return new ProcessRecord(dataDirectory, channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops, newest first, what a stack that did not stop cleanly left running, and says so. */
    public void stopLeftovers(PrintStream out) {
        List<String> lines = read();
        for (int i = lines.size() - 1; i >= 0; i--) {
            String[] fields = lines.get(i).split(" ");
            if (fields.length != 3) {
                continue;
            }
            Optional<ProcessHandle> handle = ProcessHandle.of(Long.parseLong(fields[1]))
                    .filter(process -> process.info().startInstant().map(Instant::toString).orElse("").equals(fields[2]));
            handle.ifPresent(process -> {
                out.printf("Stopping %s (pid %d), left running by a local stack that did not stop cleanly ...%n",
                        fields[0], process.pid());
                process.destroy();
                try {
                    process.onExit().get(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    process.destroyForcibly();
                }
            });
        }
        entries.clear();
        write();
    }

    public synchronized void remember(String name, ProcessHandle process) {
        entries.put(name, name + " " + process.pid() + " "
                + process.info().startInstant().map(Instant::toString).orElse("unknown"));
        write();
    }

    public synchronized void forget(String name) {
        entries.remove(name);
        write();
    }

    private List<String> read() {
        try {
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write() {
        try {
            Files.write(file, new ArrayList<>(entries.values()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException ignored) {
            // the JVM is stopping; the OS releases the lock anyway
        }
    }
}
