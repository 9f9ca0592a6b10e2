package uk.gov.education.placements.events;

import java.util.Objects;

import org.axonframework.serialization.Revision;

/**
 * One event class at one revision. Its CloudEvents type is {@code <name>.v<revision>}, for
 * example {@code PlacementContactAdded.v1}: the name on the wire equals the class name.
 */
public record EventType(String name, String revision, Class<? extends DomainEvent> javaType) {

    public EventType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(javaType, "javaType");
    }

    static EventType of(Class<? extends DomainEvent> javaType) {
        Revision revision = javaType.getAnnotation(Revision.class);
        if (revision == null) {
            throw new IllegalStateException(javaType.getSimpleName() + " has no @Revision");
        }
        return new EventType(javaType.getSimpleName(), revision.value(), javaType);
    }

    public String cloudEventType() {
        return name + ".v" + revision;
    }
}
