package uk.gov.education.placements.events;

/**
 * Every event of this system belongs to one school: its URN is the Kafka record key and the
 * CloudEvent subject, so all events of a school stay in order on one partition. Each event also
 * belongs to one aggregate stream, whose sequence numbers consumers apply in order.
 */
public sealed interface DomainEvent permits SchoolEvent, PlacementEvent, PartnershipEvent {

    String schoolUrn();

    /** The identifier of the aggregate whose stream the event is part of, as the event store keeps it. */
    String aggregateId();
}
