package uk.gov.education.placements.providerview.history;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import uk.gov.education.placements.events.EventCatalog;
import uk.gov.education.placements.events.EventType;
import uk.gov.education.placements.events.PlacementContactEvent;
import uk.gov.education.placements.events.SchoolOnboarded;
import uk.gov.education.placements.providerview.projection.InMemoryReadModelState;
import uk.gov.education.placements.providerview.projection.ReadModelProjection;
import uk.gov.education.placements.providerview.query.SchoolUrn;
import uk.gov.education.placements.providerview.query.SchoolView;
import uk.gov.education.placements.support.consumer.InSequence;

/**
 * Schools as they were at an instant, folded from the history with the same projection that
 * builds the live read models. An event counts from its own time (the CloudEvent {@code time}:
 * when the school did it), not from when this service happened to consume it.
 */
@Component
public class SchoolHistory {

    private static final List<String> SCHOOL_TYPES = EventCatalog.all().stream()
            .filter(type -> type.javaType() == SchoolOnboarded.class
                    || PlacementContactEvent.class.isAssignableFrom(type.javaType()))
            .map(EventType::cloudEventType)
            .toList();

    private final EventHistoryRepository history;
    private final ReadModelProjection projection = new ReadModelProjection();

    public SchoolHistory(EventHistoryRepository history) {
        this.history = history;
    }

    /** Empty when the school had not been onboarded by then (as far as the history knows). */
    public Optional<SchoolAsOf> asOf(SchoolUrn urn, Instant asOf) {
        List<StoredEvent> events = history.schoolEventsUpTo(urn.value(), asOf, SCHOOL_TYPES);
        InMemoryReadModelState state = new InMemoryReadModelState();
        Instant lastChangedAt = null;
        // In sequence and up to the first gap, as the live read model applies them.
        for (StoredEvent event : InSequence.plan(-1, events, StoredEvent::aggregateSequence).apply()) {
            if (projection.apply(EventHistoryRepository.envelope(event), state)) {
                lastChangedAt = event.time();
            }
        }
        Instant changedAt = lastChangedAt;
        return state.school(urn.value())
                .filter(school -> school.name() != null)
                .map(school -> new SchoolAsOf(school, asOf, changedAt));
    }
}
