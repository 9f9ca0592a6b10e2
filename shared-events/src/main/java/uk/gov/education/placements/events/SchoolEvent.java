package uk.gov.education.placements.events;

/** An event of the School aggregate, whose identifier is the school's URN. */
public sealed interface SchoolEvent extends DomainEvent permits SchoolOnboarded, PlacementContactEvent {

    @Override
    default String aggregateId() {
        return schoolUrn();
    }
}
