package uk.gov.education.placements.placement.query;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import uk.gov.education.placements.events.PlacementDetails;

/** The placement table's columns for a placement's details: written and read in this one place. */
final class PlacementDetailsColumns {

    /** The columns in the order of {@link #bind} (named parameters of the same names). */
    static final String NAMES = "phase, subject, additional_subjects, year_group, mentors, academic_year, terms";
    static final String PARAMETERS = ":phase, :subject, :additionalSubjects, :yearGroup, :mentors, :academicYear, :terms";
    static final String ASSIGNMENTS = "phase = :phase, subject = :subject, additional_subjects = :additionalSubjects,"
            + " year_group = :yearGroup, mentors = :mentors, academic_year = :academicYear, terms = :terms";

    private PlacementDetailsColumns() {
    }

    static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, PlacementDetails details) {
        return statement
                .param("phase", details.phase())
                .param("subject", details.subject())
                .param("additionalSubjects", array(details.additionalSubjects()))
                .param("yearGroup", details.yearGroup())
                .param("mentors", array(details.mentors()))
                .param("academicYear", details.academicYear())
                .param("terms", array(details.terms()));
    }

    static PlacementDetails read(ResultSet rs) throws SQLException {
        return new PlacementDetails(rs.getString("phase"), rs.getString("subject"), list(rs.getArray("additional_subjects")),
                rs.getString("year_group"), list(rs.getArray("mentors")), rs.getString("academic_year"),
                list(rs.getArray("terms")));
    }

    private static String[] array(List<String> values) {
        return values.toArray(String[]::new);
    }

    private static List<String> list(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
