package uk.gov.education.placements.placement.command.placement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record EditPlacementCommand(@TargetAggregateIdentifier PlacementId placementId, PlacementFormPatch patch) {
}
