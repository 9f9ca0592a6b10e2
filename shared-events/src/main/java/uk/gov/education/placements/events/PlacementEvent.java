package uk.gov.education.placements.events;

import java.util.UUID;

/** An event of one Placement aggregate, whose identifier is the placement's id. */
public sealed interface PlacementEvent extends DomainEvent
        permits PlacementCreated, PlacementUpdated, PlacementProviderAssigned, PlacementProviderUnassigned,
        PlacementDeleted {

    UUID placementId();

    @Override
    default String aggregateId() {
        return placementId().toString();
    }
}
