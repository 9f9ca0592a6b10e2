package uk.gov.education.placements.placement.query;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.gov.education.placements.placement.command.SchoolUrn;

/**
 * A school's own placements, for the gateway's placements tab. Its own class (rather than a
 * method on {@link PlacementViewRepository}) only to stay out of the way of that class's refactoring; the
 * row mapping is the same and can be shared once that lands.
 */
@Repository
public class SchoolPlacements {

    private final JdbcClient jdbc;

    public SchoolPlacements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Oldest first, so a school's list keeps its order as placements are added. */
    public List<PlacementView> of(SchoolUrn school) {
        return jdbc.sql("SELECT * FROM placement WHERE school_urn = :urn ORDER BY created_at, placement_id")
                .param("urn", school.value())
                .query(SchoolPlacements::row)
                .list();
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
