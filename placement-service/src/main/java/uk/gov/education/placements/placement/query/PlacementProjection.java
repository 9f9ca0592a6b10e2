package uk.gov.education.placements.placement.query;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.gov.education.placements.events.PartnershipCreated;
import uk.gov.education.placements.events.PartnershipEnded;
import uk.gov.education.placements.events.PlacementCreated;
import uk.gov.education.placements.events.PlacementDeleted;
import uk.gov.education.placements.events.PlacementDetails;
import uk.gov.education.placements.events.PlacementProviderAssigned;
import uk.gov.education.placements.events.PlacementProviderUnassigned;
import uk.gov.education.placements.events.PlacementUpdated;

/**
 * The placement and partnership tables, written by a subscribing processor: in the command's own
 * transaction, so a placement can be read back the moment its command returns, and the tables the
 * rules lock (partnership rows) are exactly as current as the events.
 */
@Component
@ProcessingGroup(PlacementProjection.PROCESSING_GROUP)
public class PlacementProjection {

    public static final String PROCESSING_GROUP = "placement-projection";

    private final JdbcClient jdbc;

    public PlacementProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PlacementCreated event, @SequenceNumber long sequence, @Timestamp Instant at) {
        JdbcClient.StatementSpec statement = jdbc.sql("INSERT INTO placement (placement_id, school_urn, "
                        + PlacementDetailsColumns.NAMES + ", provider_code, version, created_at, updated_at)"
                        + " VALUES (:id, :urn, " + PlacementDetailsColumns.PARAMETERS + ", NULL, :version, :at, :at)")
                .param("urn", event.schoolUrn());
        withDetails(statement, event.placementId(), event.details(), sequence, at).update();
    }

    @EventHandler
    void on(PlacementUpdated event, @SequenceNumber long sequence, @Timestamp Instant at) {
        JdbcClient.StatementSpec statement = jdbc.sql("UPDATE placement SET " + PlacementDetailsColumns.ASSIGNMENTS
                + ", version = :version, updated_at = :at WHERE placement_id = :id");
        withDetails(statement, event.placementId(), event.details(), sequence, at).update();
    }

    /** The columns a placement's details fill, the same for a new placement and an edited one. */
    private JdbcClient.StatementSpec withDetails(JdbcClient.StatementSpec statement, UUID id,
                                                 PlacementDetails details, long sequence, Instant at) {
        return PlacementDetailsColumns.bind(statement, details)
                .param("id", id)
                .param("version", sequence)
                .param("at", java.sql.Timestamp.from(at));
    }

    @EventHandler
    void on(PlacementProviderAssigned event, @SequenceNumber long sequence, @Timestamp Instant at) {
        setProvider(event.placementId(), event.providerCode(), sequence, at);
    }

    @EventHandler
    void on(PlacementProviderUnassigned event, @SequenceNumber long sequence, @Timestamp Instant at) {
        setProvider(event.placementId(), null, sequence, at);
    }

    @EventHandler
    void on(PlacementDeleted event) {
        jdbc.sql("DELETE FROM placement WHERE placement_id = :id").param("id", event.placementId()).update();
    }

    @EventHandler
    void on(PartnershipCreated event, @Timestamp Instant at) {
        jdbc.sql("""
                        INSERT INTO partnership (school_urn, provider_code, active, updated_at)
                        VALUES (:urn, :provider, TRUE, :at)
                        ON CONFLICT (school_urn, provider_code) DO UPDATE SET active = TRUE, updated_at = EXCLUDED.updated_at
                        """)
                .param("urn", event.schoolUrn())
                .param("provider", event.providerCode())
                .param("at", java.sql.Timestamp.from(at))
                .update();
    }

    @EventHandler
    void on(PartnershipEnded event, @Timestamp Instant at) {
        jdbc.sql("UPDATE partnership SET active = FALSE, updated_at = :at WHERE school_urn = :urn AND provider_code = :provider")
                .param("urn", event.schoolUrn())
                .param("provider", event.providerCode())
                .param("at", java.sql.Timestamp.from(at))
                .update();
    }

    private void setProvider(UUID placementId, String providerCode, long sequence, Instant at) {
        jdbc.sql("UPDATE placement SET provider_code = :provider, version = :version, updated_at = :at WHERE placement_id = :id")
                .param("id", placementId)
                .param("provider", providerCode)
                .param("version", sequence)
                .param("at", java.sql.Timestamp.from(at))
                .update();
    }
}
