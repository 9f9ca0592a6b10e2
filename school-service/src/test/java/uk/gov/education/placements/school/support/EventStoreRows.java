package uk.gov.education.placements.school.support;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/** What the event store holds for a school: the proof that a refused request changed nothing. */
public final class EventStoreRows {

    private final JdbcClient jdbc;

    public EventStoreRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<String> eventTypes(String urn) {
        return jdbc.sql("SELECT payloadType FROM DomainEventEntry WHERE aggregateIdentifier = :urn ORDER BY sequenceNumber")
                .param("urn", urn)
                .query(String.class)
                .list();
    }

    public int count(String urn) {
        return eventTypes(urn).size();
    }
}
