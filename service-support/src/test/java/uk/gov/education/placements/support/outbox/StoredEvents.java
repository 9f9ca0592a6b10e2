package uk.gov.education.placements.support.outbox;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

import uk.gov.education.placements.events.PlacementContactChanged;
import uk.gov.education.placements.events.SchoolOnboarded;

/** Appends school streams straight to the event store, as an aggregate would. */
final class StoredEvents {

    private StoredEvents() {
    }

    static List<DomainEventMessage<?>> appendSchool(EventStore eventStore, String urn, int contactChanges) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        events.add(new GenericDomainEventMessage<>("School", urn, 0, new SchoolOnboarded(urn, "School " + urn)));
        for (int i = 1; i <= contactChanges; i++) {
            events.add(new GenericDomainEventMessage<>("School", urn, i,
                    new PlacementContactChanged(urn, null, null, "contact" + i + "@example.com")));
        }
        eventStore.publish(events);
        return events;
    }
}
