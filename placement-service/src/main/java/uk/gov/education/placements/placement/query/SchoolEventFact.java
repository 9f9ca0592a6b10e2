package uk.gov.education.placements.placement.query;

import java.time.Instant;

import uk.gov.education.placements.events.EventEnvelope;
import uk.gov.education.placements.events.PlacementContactEvent;

/** What this service keeps of one School event: enough for the contact guard and the school version. */
record SchoolEventFact(String eventId, String schoolUrn, long sequence, boolean carriesContact, Instant time) {

    static SchoolEventFact of(EventEnvelope event) {
        return new SchoolEventFact(event.id(), event.schoolUrn(), event.sequence(),
                event.payload() instanceof PlacementContactEvent, event.time());
    }
}
