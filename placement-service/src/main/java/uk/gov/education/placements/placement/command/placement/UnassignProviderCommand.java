package uk.gov.education.placements.placement.command.placement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record UnassignProviderCommand(@TargetAggregateIdentifier PlacementId placementId) {
}
