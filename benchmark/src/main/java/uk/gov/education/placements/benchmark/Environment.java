package uk.gov.education.placements.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.JarFile;

import org.apache.kafka.common.utils.AppInfoParser;

import uk.gov.education.placements.localstack.Service;

/** The machine and the versions a run measured: without them the figures cannot be compared. */
final class Environment {

    private Environment() {
    }

    static Map<String, Object> machine() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("cpu", firstValue(Path.of("/proc/cpuinfo"), "model name"));
        String memory = firstValue(Path.of("/proc/meminfo"), "MemTotal");
        machine.put("memoryGiB", memory == null ? null
                : Format.round(Long.parseLong(memory.replace("kB", "").trim()) / 1024.0 / 1024.0, 1));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("loadAverageAtStart", read(Path.of("/proc/loadavg")));
        return machine;
    }

    static Map<String, Object> versions(Stack stack, Path jars) {
        Map<String, Object> versions = new LinkedHashMap<>();
        versions.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                + " (" + System.getProperty("java.vendor") + ")");
        try (Connection connection = stack.connect(Service.SCHOOL); Statement statement = connection.createStatement()) {
            versions.put("postgresql", show(statement, "server_version"));
            Map<String, Object> settings = new LinkedHashMap<>();
            for (String setting : new String[] {"fsync", "synchronous_commit", "full_page_writes", "wal_sync_method",
                    "shared_buffers", "max_connections"}) {
                settings.put(setting, show(statement, setting));
            }
            versions.put("postgresqlSettings", settings);
        } catch (SQLException e) {
            versions.put("postgresql", "unknown: " + e.getMessage());
        }
        versions.put("kafka", AppInfoParser.getVersion() + " (embedded KRaft broker, one node)");
        Path schoolJar = jars.resolve(Service.SCHOOL.module()).resolve("target")
                .resolve(Service.SCHOOL.module() + "-0.1.0-SNAPSHOT.jar");
        try (JarFile jar = new JarFile(schoolJar.toFile())) {
            versions.put("springBoot", jar.getManifest().getMainAttributes().getValue("Spring-Boot-Version"));
            versions.put("axon", jar.stream().map(e -> e.getName())
                    .filter(n -> n.startsWith("BOOT-INF/lib/axon-messaging-"))
                    .map(n -> n.substring("BOOT-INF/lib/axon-messaging-".length()).replace(".jar", ""))
                    .findFirst().orElse("unknown"));
        } catch (IOException e) {
            versions.put("springBoot", "unknown");
        }
        return versions;
    }

    private static String show(Statement statement, String setting) throws SQLException {
        try (ResultSet result = statement.executeQuery("SHOW " + setting)) {
            result.next();
            return result.getString(1);
        }
    }

    private static String firstValue(Path file, String key) {
        String text = read(file);
        if (text == null) {
            return null;
        }
        for (String line : text.split("\n")) {
            if (line.startsWith(key)) {
                return line.substring(line.indexOf(':') + 1).trim();
            }
        }
        return null;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            return null;
        }
    }
}
