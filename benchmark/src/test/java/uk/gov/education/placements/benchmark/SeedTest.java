package uk.gov.education.placements.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import uk.gov.education.placements.events.EventEnvelope;

class SeedTest {

    @Test
    void numbersEachAggregatesEventsFromZeroWithoutGaps() {
        List<EventEnvelope> events = Seed.mixed(1200, Instant.parse("2025-09-01T08:00:00Z"));
        Map<String, List<Long>> sequences = events.stream().collect(Collectors.groupingBy(e -> e.source() + "/" + e.aggregateId(),
                Collectors.mapping(EventEnvelope::sequence, Collectors.toList())));

        assertThat(events).hasSize(1200 * Seed.EVENTS_PER_SCHOOL);
        sequences.values().forEach(stream -> assertThat(stream).isEqualTo(LongStream.range(0, stream.size()).boxed().toList()));
    }

    @Test
    void givesEachSchoolAStreamOfItsOwnInSchoolService() {
        List<EventEnvelope> events = Seed.mixed(2, Instant.now()).stream()
                .filter(event -> event.source().equals(Seed.SCHOOL_SERVICE)).toList();

        assertThat(events).hasSize(2 * Seed.SCHOOL_EVENTS_PER_SCHOOL).allMatch(e -> e.aggregateId().equals(e.schoolUrn()));
        assertThat(events.stream().filter(e -> e.schoolUrn().equals(events.get(0).schoolUrn())))
                .extracting(e -> e.payload().getClass().getSimpleName()).containsExactly("SchoolOnboarded",
                        "PlacementContactAdded", "PlacementContactChanged", "PlacementContactChanged", "PlacementContactChanged",
                        "PlacementContactChanged");
    }
}
