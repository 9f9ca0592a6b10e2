package uk.gov.education.placements.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import uk.gov.education.placements.faults.Ledger.Effect;
import uk.gov.education.placements.faults.Ledger.Kind;
import uk.gov.education.placements.faults.Ledger.Outcome;
import uk.gov.education.placements.faults.Snapshot.StoredEvent;

class LedgerTest {

    private static final String EMAIL = "contact.1.200000@fault-suite.sch.uk";
    private final Ledger ledger = new Ledger();

    @Test
    void aCommandAnswered2xxWithExactlyOneEffectIsNoBreach() {
        ledger.record(Kind.CHANGE_CONTACT, "200000", EMAIL, Outcome.ACCEPTED, "200", "school-service-1", "baseline");

        assertThat(ledger.breaches(Map.of(change(EMAIL), 1))).isEmpty();
    }

    @Test
    void aCommandAnswered2xxThatNoStoreHasIsLost() {
        ledger.record(Kind.CHANGE_CONTACT, "200000", EMAIL, Outcome.ACCEPTED, "200", "school-service-1", "baseline");

        assertThat(ledger.breaches(Map.of())).singleElement().asString().contains("is in no event store");
    }

    @Test
    void aCommandStoredTwiceIsABreachWhateverItsAnswer() {
        ledger.record(Kind.CHANGE_CONTACT, "200000", EMAIL, Outcome.UNKNOWN, "0", "school-service-1", "baseline");

        assertThat(ledger.breaches(Map.of(change(EMAIL), 2))).singleElement().asString().contains("stored 2 times");
    }

    @Test
    void aCommandWithoutAClearAnswerMayOrMayNotHaveBeenStored() {
        ledger.record(Kind.CHANGE_CONTACT, "200000", EMAIL, Outcome.UNKNOWN, "503", "school-service-1", "baseline");

        assertThat(ledger.breaches(Map.of())).isEmpty();
        assertThat(ledger.breaches(Map.of(change(EMAIL), 1))).isEmpty();
    }

    @Test
    void aRefusedCommandWithAMarkerOfItsOwnMustLeaveNoEffect() {
        ledger.record(Kind.CHANGE_CONTACT, "200000", EMAIL, Outcome.REJECTED, "409", "school-service-1", "baseline");

        assertThat(ledger.breaches(Map.of(change(EMAIL), 1))).singleElement().asString().contains("was refused");
    }

    @Test
    void aRefusedOnboardingSaysNothingAboutTheSchoolsOneEvent() {
        ledger.record(Kind.ONBOARD, "200000", null, Outcome.REJECTED, "409", "school-service-1", "baseline");

        assertThat(ledger.breaches(Map.of(new Effect("SchoolOnboarded", "200000", ""), 1))).isEmpty();
    }

    @Test
    void storedEventsAreCountedByTheMarkerTheirCommandChose() {
        ObjectNode changed = JsonNodeFactory.instance.objectNode().put("schoolUrn", "200000").put("email", EMAIL);
        ObjectNode edited = JsonNodeFactory.instance.objectNode();
        edited.putObject("details").putArray("mentors").add("Mentor 7");

        Map<Effect, Integer> effects = Invariants.effects(List.of(
                new StoredEvent("school-service", "e1", "200000", 3, "PlacementContactChanged", changed),
                new StoredEvent("school-service", "e2", "200000", 4, "PlacementContactChanged", changed),
                new StoredEvent("placement-service", "e3", "p1", 1, "PlacementUpdated", edited)));

        assertThat(effects).containsEntry(change(EMAIL), 2)
                .containsEntry(new Effect("PlacementUpdated", "p1", "Mentor 7"), 1);
    }

    private static Effect change(String email) {
        return new Effect("PlacementContactChanged", "200000", email);
    }
}
