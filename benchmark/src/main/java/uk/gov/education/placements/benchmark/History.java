package uk.gov.education.placements.benchmark;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import uk.gov.education.placements.events.DomainEvent;
import uk.gov.education.placements.events.EventEnvelope;
import uk.gov.education.placements.events.PartnershipCreated;
import uk.gov.education.placements.events.PlacementContactAdded;
import uk.gov.education.placements.events.PlacementContactChanged;
import uk.gov.education.placements.events.PlacementCreated;
import uk.gov.education.placements.events.PlacementDetails;
import uk.gov.education.placements.events.PlacementProviderAssigned;
import uk.gov.education.placements.events.PlacementUpdated;
import uk.gov.education.placements.events.SchoolOnboarded;

/**
 * Synthetic but well-formed histories, as the write services would have produced them: each
 * aggregate's events in its own order, with its own sequence numbers from 0, and the CloudEvents
 * source of the service that owns it.
 */
final class History {

    static final String SCHOOL_SERVICE = "school-service";
    static final String PLACEMENT_SERVICE = "placement-service";
    /** Events per school in {@link #mixed}. */
    static final int EVENTS_PER_SCHOOL = 12;
    private static final int BLOCK = 1000;

    private History() {
    }

    /**
     * School-service's own stream for each school: onboarded, contact added, then changed
     * {@code changes} times.
     */
    static List<EventEnvelope> schoolStreams(List<String> urns, int changes, Instant start) {
        List<EventEnvelope> events = new ArrayList<>();
        long tick = 0;
        for (String urn : urns) {
            events.add(school(urn, 0, new SchoolOnboarded(urn, "Bench School " + urn), start.plusMillis(tick++)));
            events.add(school(urn, 1, new PlacementContactAdded(urn, "Mary", "Jackson", Schools.uniqueEmail()),
                    start.plusMillis(tick++)));
            for (int c = 0; c < changes; c++) {
                events.add(school(urn, 2 + c, new PlacementContactChanged(urn, "Mary", "Jackson", Schools.uniqueEmail()),
                        start.plusMillis(tick++)));
            }
        }
        return events;
    }

    /**
     * A provider view's history of {@value #EVENTS_PER_SCHOOL} events per school, from both
     * write services: the school onboarded with a contact changed four times; a partnership; two
     * placements, both updated once and one assigned to the partner provider. Schools are
     * interleaved a thousand at a time (every school's first event, then every school's second,
     * ...), as concurrent activity would interleave them, so a replay batch touches many rows.
     */
    static List<EventEnvelope> mixed(int schools, Instant start) {
        List<EventEnvelope> events = new ArrayList<>(schools * EVENTS_PER_SCHOOL);
        long tick = 0;
        for (int blockStart = 0; blockStart < schools; blockStart += BLOCK) {
            int blockSize = Math.min(BLOCK, schools - blockStart);
            List<String> urns = Urns.next(blockSize);
            List<UUID[]> placements = new ArrayList<>();
            for (int i = 0; i < blockSize; i++) {
                placements.add(new UUID[] {UUID.randomUUID(), UUID.randomUUID()});
            }
            for (int slot = 0; slot < EVENTS_PER_SCHOOL; slot++) {
                for (int i = 0; i < blockSize; i++) {
                    events.add(mixedEvent(slot, urns.get(i), placements.get(i), start.plusMillis(tick++)));
                }
            }
        }
        return events;
    }

    private static EventEnvelope mixedEvent(int slot, String urn, UUID[] placement, Instant time) {
        String provider = "1TZ";
        String partnership = urn + ":" + provider;
        return switch (slot) {
            case 0 -> school(urn, 0, new SchoolOnboarded(urn, "Bench School " + urn), time);
            case 1 -> school(urn, 1, new PlacementContactAdded(urn, "Mary", "Jackson", Schools.uniqueEmail()), time);
            case 2 -> placement(partnership, 0, new PartnershipCreated(urn, provider), time);
            case 3 -> placement(placement[0].toString(), 0, new PlacementCreated(placement[0], urn, details("mathematics")), time);
            case 4 -> placement(placement[1].toString(), 0, new PlacementCreated(placement[1], urn, details("english")), time);
            case 5 -> school(urn, 2, new PlacementContactChanged(urn, "Mary", "Jackson", Schools.uniqueEmail()), time);
            case 6 -> placement(placement[0].toString(), 1, new PlacementUpdated(placement[0], urn, details("physics")), time);
            case 7 -> placement(placement[0].toString(), 2, new PlacementProviderAssigned(placement[0], urn, provider), time);
            case 8 -> school(urn, 3, new PlacementContactChanged(urn, "Mary", "Jackson", Schools.uniqueEmail()), time);
            case 9 -> placement(placement[1].toString(), 1, new PlacementUpdated(placement[1], urn, details("history")), time);
            case 10 -> school(urn, 4, new PlacementContactChanged(urn, "Mary", "Jackson", Schools.uniqueEmail()), time);
            case 11 -> school(urn, 5, new PlacementContactChanged(urn, "Mary", "Jackson", Schools.uniqueEmail()), time);
            default -> throw new IllegalArgumentException("slot " + slot);
        };
    }

    private static PlacementDetails details(String subject) {
        return new PlacementDetails("secondary", subject, List.of(), null, List.of("Ms Mentor"), "2025/26",
                List.of("autumn", "spring"));
    }

    private static EventEnvelope school(String urn, long sequence, DomainEvent event, Instant time) {
        return new EventEnvelope(UUID.randomUUID().toString(), SCHOOL_SERVICE, time, urn, sequence, event);
    }

    private static EventEnvelope placement(String aggregate, long sequence, DomainEvent event, Instant time) {
        return new EventEnvelope(UUID.randomUUID().toString(), PLACEMENT_SERVICE, time, aggregate, sequence, event);
    }
}
