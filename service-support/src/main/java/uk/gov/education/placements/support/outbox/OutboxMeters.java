package uk.gov.education.placements.support.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The outbox's lag as meters, from the same {@link OutboxLag} its health details show: read from
 * the token table at every scrape, so each instance reports the same figure whichever one holds
 * the outbox (alert on the maximum, not the sum).
 */
class OutboxMeters implements MeterBinder {

    private final OutboxLag lag;
    private final KafkaOutbox outbox;
    private final Clock clock;

    OutboxMeters(OutboxLag lag, KafkaOutbox outbox, Clock clock) {
        this.lag = lag;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("placements.outbox.unpublished.events", lag, l -> l.measure().unpublishedEvents())
                .description("Events stored but not yet acknowledged by Kafka")
                .register(registry);
        TimeGauge.builder("placements.outbox.oldest.unpublished.age", this, TimeUnit.MILLISECONDS,
                        OutboxMeters::oldestUnpublishedAgeMillis)
                .description("How long the oldest event not yet acknowledged by Kafka has been stored (0 when none)")
                .register(registry);
        FunctionCounter.builder("placements.outbox.published.events", outbox, KafkaOutbox::publishedEvents)
                .description("Events this instance's outbox has published")
                .register(registry);
        FunctionCounter.builder("placements.outbox.failed.batches", outbox, KafkaOutbox::failedBatches)
                .description("Batches this instance's outbox failed to publish and retried")
                .register(registry);
    }

    private double oldestUnpublishedAgeMillis() {
        var oldest = lag.measure().oldestUnpublishedStoredAt();
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toMillis());
    }
}
