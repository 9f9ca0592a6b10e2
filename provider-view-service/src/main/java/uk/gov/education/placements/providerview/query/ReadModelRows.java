package uk.gov.education.placements.providerview.query;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import uk.gov.education.placements.events.PlacementDetails;

/**
 * Maps read-model rows to their records. A placement's detail columns are named, read and bound
 * here only, for the writer and the readers alike: a new detail is one line in each of
 * {@link #DETAIL_COLUMNS}, {@link #details} and {@link #bindDetails}.
 */
public final class ReadModelRows {

    /** The placement_view columns of {@link PlacementDetails}, in the order {@link #bindDetails} binds them. */
    public static final List<String> DETAIL_COLUMNS = List.of(
            "phase", "subject", "additional_subjects", "year_group", "mentors", "academic_year", "terms");

    public static final String PLACEMENT_COLUMNS = "id, school_urn, " + detailColumns("") + ", provider_code, version";

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
        return new PlacementView(rs.getObject("id", UUID.class), rs.getString("school_urn"), details(rs),
                rs.getString("provider_code"), rs.getLong("version"));
    }

    /** The detail columns, each prefixed with {@code prefix} (a table alias and its dot, or nothing). */
    public static String detailColumns(String prefix) {
        return DETAIL_COLUMNS.stream().map(column -> prefix + column).collect(Collectors.joining(", "));
    }

    static PlacementDetails details(ResultSet rs) throws SQLException {
        return new PlacementDetails(
                rs.getString("phase"),
                rs.getString("subject"),
                strings(rs.getArray("additional_subjects")),
                rs.getString("year_group"),
                strings(rs.getArray("mentors")),
                rs.getString("academic_year"),
                strings(rs.getArray("terms")));
    }

    /** Binds the details to {@link #DETAIL_COLUMNS}' parameters from index {@code first}; answers the next index. */
    public static int bindDetails(PreparedStatement statement, int first, PlacementDetails details) throws SQLException {
        int index = first;
        statement.setString(index++, details.phase());
        statement.setString(index++, details.subject());
        statement.setArray(index++, textArray(statement.getConnection(), details.additionalSubjects()));
        statement.setString(index++, details.yearGroup());
        statement.setArray(index++, textArray(statement.getConnection(), details.mentors()));
        statement.setString(index++, details.academicYear());
        statement.setArray(index++, textArray(statement.getConnection(), details.terms()));
        return index;
    }

    /** A text[] parameter: the writer's and the binder's one way to pass a list. */
    public static Array textArray(Connection connection, Collection<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray());
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
