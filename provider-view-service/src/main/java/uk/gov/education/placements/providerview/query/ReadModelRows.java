package uk.gov.education.placements.providerview.query;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import uk.gov.education.placements.events.PlacementDetails;

/** Maps read-model rows to their records. */
public final class ReadModelRows {

    public static final String PLACEMENT_COLUMNS = "id, school_urn, phase, subject, additional_subjects, year_group,"
            + " mentors, academic_year, terms, provider_code, version";

    private ReadModelRows() {
    }

    public static SchoolView school(ResultSet rs) throws SQLException {
        return new SchoolView(rs.getString("urn"), rs.getString("name"), contact(rs), rs.getLong("version"));
    }

    /** The school's contact from the columns of a row that has them, or null when it has none. */
    public static PlacementContact contact(ResultSet rs) throws SQLException {
        String email = rs.getString("contact_email");
        return email == null ? null
                : new PlacementContact(rs.getString("contact_first_name"), rs.getString("contact_last_name"), email);
    }

    public static PlacementView placement(ResultSet rs) throws SQLException {
        PlacementDetails details = new PlacementDetails(
                rs.getString("phase"),
                rs.getString("subject"),
                strings(rs.getArray("additional_subjects")),
                rs.getString("year_group"),
                strings(rs.getArray("mentors")),
                rs.getString("academic_year"),
                strings(rs.getArray("terms")));
        return new PlacementView(rs.getObject("id", UUID.class), rs.getString("school_urn"), details,
                rs.getString("provider_code"), rs.getLong("version"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
