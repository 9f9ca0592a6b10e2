package uk.gov.education.placements.events;

/** An event of one Partnership aggregate: a school-provider pair, identified as {@code <urn>:<providerCode>}. */
public sealed interface PartnershipEvent extends DomainEvent permits PartnershipCreated, PartnershipEnded {

    String providerCode();

    @Override
    default String aggregateId() {
        return schoolUrn() + ":" + providerCode();
    }
}
