package uk.gov.education.placements.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One local stack for all end-to-end tests of this JVM (it takes half a minute to start), on free
 * ports and a fresh data folder, stopped when the JVM exits.
 */
final class RunningStack {

    private static LocalStack stack;

    private RunningStack() {
    }

    static synchronized LocalStack get() {
        if (stack == null) {
            Map<Service, Integer> ports = new EnumMap<>(Service.class);
            for (Service service : Service.values()) {
                ports.put(service, FreePorts.next());
            }
            try {
                Path data = Files.createTempDirectory("local-stack-e2e");
                stack = LocalStack.start(new Settings(Path.of("..").toAbsolutePath().normalize(), data,
                        Settings.VERSION, 0, 0, ports, List.of(), Map.of()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            System.out.printf("Local stack started in %d ms%n", stack.startUpTime().toMillis());
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close));
        }
        return stack;
    }
}
