package uk.gov.education.placements.placement.query;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.education.placements.placement.command.Placements.anyUrn;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.gov.education.placements.placement.command.SchoolUrn;
import uk.gov.education.placements.placement.it.RealPlacementService;

@RealPlacementService
class SchoolContactStatesIT {

    private static final Instant AT = Instant.parse("2026-01-15T10:00:00Z");

    @Autowired
    SchoolContactStates states;

    @Test
    void aSchoolItHasNotHeardOfHasNoContactAndNoVersion() {
        SchoolUrn school = anyUrn();
        assertThat(states.hasPlacementContact(school)).isFalse();
        assertThat(states.version(school)).isEqualTo(SchoolContactStates.UNSEEN);
    }

    @Test
    void appliesEachSchoolVersionOnce() {
        SchoolUrn school = anyUrn();
        assertThat(states.apply(school, 0, false, AT)).isTrue();
        assertThat(states.apply(school, 1, true, AT)).isTrue();

        assertThat(states.apply(school, 1, true, AT)).as("redelivered").isFalse();
        assertThat(states.apply(school, 0, false, AT)).as("older").isFalse();

        assertThat(states.version(school)).isEqualTo(1);
        assertThat(states.hasPlacementContact(school)).isTrue();
    }

    @Test
    void aContactOnceSeenStaysEvenWhenLaterEventsCarryNone() {
        SchoolUrn school = anyUrn();
        states.apply(school, 1, true, AT);
        states.apply(school, 2, false, AT);

        assertThat(states.hasPlacementContact(school)).isTrue();
        assertThat(states.version(school)).isEqualTo(2);
    }

    @Test
    void readsTheVersionsOfSeveralSchoolsAtOnce() {
        SchoolUrn first = anyUrn();
        SchoolUrn second = anyUrn();
        states.apply(first, 3, true, AT);
        states.apply(second, 0, false, AT);

        assertThat(states.versions(List.of(first.value(), second.value(), anyUrn().value())))
                .containsEntry(first.value(), 3L)
                .containsEntry(second.value(), 0L)
                .hasSize(2);
    }
}
