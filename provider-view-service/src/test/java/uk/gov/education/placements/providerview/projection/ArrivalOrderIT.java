package uk.gov.education.placements.providerview.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import uk.gov.education.placements.events.CloudEvents;
import uk.gov.education.placements.events.EventEnvelope;
import uk.gov.education.placements.events.Topics;
import uk.gov.education.placements.providerview.ProviderViewIT;
import uk.gov.education.placements.providerview.TestEvents;
import uk.gov.education.placements.providerview.TestEvents.Placement;
import uk.gov.education.placements.providerview.TestEvents.School;

class ArrivalOrderIT extends ProviderViewIT {

    @Test
    void aPlacementArrivingBeforeItsSchoolAndContactShowsThemOnceTheyArrive() {
        School school = TestEvents.school(TestEvents.anyUrn());
        Placement placement = TestEvents.placement(school.urn);
        publisher.publish(placement.created(TestEvents.primaryDetails("Primary", "year_1")));
        JsonNode early = awaitJson("/placements/" + placement.id, body -> true);
        assertThat(early.get("placementContact").isNull()).isTrue();
        assertThat(early.get("school").get("name").isNull()).isTrue();

        publisher.publish(school.onboarded("Late School"), school.contactAdded("Ada", null, "ada@late.sch.uk"));

        JsonNode late = awaitJson("/placements/" + placement.id, body -> !body.get("placementContact").isNull());
        assertThat(withoutIds(late)).isEqualTo(expectedView(school.urn, "Late School", "ada@late.sch.uk"));
    }

    @Test
    void aPlacementArrivingAfterItsSchoolAndContactShowsThemAtOnce() {
        School school = TestEvents.school(TestEvents.anyUrn());
        Placement placement = TestEvents.placement(school.urn);
        publisher.publish(school.onboarded("Early School"), school.contactAdded("Ada", null, "ada@early.sch.uk"));
        awaitJson("/schools/" + school.urn, body -> !body.get("placementContact").isNull());

        publisher.publish(placement.created(TestEvents.primaryDetails("Primary", "year_1")));

        JsonNode body = awaitJson("/placements/" + placement.id, b -> true);
        assertThat(withoutIds(body)).isEqualTo(expectedView(school.urn, "Early School", "ada@early.sch.uk"));
    }

    @Test
    void aRedeliveredEventIsStoredAndAppliedOnce() {
        School school = TestEvents.school(TestEvents.anyUrn());
        EventEnvelope onboarded = school.onboarded("Twice School");
        EventEnvelope added = school.contactAdded("Ada", null, "ada@twice.sch.uk");
        EventEnvelope changed = school.contactChanged("Bea", null, "bea@twice.sch.uk");
        publisher.publish(onboarded, added, changed);
        awaitJson("/schools/" + school.urn, body -> body.path("placementContact").path("firstName").asText().equals("Bea"));

        // The same records again (same ce_id), and the older contact re-published under a new id.
        publisher.publish(onboarded, added, changed);
        publisher.publish(new EventEnvelope("republished-" + added.id(), added.source(), added.time(),
                added.aggregateId(), added.sequence(), added.payload()));
        EventEnvelope marker = school.contactChanged("Cy", null, "cy@twice.sch.uk");
        publisher.publish(marker);

        awaitJson("/schools/" + school.urn, body -> body.path("placementContact").path("firstName").asText().equals("Cy"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_history WHERE subject = ?", Long.class, school.urn))
                .as("each ce_id stored once; the re-published copy is stored but changes nothing").isEqualTo(5);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_history WHERE event_id = ?", Long.class, changed.id()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT last_sequence FROM applied_sequence WHERE source = ? AND aggregate_id = ?",
                Long.class, TestEvents.SCHOOL_SERVICE, school.urn)).isEqualTo(marker.sequence());
    }

    @Test
    void aContactEventDeliveredAfterALaterOneIsAppliedInItsPlaceAndTheLaterOneStillWins() {
        School school = TestEvents.school(TestEvents.anyUrn());
        EventEnvelope onboarded = school.onboarded("Order School");
        EventEnvelope added = school.contactAdded("Ada", null, "ada@order.sch.uk");
        EventEnvelope changed = school.contactChanged("Bea", null, "bea@order.sch.uk");
        publisher.publish(onboarded, changed);
        await().atMost(PATIENCE).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM held_event h JOIN event_history e ON e.position = h.position WHERE e.event_id = ?",
                Long.class, changed.id()) == 1);
        assertThat(json(get("/schools/" + school.urn)).get("placementContact").isNull())
                .as("the change waits for the add before it").isTrue();

        publisher.publish(new ProducerRecord<>(Topics.SCHOOL_EVENTS, school.urn, CloudEvents.toCloudEvent(added)));

        awaitJson("/schools/" + school.urn, body -> body.path("placementContact").path("firstName").asText().equals("Bea"));
        assertThat(jdbc.queryForObject("SELECT last_sequence FROM applied_sequence WHERE source = ? AND aggregate_id = ?",
                Long.class, TestEvents.SCHOOL_SERVICE, school.urn)).isEqualTo(changed.sequence());
    }

    private static JsonNode withoutIds(JsonNode placement) {
        ObjectNode copy = placement.deepCopy();
        copy.remove("id");
        return copy;
    }

    private static JsonNode expectedView(String urn, String schoolName, String email) {
        ObjectNode expected = JSON.createObjectNode();
        ObjectNode contact = expected.putObject("placementContact");
        contact.put("firstName", "Ada");
        contact.putNull("lastName");
        contact.put("email", email);
        expected.put("status", "available");
        ObjectNode school = expected.putObject("school");
        school.put("urn", urn);
        school.put("name", schoolName);
        expected.put("phase", "primary");
        expected.put("subject", "Primary");
        expected.putArray("additionalSubjects");
        expected.put("yearGroup", "year_1");
        expected.putArray("mentors").add("Ms Mentor");
        expected.put("academicYear", "2025/26");
        expected.putArray("terms").add("autumn");
        return expected;
    }
}
