package uk.gov.education.placements.school.query;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.gov.education.placements.events.PlacementContactAdded;
import uk.gov.education.placements.events.PlacementContactChanged;
import uk.gov.education.placements.events.PlacementContactEvent;
import uk.gov.education.placements.events.SchoolOnboarded;
import uk.gov.education.placements.support.security.IssuedByAutoConfiguration;

/**
 * Keeps {@code school_view} and {@code placement_contact_history}. It runs in the "school-view"
 * subscribing processor, inside the command's transaction, so a failure here rolls the command
 * back (see SchoolViewConfiguration) and the view never lags the event store.
 *
 * <p>Each write is guarded by the aggregate sequence number, so applying an event twice changes
 * nothing; times come from the events, never from the clock. Who made a change comes from the
 * event's metadata (the user id of the command's caller), and is null for events stored without it.
 */
@Component
@ProcessingGroup(SchoolViewProjection.PROCESSING_GROUP)
public class SchoolViewProjection {

    public static final String PROCESSING_GROUP = "school-view";

    private final JdbcClient jdbc;

    public SchoolViewProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(SchoolOnboarded event, @SequenceNumber long version, @Timestamp Instant at) {
        jdbc.sql("""
                        INSERT INTO school_view (urn, name, version, onboarded_at)
                        VALUES (:urn, :name, :version, :at)
                        ON CONFLICT (urn) DO NOTHING""")
                .param("urn", event.schoolUrn())
                .param("name", event.name())
                .param("version", version)
                .param("at", java.sql.Timestamp.from(at))
                .update();
    }

    @EventHandler
    void on(PlacementContactAdded event, @SequenceNumber long version, @Timestamp Instant at,
            @MetaDataValue(IssuedByAutoConfiguration.USER_ID) String userId) {
        apply(event, "added", version, at, userId);
    }

    @EventHandler
    void on(PlacementContactChanged event, @SequenceNumber long version, @Timestamp Instant at,
            @MetaDataValue(IssuedByAutoConfiguration.USER_ID) String userId) {
        apply(event, "changed", version, at, userId);
    }

    private void apply(PlacementContactEvent event, String change, long version, Instant at, String userId) {
        java.sql.Timestamp when = java.sql.Timestamp.from(at);
        jdbc.sql("""
                        UPDATE school_view
                        SET contact_first_name = :firstName, contact_last_name = :lastName, contact_email = :email,
                            contact_changed_at = :at, version = :version
                        WHERE urn = :urn AND version < :version""")
                .param("urn", event.schoolUrn())
                .param("firstName", event.firstName())
                .param("lastName", event.lastName())
                .param("email", event.email())
                .param("at", when)
                .param("version", version)
                .update();
        jdbc.sql("""
                        INSERT INTO placement_contact_history (urn, version, change, first_name, last_name, email, changed_at, changed_by)
                        VALUES (:urn, :version, :change, :firstName, :lastName, :email, :at, :userId)
                        ON CONFLICT (urn, version) DO NOTHING""")
                .param("urn", event.schoolUrn())
                .param("version", version)
                .param("change", change)
                .param("firstName", event.firstName())
                .param("lastName", event.lastName())
                .param("email", event.email())
                .param("at", when)
                .param("userId", userId)
                .update();
    }
}
