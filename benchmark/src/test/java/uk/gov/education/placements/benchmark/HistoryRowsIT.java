package uk.gov.education.placements.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import uk.gov.education.placements.events.EventEnvelope;
import uk.gov.education.placements.providerview.history.EventHistoryRepository;
import uk.gov.education.placements.providerview.history.StoredEvent;

/** What the benchmark seeds into provider-view's history reads back through its EventHistoryRepository, in order, as the events seeded. */
class HistoryRowsIT {

    private final SingleConnectionDataSource dataSource = Databases.migrated(Databases.PROVIDER_VIEW);

    @AfterEach
    void close() {
        dataSource.destroy();
    }

    @Test
    void seededHistoryReadsBackAsTheEventsOfBothWriteServices() {
        List<EventEnvelope> events = Seed.mixed(1500, Instant.parse("2025-09-01T08:00:00Z"));
        EventHistoryRepository history = Seed.history(dataSource);
        Seed.appendHistory(history, events, 700);

        List<StoredEvent> stored = history.read(0, Long.MAX_VALUE, events.size() + 1);
        assertThat(stored.stream().map(EventHistoryRepository::envelope).toList()).isEqualTo(events);
        assertThat(stored).extracting(StoredEvent::source).containsOnly(Seed.SCHOOL_SERVICE, Seed.PLACEMENT_SERVICE);
        assertThat(events).hasSize(1500 * Seed.EVENTS_PER_SCHOOL);
    }
}
