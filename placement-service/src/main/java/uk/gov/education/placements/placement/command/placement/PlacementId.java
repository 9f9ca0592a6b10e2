package uk.gov.education.placements.placement.command.placement;

import java.util.Objects;
import java.util.UUID;

/** A placement's id: a UUID, chosen by the client (so that a retried create is recognised) or by the service. */
public record PlacementId(UUID value) {

    public PlacementId {
        Objects.requireNonNull(value, "value");
    }

    public static PlacementId random() {
        return new PlacementId(UUID.randomUUID());
    }

    /** Axon stores the aggregate identifier as its toString(). */
    @Override
    public String toString() {
        return value.toString();
    }
}
