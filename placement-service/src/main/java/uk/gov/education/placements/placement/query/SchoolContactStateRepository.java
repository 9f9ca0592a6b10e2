package uk.gov.education.placements.placement.query;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.gov.education.placements.placement.command.placement.PlacementContacts;
import uk.gov.education.placements.placement.command.SchoolUrn;
import uk.gov.education.placements.support.consumer.HeldEvents;

/**
 * Per school: whether it has a placement contact, and the newest School event applied (its
 * sequence number, which is the school version school-service hands out as its ETag); and the
 * School events held behind a gap in that sequence.
 */
@Repository
public class SchoolContactStateRepository implements PlacementContacts, HeldEvents {

    /** The version of a school this service has seen nothing of: below the first event's sequence number 0. */
    public static final long UNSEEN = -1;

    private final JdbcClient jdbc;

    public SchoolContactStateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One school's row. "Has a contact" only ever turns on: a contact can never be removed. */
    record State(String schoolUrn, boolean hasContact, long appliedSequence, Instant updatedAt) {

        static State unseen(String schoolUrn) {
            return new State(schoolUrn, false, UNSEEN, null);
        }

        State after(SchoolEventFact event) {
            return new State(schoolUrn, hasContact || event.carriesContact(), event.sequence(), event.time());
        }
    }

    @Override
    public boolean hasPlacementContact(SchoolUrn school) {
        return jdbc.sql("SELECT has_contact FROM school_contact_state WHERE school_urn = :urn")
                .param("urn", school.value())
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    public long version(SchoolUrn school) {
        return jdbc.sql("SELECT applied_sequence FROM school_contact_state WHERE school_urn = :urn")
                .param("urn", school.value())
                .query(Long.class)
                .optional()
                .orElse(UNSEEN);
    }

    public Map<String, Long> versions(Collection<String> schools) {
        Map<String, Long> versions = new HashMap<>();
        if (schools.isEmpty()) {
            return versions;
        }
        jdbc.sql("SELECT school_urn, applied_sequence FROM school_contact_state WHERE school_urn = ANY (:urns)")
                .param("urns", schools.toArray(String[]::new))
                .query(rs -> {
                    versions.put(rs.getString("school_urn"), rs.getLong("applied_sequence"));
                });
        return versions;
    }

    Map<String, State> load(Collection<String> schools) {
        Map<String, State> states = new HashMap<>();
        jdbc.sql("SELECT school_urn, has_contact, applied_sequence, updated_at FROM school_contact_state"
                        + " WHERE school_urn = ANY (:urns)")
                .param("urns", schools.toArray(String[]::new))
                .query(rs -> {
                    states.put(rs.getString("school_urn"), new State(rs.getString("school_urn"),
                            rs.getBoolean("has_contact"), rs.getLong("applied_sequence"),
                            rs.getTimestamp("updated_at").toInstant()));
                });
        return states;
    }

    /** The schools' held events, in the order they arrived. */
    Map<String, List<SchoolEventFact>> held(Collection<String> schools) {
        Map<String, List<SchoolEventFact>> held = new HashMap<>();
        jdbc.sql("SELECT event_id, school_urn, sequence, carries_contact, event_time FROM held_school_event"
                        + " WHERE school_urn = ANY (:urns) ORDER BY held_since, event_id")
                .param("urns", schools.toArray(String[]::new))
                .query(rs -> {
                    SchoolEventFact event = new SchoolEventFact(rs.getString("event_id"), rs.getString("school_urn"),
                            rs.getLong("sequence"), rs.getBoolean("carries_contact"),
                            rs.getTimestamp("event_time").toInstant());
                    held.computeIfAbsent(event.schoolUrn(), urn -> new ArrayList<>()).add(event);
                });
        return held;
    }

    void save(List<State> states) {
        for (State state : states) {
            jdbc.sql("""
                            INSERT INTO school_contact_state (school_urn, has_contact, applied_sequence, updated_at)
                            VALUES (:urn, :contact, :sequence, :at)
                            ON CONFLICT (school_urn) DO UPDATE
                               SET has_contact = EXCLUDED.has_contact,
                                   applied_sequence = EXCLUDED.applied_sequence,
                                   updated_at = EXCLUDED.updated_at
                            """)
                    .param("urn", state.schoolUrn())
                    .param("contact", state.hasContact())
                    .param("sequence", state.appliedSequence())
                    .param("at", Timestamp.from(state.updatedAt()))
                    .update();
        }
    }

    void hold(List<SchoolEventFact> events) {
        for (SchoolEventFact event : events) {
            jdbc.sql("""
                            INSERT INTO held_school_event (event_id, school_urn, sequence, carries_contact, event_time)
                            VALUES (:id, :urn, :sequence, :contact, :at) ON CONFLICT (event_id) DO NOTHING
                            """)
                    .param("id", event.eventId())
                    .param("urn", event.schoolUrn())
                    .param("sequence", event.sequence())
                    .param("contact", event.carriesContact())
                    .param("at", Timestamp.from(event.time()))
                    .update();
        }
    }

    void release(List<String> eventIds) {
        if (!eventIds.isEmpty()) {
            jdbc.sql("DELETE FROM held_school_event WHERE event_id = ANY (:ids)")
                    .param("ids", eventIds.toArray(String[]::new))
                    .update();
        }
    }

    @Override
    public Summary summary(int limit) {
        List<Gap> gaps = jdbc.sql("""
                        SELECT h.school_urn, coalesce(max(s.applied_sequence), -1) + 1 AS missing, count(*) AS held,
                               min(h.held_since) AS since
                          FROM held_school_event h LEFT JOIN school_contact_state s ON s.school_urn = h.school_urn
                         GROUP BY h.school_urn ORDER BY min(h.held_since) LIMIT :limit
                        """)
                .param("limit", limit)
                .query((rs, row) -> new Gap("school-service/" + rs.getString("school_urn"), rs.getLong("missing"),
                        rs.getLong("held"), rs.getTimestamp("since").toInstant()))
                .list();
        return jdbc.sql("SELECT count(*) AS events, count(DISTINCT school_urn) AS schools, min(held_since) AS oldest"
                        + " FROM held_school_event")
                .query((rs, row) -> {
                    Timestamp oldest = rs.getTimestamp("oldest");
                    return new Summary(rs.getLong("events"), rs.getLong("schools"),
                            oldest == null ? null : oldest.toInstant(), gaps);
                })
                .single();
    }
}
