package uk.gov.education.placements.providerview;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import uk.gov.education.placements.events.DomainEvent;
import uk.gov.education.placements.events.EventEnvelope;
import uk.gov.education.placements.events.PartnershipCreated;
import uk.gov.education.placements.events.PartnershipEnded;
import uk.gov.education.placements.events.PlacementContactAdded;
import uk.gov.education.placements.events.PlacementContactChanged;
import uk.gov.education.placements.events.PlacementCreated;
import uk.gov.education.placements.events.PlacementDeleted;
import uk.gov.education.placements.events.PlacementDetails;
import uk.gov.education.placements.events.PlacementProviderAssigned;
import uk.gov.education.placements.events.PlacementProviderUnassigned;
import uk.gov.education.placements.events.PlacementUpdated;
import uk.gov.education.placements.events.SchoolOnboarded;

/**
 * Events as the write services publish them, each aggregate numbering its own events from 0:
 * the School aggregate (id = URN) of school-service; Placement aggregates (id = placement id) and
 * Partnership aggregates (id = {@code <urn>:<providerCode>}) of placement-service.
 */
public final class TestEvents {

    public static final String SCHOOL_SERVICE = "school-service";
    public static final String PLACEMENT_SERVICE = "placement-service";

    private static final AtomicInteger URNS = new AtomicInteger(ThreadLocalRandom.current().nextInt(1_000_000, 8_000_000));
    private static final AtomicLong CLOCK = new AtomicLong(Instant.parse("2025-09-01T08:00:00Z").getEpochSecond());

    private TestEvents() {
    }

    /** A URN no other test of this JVM uses. */
    public static String anyUrn() {
        return Integer.toString(URNS.getAndIncrement());
    }

    /** Any provider code: a scenario's placements are told apart by their own subject and schools, not by it. */
    public static String anyProviderCode() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            code.append(alphabet.charAt(java.util.concurrent.ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return code.toString();
    }

    public static School school(String urn) {
        return new School(urn);
    }

    public static Placement placement(String urn) {
        return new Placement(UUID.randomUUID(), urn);
    }

    /** Any aggregate's stream, for events no fixture below covers. */
    public static Stream stream(String source, String aggregateId) {
        return new Stream(source, aggregateId) {
        };
    }

    public static Partnerships partnerships(String urn) {
        return new Partnerships(urn);
    }

    public static PlacementDetails primaryDetails(String subject, String yearGroup) {
        return new PlacementDetails("primary", subject, List.of(), yearGroup, List.of("Ms Mentor"), "2025/26",
                List.of("autumn"));
    }

    public static PlacementDetails secondaryDetails(String subject, List<String> additionalSubjects) {
        return new PlacementDetails("secondary", subject, additionalSubjects, null, List.of(), "2025/26", List.of());
    }

    private static Instant nextTime() {
        return Instant.ofEpochSecond(CLOCK.getAndIncrement());
    }

    /** One aggregate's stream: each event gets the next sequence number. */
    public abstract static class Stream {
        private final String source;
        private final String aggregateId;
        private long sequence;

        Stream(String source, String aggregateId) {
            this.source = source;
            this.aggregateId = aggregateId;
        }

        public EventEnvelope next(DomainEvent payload) {
            return at(nextTime(), payload);
        }

        public EventEnvelope at(Instant time, DomainEvent payload) {
            return new EventEnvelope(UUID.randomUUID().toString(), source, time, aggregateId, sequence++, payload);
        }

        public long nextSequence() {
            return sequence;
        }
    }

    public static final class School extends Stream {
        public final String urn;

        School(String urn) {
            super(SCHOOL_SERVICE, urn);
            this.urn = urn;
        }

        public EventEnvelope onboarded(String name) {
            return next(new SchoolOnboarded(urn, name));
        }

        public EventEnvelope contactAdded(String firstName, String lastName, String email) {
            return next(new PlacementContactAdded(urn, firstName, lastName, email));
        }

        public EventEnvelope contactChanged(String firstName, String lastName, String email) {
            return next(new PlacementContactChanged(urn, firstName, lastName, email));
        }
    }

    public static final class Placement extends Stream {
        public final UUID id;
        public final String urn;

        Placement(UUID id, String urn) {
            super(PLACEMENT_SERVICE, id.toString());
            this.id = id;
            this.urn = urn;
        }

        public EventEnvelope created(PlacementDetails details) {
            return next(new PlacementCreated(id, urn, details));
        }

        public EventEnvelope updated(PlacementDetails details) {
            return next(new PlacementUpdated(id, urn, details));
        }

        public EventEnvelope assigned(String providerCode) {
            return next(new PlacementProviderAssigned(id, urn, providerCode));
        }

        public EventEnvelope unassigned(String providerCode) {
            return next(new PlacementProviderUnassigned(id, urn, providerCode));
        }

        public EventEnvelope deleted() {
            return next(new PlacementDeleted(id, urn));
        }
    }

    /** The partnerships of one school: placement-service keeps one aggregate per pair, {@code <urn>:<providerCode>}. */
    public static final class Partnerships {
        public final String urn;
        private final Map<String, Stream> pairs = new HashMap<>();

        Partnerships(String urn) {
            this.urn = urn;
        }

        public EventEnvelope created(String providerCode) {
            return pair(providerCode).next(new PartnershipCreated(urn, providerCode));
        }

        public EventEnvelope ended(String providerCode) {
            return pair(providerCode).next(new PartnershipEnded(urn, providerCode));
        }

        private Stream pair(String providerCode) {
            return pairs.computeIfAbsent(providerCode, code -> stream(PLACEMENT_SERVICE, urn + ":" + code));
        }
    }
}
