package uk.gov.education.placements.placement.query;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

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

    private static PlacementView row(ResultSet rs, int rowNumber) throws SQLException {
        return new PlacementView(
                rs.getObject("placement_id", UUID.class),
                rs.getString("school_urn"),
                rs.getString("provider_code"),
                rs.getString("phase"),
                rs.getString("subject"),
                list(rs.getArray("additional_subjects")),
                rs.getString("year_group"),
                list(rs.getArray("mentors")),
                rs.getString("academic_year"),
                list(rs.getArray("terms")),
                rs.getLong("version"));
    }

    private static List<String> list(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
