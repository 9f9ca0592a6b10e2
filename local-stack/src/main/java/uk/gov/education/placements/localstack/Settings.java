package uk.gov.education.placements.localstack;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where the local stack keeps its data, where it finds the services' jars, and its ports.
 * Defaults: data in {@code .local-stack/} of the project, services on 8081-8083, PostgreSQL on
 * 15432 and Kafka on 19092 (its controller on the next port), off the usual ports so a
 * developer's own servers do not clash; 0 means any free port.
 */
public record Settings(
        Path projectRoot,
        Path dataDirectory,
        String version,
        int postgresPort,
        int kafkaPort,
        Map<Service, Integer> servicePorts,
        List<String> extraJvmArguments,
        Map<String, String> extraEnvironment) {

    public static final String VERSION = "0.1.0-SNAPSHOT";

    public Settings {
        servicePorts = Map.copyOf(servicePorts);
        extraJvmArguments = List.copyOf(extraJvmArguments);
        extraEnvironment = Map.copyOf(extraEnvironment);
    }

    public static Settings fromSystemProperties() {
        Path root = Path.of(System.getProperty("localstack.project-root", ".")).toAbsolutePath().normalize();
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            ports.put(service, Integer.getInteger("localstack.port." + service.module(), service.defaultPort()));
        }
        return new Settings(root,
                Path.of(System.getProperty("localstack.data", root.resolve(".local-stack").toString())),
                VERSION,
                Integer.getInteger("localstack.postgres-port", 15432),
                Integer.getInteger("localstack.kafka-port", 19092),
                ports, List.of(), Map.of());
    }

    public int port(Service service) {
        return servicePorts.getOrDefault(service, service.defaultPort());
    }
}
