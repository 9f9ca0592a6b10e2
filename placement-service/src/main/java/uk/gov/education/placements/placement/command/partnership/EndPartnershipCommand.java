package uk.gov.education.placements.placement.command.partnership;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record EndPartnershipCommand(@TargetAggregateIdentifier PartnershipId partnershipId) {
}
