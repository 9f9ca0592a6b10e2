package uk.gov.education.placements.placement.query;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.gov.education.placements.placement.command.PlacementContacts;
import uk.gov.education.placements.placement.command.SchoolUrn;

/**
 * Per school: whether it has a placement contact, and the newest School event applied (its
 * sequence number, which is the school version school-service hands out as its ETag).
 */
@Repository
public class SchoolContactStates implements PlacementContacts {

    /** The version of a school this service has seen nothing of: below the first event's sequence number 0. */
    public static final long UNSEEN = -1;

    private final JdbcClient jdbc;

    public SchoolContactStates(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    /**
     * Applies one School event in a single statement (so state and sequence number change
     * together): only if it is newer than what was applied, and "has a contact" only ever turns
     * on. A redelivered or older event changes nothing.
     *
     * @return whether the event was applied
     */
    boolean apply(SchoolUrn school, long sequence, boolean carriesContact, Instant at) {
        return jdbc.sql("""
                        INSERT INTO school_contact_state (school_urn, has_contact, applied_sequence, updated_at)
                        VALUES (:urn, :contact, :sequence, :at)
                        ON CONFLICT (school_urn) DO UPDATE
                           SET has_contact = school_contact_state.has_contact OR EXCLUDED.has_contact,
                               applied_sequence = EXCLUDED.applied_sequence,
                               updated_at = EXCLUDED.updated_at
                         WHERE school_contact_state.applied_sequence < EXCLUDED.applied_sequence
                        """)
                .param("urn", school.value())
                .param("contact", carriesContact)
                .param("sequence", sequence)
                .param("at", Timestamp.from(at))
                .update() == 1;
    }
}
