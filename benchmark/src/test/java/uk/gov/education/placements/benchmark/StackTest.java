package uk.gov.education.placements.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StackTest {

    @Test
    void findsAChildProcessByItsMainClassPastALongClassPath() throws Exception {
        // The broker's command line holds the whole Kafka class path before kafka.Kafka: longer than ProcessHandle reads.
        Process broker = new ProcessBuilder("sh", "-c", "sleep 60", "/lib/x.jar:".repeat(1000), "kafka.Kafka").start();
        Process other = new ProcessBuilder("sh", "-c", "sleep 60", "other.Main").start();
        try {
            assertThat(Stack.children("kafka.Kafka")).contains(broker.pid()).doesNotContain(other.pid());
        } finally {
            broker.destroy();
            other.destroy();
        }
    }
}
