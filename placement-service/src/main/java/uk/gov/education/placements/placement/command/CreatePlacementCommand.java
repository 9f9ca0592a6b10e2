package uk.gov.education.placements.placement.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CreatePlacementCommand(@TargetAggregateIdentifier PlacementId placementId, SchoolUrn schoolUrn,
                                     PlacementForm form) {
}
