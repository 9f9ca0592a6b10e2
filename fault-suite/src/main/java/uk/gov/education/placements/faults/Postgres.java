package uk.gov.education.placements.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.util.LinuxUtils;
import uk.gov.education.placements.infrastructure.EmbeddedPostgres;
import uk.gov.education.placements.infrastructure.PostgresServer;

/**
 * The topology's one PostgreSQL server, run with {@code pg_ctl} so that the suite can stop it as
 * an operator or a crash would ({@code -m fast}, {@code -m immediate}) and start it again on the
 * same data folder and port. zonky does the first start: it unpacks its binaries and runs
 * {@code initdb}; the suite then takes the server over, with the binaries zonky unpacked (found
 * from the running postmaster's executable) and the settings the local stack uses.
 */
final class Postgres implements PostgresServer {

    private final Path data;
    private final int port;
    private final Path bin;
    private final Path log;

    private Postgres(Path data, int port, Path bin, Path log) {
        this.data = data;
        this.port = port;
        this.bin = bin;
        this.log = log;
    }

    /** Creates the cluster and the databases, and leaves the server stopped. */
    static Postgres create(Path data, int port, List<String> databases, Path log) {
        EmbeddedPostgres zonky = EmbeddedPostgres.start(data, port, true);
        Path bin;
        try {
            bin = zonky.postmaster().flatMap(process -> process.info().command()).map(Path::of)
                    .map(Path::getParent)
                    .orElseThrow(() -> new IllegalStateException("Cannot find the PostgreSQL binaries zonky unpacked"));
            databases.forEach(zonky::ensureDatabase);
        } finally {
            zonky.close();
        }
        return new Postgres(data, port, bin, log);
    }

    void start() {
        // Every commit flushed to disk, as in production and the local stack: an immediate stop must lose nothing committed.
        pgCtl("start", "-w", "-t", "120", "-D", data.toString(), "-l", log.toString(), "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -c fsync=on -c synchronous_commit=on"
                        + " -c max_connections=200 -c timezone=UTC");
    }

    /** @param mode {@code fast} (roll back and disconnect, then shut down) or {@code immediate} (abort: a crash) */
    void stop(String mode) {
        pgCtl("stop", "-w", "-t", "120", "-D", data.toString(), "-m", mode);
    }

    boolean isRunning() {
        return postmaster().map(ProcessHandle::isAlive).orElse(false);
    }

    /** The running server's main process, from its data folder's {@code postmaster.pid}. */
    Optional<ProcessHandle> postmaster() {
        try {
            Path pidFile = data.resolve("postmaster.pid");
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void pgCtl(String... arguments) {
        List<String> command = new ArrayList<>();
        // As root PostgreSQL refuses to run; zonky's way round it is a user namespace, and so is ours.
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(bin.resolve("pg_ctl").toString());
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            if (!process.waitFor(150, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("pg_ctl " + String.join(" ", arguments) + " failed; see " + log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String host() {
        return "127.0.0.1";
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public String username() {
        return "postgres";
    }

    @Override
    public String password() {
        return "postgres";
    }

    @Override
    public void close() {
        if (isRunning()) {
            stop("fast");
        }
    }
}
