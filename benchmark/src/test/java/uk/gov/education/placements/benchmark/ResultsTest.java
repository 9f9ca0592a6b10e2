package uk.gov.education.placements.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class ResultsTest {

    @Test
    void readsPercentilesFromTheHistogramInMilliseconds() {
        Histogram latencies = Results.histogram();
        for (int ms = 1; ms <= 100; ms++) {
            latencies.recordValue(ms * 1_000_000L);
        }

        assertThat(Results.ms(latencies, 50)).isCloseTo(50.0, within(0.1));
        assertThat(Results.ms(latencies, 99)).isCloseTo(99.0, within(0.1));
        assertThat(Results.ms(latencies, 100)).isCloseTo(100.0, within(0.1));
    }

    @Test
    void reportsAFigureAsTheMedianOfItsRepetitionsWithTheLowestAndHighest() {
        assertThat(new Results.Spread(List.of(120.0, 90.0, 100.0)).format(0)).isEqualTo("100 (90–120)");
        assertThat(new Results.Spread(List.of(4.0, 1.0, 3.0, 2.0)).median()).isEqualTo(2.5);
    }

    @Test
    void countsTheProfilesSamplesByActivityAndLibraryAsJfrPrintsThem() {
        String load = "org.axonframework.eventsourcing.EventSourcingRepository.doLoad(String, Long) line: 2";
        List<Profiler.Sample> samples = Profiler.Sample.parse(sample("java.util.HashMap.getNode(int, Object) line: 1", load,
                "org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider.authenticate(Authentication)")
                + sample(load) + sample("org.apache.kafka.clients.NetworkClient.poll(long, long) line: 4")
                + sample("java.lang.Thread.run() line: 5"));

        assertThat(Profiler.shares(samples, Profiler::activities)).containsExactly(
                entry("Axon: load the aggregate from its events", 50.0), entry("JWT authentication (signature check)", 25.0));
        assertThat(Profiler.shares(samples, sample -> List.of(Profiler.library(sample)))).containsExactly(
                entry("Axon event sourcing (load, append)", 50.0), entry("Kafka client", 25.0),
                entry("JDK only (GC/JIT helpers, JDK threads)", 25.0));
    }

    /** One execution sample as jfr print prints it, its stack cut short. */
    private static String sample(String... frames) {
        return "jdk.ExecutionSample {\n  startTime = 23:30:45.103\n  sampledThread = \"main\" (javaThreadId = 1)\n"
                + "  state = \"STATE_RUNNABLE\"\n  stackTrace = [\n    " + String.join("\n    ", frames) + "\n    ...\n  ]\n}\n\n";
    }
}
