package uk.gov.education.placements.placement.query;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import uk.gov.education.placements.events.EventEnvelope;
import uk.gov.education.placements.events.PlacementContactEvent;
import uk.gov.education.placements.placement.command.SchoolUrn;

/**
 * Applies school-service's events to {@link SchoolContactStates}, then wakes the requests waiting
 * for that school version. Every School event moves the version; only contact events (which carry
 * the whole contact) turn "has a contact" on.
 *
 * <p>Events of a school arrive in order (one partition per school), and one older than what was
 * applied is skipped. A gap (sequence 5 after 3) is applied rather than waited for: the guard
 * needs only "some contact event has been seen", which a later event answers as well as the
 * missing one, and a contact can never be removed by a missing event.
 */
@Component
public class SchoolContactProjection {

    private static final Logger log = LoggerFactory.getLogger(SchoolContactProjection.class);

    private final SchoolContactStates states;
    private final SchoolVersions versions;

    public SchoolContactProjection(SchoolContactStates states, SchoolVersions versions) {
        this.states = states;
        this.versions = versions;
    }

    public void apply(EventEnvelope event) {
        SchoolUrn school = new SchoolUrn(event.schoolUrn());
        boolean applied = states.apply(school, event.sequence(),
                event.payload() instanceof PlacementContactEvent, event.time());
        if (applied) {
            // The statement has committed (auto-commit): whoever reads the version now sees it.
            versions.advanced(school, event.sequence());
        } else {
            log.debug("Skipped {} {} of school {}: version {} already applied",
                    event.type().cloudEventType(), event.id(), school, event.sequence());
        }
    }
}
