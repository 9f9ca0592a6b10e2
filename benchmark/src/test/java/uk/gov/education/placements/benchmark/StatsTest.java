package uk.gov.education.placements.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void aPercentileIsTheSmallestSampleThatAtLeastThatShareOfSamplesDoesNotExceed() {
        long[] sorted = Stats.sorted(new long[] {50, 10, 40, 20, 30, 60, 70, 80, 90, 100});

        assertThat(Stats.percentile(sorted, 50)).isEqualTo(50);
        assertThat(Stats.percentile(sorted, 95)).isEqualTo(100);
        assertThat(Stats.percentile(sorted, 99)).isEqualTo(100);
        assertThat(Stats.percentile(sorted, 10)).isEqualTo(10);
        assertThat(Stats.percentile(sorted, 0)).isEqualTo(10);
    }

    @Test
    void latenciesAreReportedInMillisecondsFromNanosecondSamples() {
        Stats.Latencies latencies = Stats.Latencies.ofNanos(new long[] {3_000_000, 1_000_000, 2_500_000});

        assertThat(latencies.count()).isEqualTo(3);
        assertThat(latencies.p50()).isEqualTo(2.5);
        assertThat(latencies.max()).isEqualTo(3.0);
    }

    @Test
    void theMedianOfAnEvenNumberOfRepetitionsIsTheMeanOfTheMiddleTwo() {
        assertThat(Stats.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
        assertThat(Stats.median(List.of(5.0, 1.0, 3.0))).isEqualTo(3.0);
    }

    @Test
    void theSpreadIsTheRangeOfTheRepetitionsRelativeToTheirMedian() {
        Spread spread = Spread.of(List.of(90.0, 100.0, 120.0));

        assertThat(spread.median()).isEqualTo(100.0);
        assertThat(spread.min()).isEqualTo(90.0);
        assertThat(spread.max()).isEqualTo(120.0);
        assertThat(spread.spreadPercent()).isEqualTo(30.0);
        assertThat(spread.format(0)).isEqualTo("100 (90–120)");
    }

    @Test
    void profileSamplesAreGroupedByLibraryAndThreadPool() {
        assertThat(Profiler.libraryOf("org.postgresql.core.v3.QueryExecutorImpl")).isEqualTo("PostgreSQL JDBC driver");
        assertThat(Profiler.libraryOf("org.springframework.kafka.core.KafkaTemplate")).isEqualTo("Spring for Kafka");
        assertThat(Profiler.libraryOf("com.nimbusds.jose.util.Base64Codec")).isEqualTo("JWT decoding (Spring Security, Nimbus)");
        assertThat(Profiler.libraryOf("org.example.tool.Thing")).isEqualTo("org.example");
        assertThat(Profiler.threadPool("http-nio-8081-exec-7")).isEqualTo("http-nio-N-exec-N");
    }
}
