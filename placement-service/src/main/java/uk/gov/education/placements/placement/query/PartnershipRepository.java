package uk.gov.education.placements.placement.query;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.gov.education.placements.placement.command.partnership.AssignedPlacements;
import uk.gov.education.placements.placement.command.placement.PartnerProviders;
import uk.gov.education.placements.placement.command.placement.PlacementId;
import uk.gov.education.placements.placement.command.ProviderCode;
import uk.gov.education.placements.placement.command.SchoolUrn;

/**
 * The partnership table, for the rules and for reading. Assigning a placement and ending its
 * partnership are commands on two different aggregates, so nothing in Axon orders them; both
 * rules lock the pair's partnership row ({@code FOR UPDATE}) in the command's transaction, which
 * makes the second wait for the first and then see its outcome.
 */
@Repository
public class PartnershipRepository implements PartnerProviders, AssignedPlacements {

    private final JdbcClient jdbc;

    public PartnershipRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isPartner(SchoolUrn school, ProviderCode provider) {
        return lockPair(school, provider);
    }

    @Override
    public List<PlacementId> assignedTo(SchoolUrn school, ProviderCode provider) {
        lockPair(school, provider);
        return jdbc.sql("""
                        SELECT placement_id FROM placement WHERE school_urn = :urn AND provider_code = :provider
                        ORDER BY placement_id
                        """)
                .param("urn", school.value())
                .param("provider", provider.value())
                .query((rs, n) -> new PlacementId(rs.getObject("placement_id", UUID.class)))
                .list();
    }

    public List<String> partnersOf(SchoolUrn school) {
        return jdbc.sql("SELECT provider_code FROM partnership WHERE school_urn = :urn AND active ORDER BY provider_code")
                .param("urn", school.value())
                .query(String.class)
                .list();
    }

    /** @return whether the pair is an active partnership; the row stays locked until the transaction ends */
    private boolean lockPair(SchoolUrn school, ProviderCode provider) {
        return jdbc.sql("SELECT active FROM partnership WHERE school_urn = :urn AND provider_code = :provider FOR UPDATE")
                .param("urn", school.value())
                .param("provider", provider.value())
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }
}
