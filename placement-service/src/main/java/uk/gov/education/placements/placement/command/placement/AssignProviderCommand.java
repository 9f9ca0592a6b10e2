package uk.gov.education.placements.placement.command.placement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.gov.education.placements.placement.command.ProviderCode;

public record AssignProviderCommand(@TargetAggregateIdentifier PlacementId placementId, ProviderCode providerCode) {
}
