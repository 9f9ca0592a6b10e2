package uk.gov.education.placements.placement.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.gov.education.placements.placement.command.SchoolUrn;
import uk.gov.education.placements.placement.command.placement.PlacementId;

/** Reads the placement table. */
@Repository
public class PlacementViewRepository {

    private final JdbcClient jdbc;

    public PlacementViewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PlacementView> find(PlacementId id) {
        return jdbc.sql("SELECT * FROM placement WHERE placement_id = :id")
                .param("id", id.value())
                .query(PlacementViewRepository::row)
                .optional();
    }

    /** A school's own placements, oldest first, so its list keeps its order as placements are added. */
    public List<PlacementView> ofSchool(SchoolUrn school) {
        return jdbc.sql("SELECT * FROM placement WHERE school_urn = :urn ORDER BY created_at, placement_id")
                .param("urn", school.value())
                .query(PlacementViewRepository::row)
                .list();
    }

    private static PlacementView row(ResultSet rs, int rowNumber) throws SQLException {
        return new PlacementView(rs.getObject("placement_id", UUID.class), rs.getString("school_urn"),
                rs.getString("provider_code"), PlacementDetailsColumns.read(rs), rs.getLong("version"));
    }
}
