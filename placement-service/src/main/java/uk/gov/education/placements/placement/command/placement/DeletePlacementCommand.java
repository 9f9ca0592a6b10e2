package uk.gov.education.placements.placement.command.placement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeletePlacementCommand(@TargetAggregateIdentifier PlacementId placementId) {
}
