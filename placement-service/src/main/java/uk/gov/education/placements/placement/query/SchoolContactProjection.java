package uk.gov.education.placements.placement.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import uk.gov.education.placements.events.SchoolEvent;
import uk.gov.education.placements.placement.command.SchoolUrn;
import uk.gov.education.placements.support.consumer.AggregateLocks;
import uk.gov.education.placements.support.consumer.ConsumedEvent;
import uk.gov.education.placements.support.consumer.EventBatchProjection;
import uk.gov.education.placements.support.consumer.InSequence;
import uk.gov.education.placements.placement.readyourwrites.SchoolVersions;

/**
 * Applies school-service's events from Kafka to {@link SchoolContactStateRepository}, a batch per
 * transaction, then wakes the requests waiting for those school versions. Every School event
 * moves the version; only contact events (which carry the whole contact) turn "has a contact" on.
 *
 * <p>Each school's events are applied in sequence with no gap ({@link InSequence}): one that
 * arrives before an earlier one waits for it in {@code held_school_event}, so the version this
 * service reports never claims an event it has not seen.
 */
@Component
public class SchoolContactProjection implements EventBatchProjection {

    private static final Logger log = LoggerFactory.getLogger(SchoolContactProjection.class);

    private final JdbcTemplate jdbc;
    private final SchoolContactStateRepository states;
    private final SchoolVersions versions;

    public SchoolContactProjection(JdbcTemplate jdbc, SchoolContactStateRepository states, SchoolVersions versions) {
        this.jdbc = jdbc;
        this.states = states;
        this.versions = versions;
    }

    @Override
    @Transactional
    public void project(List<ConsumedEvent> events) {
        Map<String, List<SchoolEventFact>> bySchool = new LinkedHashMap<>();
        for (ConsumedEvent event : events) {
            if (!(event.envelope().payload() instanceof SchoolEvent)) {
                throw new IllegalArgumentException(event.envelope().type().cloudEventType() + " " + event.envelope().id()
                        + " is not an event of the School aggregate: it does not belong on " + event.topic());
            }
            bySchool.computeIfAbsent(event.envelope().schoolUrn(), urn -> new ArrayList<>())
                    .add(SchoolEventFact.of(event.envelope()));
        }
        AggregateLocks.lock(jdbc, bySchool.keySet());
        Map<String, SchoolContactStateRepository.State> current = states.load(bySchool.keySet());
        Map<String, List<SchoolEventFact>> held = states.held(bySchool.keySet());

        List<SchoolContactStateRepository.State> changed = new ArrayList<>();
        List<SchoolEventFact> toHold = new ArrayList<>();
        List<String> released = new ArrayList<>();
        Map<String, Long> reached = new HashMap<>();
        bySchool.forEach((urn, arrived) -> {
            SchoolContactStateRepository.State state = current.getOrDefault(urn, SchoolContactStateRepository.State.unseen(urn));
            List<SchoolEventFact> wereHeld = held.getOrDefault(urn, List.of());
            List<SchoolEventFact> candidates = new ArrayList<>(wereHeld);
            candidates.addAll(arrived);
            InSequence.Plan<SchoolEventFact> plan = InSequence.plan(state.appliedSequence(), candidates,
                    SchoolEventFact::sequence);
            for (SchoolEventFact event : plan.apply()) {
                state = state.after(event);
            }
            if (!plan.apply().isEmpty()) {
                changed.add(state);
                reached.put(urn, state.appliedSequence());
            }
            Set<String> stillHeld = new HashSet<>();
            plan.hold().forEach(event -> stillHeld.add(event.eventId()));
            Set<String> heldBefore = new HashSet<>();
            wereHeld.forEach(event -> heldBefore.add(event.eventId()));
            wereHeld.stream().map(SchoolEventFact::eventId).filter(id -> !stillHeld.contains(id)).forEach(released::add);
            plan.hold().stream().filter(event -> !heldBefore.contains(event.eventId())).forEach(toHold::add);
            if (!plan.hold().isEmpty() && plan.hold().size() > wereHeld.size()) {
                log.warn("Holding {} event(s) of school {}: sequence {} arrived but {} is missing; they wait for it",
                        plan.hold().size(), urn, plan.hold().get(0).sequence(), plan.missing());
            }
        });
        states.save(changed);
        states.hold(toHold);
        states.release(released);
        // Waiting requests may read the new versions only once they are committed.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                reached.forEach((urn, version) -> versions.advanced(new SchoolUrn(urn), version));
            }
        });
    }
}
