package uk.gov.education.placements.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import uk.gov.education.placements.faults.Snapshot.ContactState;
import uk.gov.education.placements.faults.Snapshot.HistoryRow;
import uk.gov.education.placements.faults.Snapshot.SchoolRow;
import uk.gov.education.placements.faults.Snapshot.StoredEvent;

/** The invariants judged over snapshots made by hand: each breach they exist to catch is caught. */
class InvariantsTest {

    private static final String URN = "200000";
    private static final String EMAIL = "contact.1.200000@fault-suite.sch.uk";
    private static final DeadLetters.Contents NO_DEAD_LETTERS = new DeadLetters.Contents(Map.of(), List.of());

    @Test
    void aSchoolWhoseEventsReachedEveryoneInSequenceHoldsEveryInvariant() {
        assertThat(Invariants.judge(consistentSchool(), NO_DEAD_LETTERS, new Ledger()).breaches()).isEmpty();
    }

    @Test
    void aStoredEventMissingFromTheHistoryIsLost() {
        Snapshot snapshot = consistentSchool();
        snapshot.history.remove(1);

        Invariants.Verdict verdict = Invariants.judge(snapshot, NO_DEAD_LETTERS, new Ledger());

        assertThat(verdict.lost()).isEqualTo(1);
        assertThat(verdict.breaches()).anyMatch(b -> b.contains("not in provider-view's history"));
    }

    @Test
    void anEventInTheHistoryThatNoStoreHasIsABreach() {
        Snapshot snapshot = consistentSchool();
        snapshot.history.add(new HistoryRow("poison-1", Poison.SCHOOL_SERVICE, "990001", 0));

        assertThat(Invariants.judge(snapshot, NO_DEAD_LETTERS, new Ledger()).breaches())
                .anyMatch(b -> b.contains("which no event store has"));
    }

    @Test
    void anAggregateAppliedShortOfItsLastEventIsABreach() {
        Snapshot snapshot = consistentSchool();
        snapshot.applied.put(Poison.SCHOOL_SERVICE + "/" + URN, 0L);

        assertThat(Invariants.judge(snapshot, NO_DEAD_LETTERS, new Ledger()).breaches())
                .anyMatch(b -> b.contains("provider-view applied up to 0, the store has up to 1"));
    }

    @Test
    void anEventHeldBehindAGapAfterTheDrainIsABreach() {
        Snapshot snapshot = consistentSchool();
        snapshot.heldInPlacementService = 1;

        assertThat(Invariants.judge(snapshot, NO_DEAD_LETTERS, new Ledger()).breaches())
                .anyMatch(b -> b.contains("placement-service still holds 1"));
    }

    @Test
    void aProviderViewShowingAnotherContactThanSchoolServiceIsABreach() {
        Snapshot snapshot = consistentSchool();
        snapshot.providerView.put(URN, new SchoolRow("Fault School", "Ada", null, "old@fault-suite.sch.uk", 1));

        assertThat(Invariants.judge(snapshot, NO_DEAD_LETTERS, new Ledger()).breaches())
                .anyMatch(b -> b.startsWith("school " + URN + ": school-service has"));
    }

    @Test
    void aPlacementServiceThatHasNotSeenTheContactIsABreach() {
        Snapshot snapshot = consistentSchool();
        snapshot.placementService.put(URN, new ContactState(false, 0));

        assertThat(Invariants.judge(snapshot, NO_DEAD_LETTERS, new Ledger()).breaches())
                .anyMatch(b -> b.contains("placement-service ContactState[hasContact=false"));
    }

    @Test
    void deadLettersThatAreNoInjectedPoisonAreABreach() {
        DeadLetters.Contents contents = new DeadLetters.Contents(
                Map.of("school-events.placement-service.dlt", Map.of("a record keyed 200000", 1)),
                List.of("school-events.placement-service.dlt holds a record keyed 200000, which is no injected poison"));

        assertThat(Invariants.judge(consistentSchool(), contents, new Ledger()).breaches())
                .contains("school-events.placement-service.dlt holds a record keyed 200000, which is no injected poison");
    }

    /** One school, onboarded and with a contact, as every service should show it. */
    private static Snapshot consistentSchool() {
        Snapshot snapshot = new Snapshot();
        ObjectNode onboarded = JsonNodeFactory.instance.objectNode().put("schoolUrn", URN).put("name", "Fault School");
        ObjectNode added = JsonNodeFactory.instance.objectNode().put("schoolUrn", URN).put("email", EMAIL);
        snapshot.stored.add(new StoredEvent(Poison.SCHOOL_SERVICE, "e0", URN, 0, "SchoolOnboarded", onboarded));
        snapshot.stored.add(new StoredEvent(Poison.SCHOOL_SERVICE, "e1", URN, 1, "PlacementContactAdded", added));
        snapshot.history.add(new HistoryRow("e0", Poison.SCHOOL_SERVICE, URN, 0));
        snapshot.history.add(new HistoryRow("e1", Poison.SCHOOL_SERVICE, URN, 1));
        snapshot.applied.put(Poison.SCHOOL_SERVICE + "/" + URN, 1L);
        SchoolRow school = new SchoolRow("Fault School", "Ada", null, EMAIL, 1);
        snapshot.schoolService.put(URN, school);
        snapshot.providerView.put(URN, school);
        snapshot.placementService.put(URN, new ContactState(true, 1));
        return snapshot;
    }
}
