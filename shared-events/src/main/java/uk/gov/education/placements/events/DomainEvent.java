package uk.gov.education.placements.events;

/**
 * Every event of this system belongs to one school: its URN is the Kafka record key and the
 * CloudEvent subject, so all events of a school stay in order on one partition.
 */
public interface DomainEvent {

    String schoolUrn();
}
