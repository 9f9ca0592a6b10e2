package uk.gov.education.placements.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a machine that has never run it, the local stack's first step unpacks PostgreSQL's binaries
 * (zonky keeps them under /tmp/embedded-pg afterwards, so every later start skips the unpacking).
 * This unpacks them into a fresh folder on the local stack's own class path, where Kafka's broker
 * also puts its commons-io: with the older one, the unpacking failed with a NoSuchMethodError and
 * {@code ./run-local-stack} could not start on a fresh machine.
 */
class FreshMachineIT {

    @Test
    void embeddedPostgresUnpacksItsBinariesAndStartsWhereTheyHaveNeverBeenUnpacked(@TempDir Path workingDirectory)
            throws Exception {
        try (var postgres = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(workingDirectory.toFile()).start();
             var connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet answer = statement.executeQuery("SELECT 1")) {
            assertThat(answer.next()).isTrue();
            assertThat(answer.getInt(1)).isEqualTo(1);
        }
        try (var unpacked = Files.list(workingDirectory)) {
            assertThat(unpacked.map(path -> path.getFileName().toString())).anyMatch(name -> name.startsWith("PG-"));
        }
    }
}
