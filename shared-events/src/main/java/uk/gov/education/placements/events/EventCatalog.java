package uk.gov.education.placements.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every event this system publishes, at its current revision. A consumer that meets a type
 * or revision missing here treats the record as one it cannot process (dead letter), rather
 * than guessing.
 */
public final class EventCatalog {

    private static final List<EventType> ALL = List.of(
            EventType.of(SchoolOnboarded.class),
            EventType.of(PlacementContactAdded.class),
            EventType.of(PlacementContactChanged.class),
            EventType.of(PlacementCreated.class),
            EventType.of(PlacementUpdated.class),
            EventType.of(PlacementProviderAssigned.class),
            EventType.of(PlacementProviderUnassigned.class),
            EventType.of(PlacementDeleted.class),
            EventType.of(PartnershipCreated.class),
            EventType.of(PartnershipEnded.class));

    private static final Map<String, EventType> BY_CLOUD_EVENT_TYPE = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(EventType::cloudEventType, Function.identity()));

    private static final Map<Class<?>, EventType> BY_CLASS = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(EventType::javaType, Function.identity()));

    private EventCatalog() {
    }

    public static List<EventType> all() {
        return ALL;
    }

    public static Optional<EventType> byCloudEventType(String cloudEventType) {
        return Optional.ofNullable(BY_CLOUD_EVENT_TYPE.get(cloudEventType));
    }

    public static EventType of(Class<?> javaType) {
        EventType type = BY_CLASS.get(javaType);
        if (type == null) {
            throw new IllegalArgumentException(javaType.getName() + " is not an event of the catalog");
        }
        return type;
    }
}
