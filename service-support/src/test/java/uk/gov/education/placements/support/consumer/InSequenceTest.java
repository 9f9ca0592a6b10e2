package uk.gov.education.placements.support.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class InSequenceTest {

    private record Event(String id, long sequence) {
    }

    @Test
    void appliesTheEventsThatContinueTheStreamInSequenceOrderWhateverTheirArrivalOrder() {
        var plan = InSequence.plan(1, List.of(new Event("d", 4), new Event("b", 2), new Event("c", 3)), Event::sequence);

        assertThat(plan.apply()).extracting(Event::id).containsExactly("b", "c", "d");
        assertThat(plan.hold()).isEmpty();
        assertThat(plan.lastApplied()).isEqualTo(4);
    }

    @Test
    void holdsEveryEventBehindAGapAndNamesTheMissingSequence() {
        var plan = InSequence.plan(0, List.of(new Event("a", 1), new Event("c", 3), new Event("d", 4)), Event::sequence);

        assertThat(plan.apply()).extracting(Event::id).containsExactly("a");
        assertThat(plan.hold()).extracting(Event::id).containsExactly("c", "d");
        assertThat(plan.missing()).isEqualTo(2);
    }

    @Test
    void aFirstEventThatIsNotTheStreamsFirstIsHeld() {
        var plan = InSequence.plan(-1, List.of(new Event("b", 1)), Event::sequence);

        assertThat(plan.apply()).isEmpty();
        assertThat(plan.hold()).extracting(Event::id).containsExactly("b");
        assertThat(plan.missing()).isZero();
    }

    @Test
    void anEventAtOrBelowTheLastAppliedIsADuplicateAndOfTwoWithOneSequenceTheFirstToArriveWins() {
        var plan = InSequence.plan(2, List.of(new Event("old", 1), new Event("first", 3), new Event("second", 3)),
                Event::sequence);

        assertThat(plan.apply()).extracting(Event::id).containsExactly("first");
        assertThat(plan.duplicates()).extracting(Event::id).containsExactly("old", "second");
    }

    @Test
    void aMissingEventReleasesEverythingHeldBehindIt() {
        List<Event> heldThenArrived = List.of(new Event("c", 3), new Event("d", 4), new Event("b", 2));

        var plan = InSequence.plan(1, heldThenArrived, Event::sequence);

        assertThat(plan.apply()).extracting(Event::id).containsExactly("b", "c", "d");
        assertThat(plan.hold()).isEmpty();
    }
}
