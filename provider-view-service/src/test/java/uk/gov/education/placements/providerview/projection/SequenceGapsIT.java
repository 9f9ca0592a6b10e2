package uk.gov.education.placements.providerview.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import uk.gov.education.placements.events.EventEnvelope;
import uk.gov.education.placements.providerview.ProviderViewIT;
import uk.gov.education.placements.providerview.TestEvents;
import uk.gov.education.placements.providerview.TestEvents.Placement;
import uk.gov.education.placements.providerview.TestEvents.School;

/**
 * An event that arrives after a later event of its aggregate (a late re-publication, a re-drive
 * from the dead-letter topic) is applied in its place: the later one waits for it, in plain sight
 * in the health details, and nothing is applied over the gap or lost.
 */
class SequenceGapsIT extends ProviderViewIT {

    @Test
    void anEventAfterAGapIsHeldUntilTheMissingEventArrivesAndThenBothApplyInSequence() {
        School school = TestEvents.school(TestEvents.anyUrn());
        Placement placement = TestEvents.placement(school.urn);
        EventEnvelope created = placement.created(TestEvents.primaryDetails("primary_with_english", "year_1"));
        EventEnvelope updated = placement.updated(TestEvents.primaryDetails("primary_with_mathematics", "year_4"));
        EventEnvelope assigned = placement.assigned("1TZ");
        publisher.publish(school.onboarded("Gap Primary"), school.contactAdded(null, null, "gap@primary.sch.uk"));

        publisher.publish(created, assigned);

        String path = "/placements/" + placement.id;
        JsonNode heldBack = awaitJson("/actuator/health/sequenceGaps", health -> health.path("details")
                .path("heldEvents").asLong() > 0 && gapOf(health, placement) != null);
        assertThat(gapOf(heldBack, placement).get("missing").asLong()).isEqualTo(1);
        JsonNode beforeTheGapFills = awaitJson(path, body -> true);
        assertThat(beforeTheGapFills.get("status").asText()).as("sequence 2 is not applied over the gap").isEqualTo("available");
        assertThat(beforeTheGapFills.get("subject").asText()).isEqualTo("primary_with_english");

        publisher.publish(updated);

        JsonNode repaired = awaitJson(path, body -> body.get("status").asText().equals("assigned"));
        assertThat(repaired.get("subject").asText()).as("sequence 1 is applied, not skipped").isEqualTo("primary_with_mathematics");
        assertThat(repaired.get("yearGroup").asText()).isEqualTo("year_4");
        assertThat(gapOf(awaitJson("/actuator/health/sequenceGaps", health -> gapOf(health, placement) == null), placement))
                .isNull();
        assertThat(jdbc.queryForObject("SELECT last_sequence FROM applied_sequence WHERE aggregate_id = ?", Long.class,
                placement.id.toString())).isEqualTo(2);
    }

    @Test
    void aSecondEventWithAnAppliedSequenceNumberLosesToTheFirstOne() {
        School school = TestEvents.school(TestEvents.anyUrn());
        EventEnvelope onboarded = school.onboarded("Twice Primary");
        EventEnvelope first = school.contactAdded("First", null, "first@twice.sch.uk");
        publisher.publish(onboarded, first);
        awaitJson("/schools/" + school.urn, body -> !body.get("placementContact").isNull());
        // Another event with sequence 1 (a conflicting write that lost): the first one to arrive stays.
        EventEnvelope conflicting = new EventEnvelope(java.util.UUID.randomUUID().toString(), first.source(), first.time(),
                first.aggregateId(), first.sequence(), new uk.gov.education.placements.events.PlacementContactChanged(
                        school.urn, "Second", null, "second@twice.sch.uk"));
        EventEnvelope next = school.contactChanged("Third", null, "third@twice.sch.uk");

        publisher.publish(List.of(onboarded, first, conflicting, next));

        JsonNode view = awaitJson("/schools/" + school.urn,
                body -> body.get("placementContact").get("email").asText().equals("third@twice.sch.uk"));
        assertThat(view.get("placementContact").get("firstName").asText()).isEqualTo("Third");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM held_event h JOIN event_history e ON e.position = h.position"
                + " WHERE e.subject = ?", Long.class, school.urn)).isZero();
    }

    private static JsonNode gapOf(JsonNode health, Placement placement) {
        for (JsonNode gap : health.path("details").path("gaps")) {
            if (gap.get("aggregate").asText().endsWith("/" + placement.id)) {
                return gap;
            }
        }
        return null;
    }
}
