package uk.gov.education.placements.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A real PostgreSQL server started from the zonky binaries, without Docker. It works as root
 * (zonky runs initdb and pg_ctl in a user namespace). Given a data directory it keeps its data
 * there across restarts; without one it uses a temporary directory.
 */
public final class EmbeddedPostgres implements PostgresServer {

    private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /** A throwaway server for tests: commits are not flushed to disk (zonky's default, -F). */
    public static EmbeddedPostgres start(Path dataDirectory, int port) {
        return start(dataDirectory, port, false);
    }

    /**
     * @param durable flush every commit to disk, as production does. zonky starts PostgreSQL with
     *                fsync off ({@code -F}); a later {@code -c fsync=on} wins. The local stack's
     *                event stores must survive a crash, and benchmark figures must mean what
     *                production would see; tests throw their data away and need not wait for the disk.
     */
    public static EmbeddedPostgres start(Path dataDirectory, int port, boolean durable) {
        try {
            var builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                    // zonky also turns synchronous_commit off; a committed command must stay committed.
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("max_connections", "200");
            if (dataDirectory != null) {
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            if (port > 0) {
                builder.setPort(port);
            }
            return new EmbeddedPostgres(builder.start(), dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
        }
    }

    /**
     * The server's main process, from its data directory's {@code postmaster.pid}: pg_ctl starts it
     * detached, so it is not a child of this JVM and outlives it if this JVM is killed.
     */
    public Optional<ProcessHandle> postmaster() {
        if (dataDirectory == null) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
            return lines.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String host() {
        return "localhost";
    }

    @Override
    public int port() {
        return postgres.getPort();
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
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
