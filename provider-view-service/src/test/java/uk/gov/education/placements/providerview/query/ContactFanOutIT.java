package uk.gov.education.placements.providerview.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import uk.gov.education.placements.events.EventEnvelope;
import uk.gov.education.placements.providerview.ProviderViewIT;
import uk.gov.education.placements.providerview.TestEvents;
import uk.gov.education.placements.providerview.TestEvents.Placement;
import uk.gov.education.placements.providerview.TestEvents.School;

class ContactFanOutIT extends ProviderViewIT {

    private static final int PLACEMENTS = 500;

    @Test
    void aContactChangeReachesEveryOneOfFiveHundredPlacementsOfTheSchool() {
        String subject = "Fan-out " + UUID.randomUUID();
        School school = TestEvents.school(TestEvents.anyUrn());
        List<EventEnvelope> events = new ArrayList<>(List.of(school.onboarded("Big School"),
                school.contactAdded("Ada", "Lovelace", "ada@big.sch.uk")));
        List<Placement> placements = new ArrayList<>();
        for (int i = 0; i < PLACEMENTS; i++) {
            Placement placement = TestEvents.placement(school.urn);
            placements.add(placement);
            events.add(placement.created(TestEvents.primaryDetails(subject, "year_2")));
        }
        publisher.publish(events);
        awaitJson("/placements?size=1&subject=" + subject, body -> body.get("totalItems").asInt() == PLACEMENTS);
        assertThat(emailsOfAllPlacements(subject)).hasSize(PLACEMENTS).containsOnly("ada@big.sch.uk");

        long changedAt = System.nanoTime();
        publisher.publish(school.contactChanged("Bea", null, "bea@big.sch.uk"));

        awaitJson("/placements/" + placements.get(PLACEMENTS - 1).id,
                body -> body.get("placementContact").get("email").asText().equals("bea@big.sch.uk"));
        long visibleAfterMillis = (System.nanoTime() - changedAt) / 1_000_000;
        // One school row changed, so every placement shows the new contact at the same moment.
        assertThat(emailsOfAllPlacements(subject)).hasSize(PLACEMENTS).containsOnly("bea@big.sch.uk");
        JsonNode first = awaitJson("/placements/" + placements.get(0).id, body -> true);
        assertThat(first.get("placementContact").get("firstName").asText()).isEqualTo("Bea");
        assertThat(first.get("placementContact").get("lastName").isNull()).isTrue();
        System.out.printf("Contact change visible on all %d placements after %d ms%n", PLACEMENTS, visibleAfterMillis);
    }

    private List<String> emailsOfAllPlacements(String subject) {
        List<String> emails = new ArrayList<>();
        for (int page = 0; page < PLACEMENTS / 100; page++) {
            JsonNode body = json(get("/placements?size=100&page=" + page + "&subject=" + subject));
            body.get("items").forEach(item -> emails.add(item.get("placementContact").get("email").asText()));
        }
        return emails;
    }
}
