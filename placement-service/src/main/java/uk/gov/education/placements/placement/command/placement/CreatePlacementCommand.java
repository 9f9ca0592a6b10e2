package uk.gov.education.placements.placement.command.placement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.gov.education.placements.placement.command.SchoolUrn;

public record CreatePlacementCommand(@TargetAggregateIdentifier PlacementId placementId, SchoolUrn schoolUrn,
                                     PlacementForm form) {
}
