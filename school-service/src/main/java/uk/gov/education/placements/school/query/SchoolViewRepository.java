package uk.gov.education.placements.school.query;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads school-service's own view tables (written only by {@link SchoolViewProjection}). */
@Repository
public class SchoolViewRepository {

    private final JdbcClient jdbc;

    public SchoolViewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<SchoolView> find(String urn) {
        return jdbc.sql("""
                        SELECT urn, name, version, contact_first_name, contact_last_name, contact_email
                        FROM school_view WHERE urn = :urn""")
                .param("urn", urn)
                .query((rs, row) -> new SchoolView(
                        rs.getString("urn"),
                        rs.getString("name"),
                        rs.getLong("version"),
                        rs.getString("contact_email") == null ? null : new ContactView(
                                rs.getString("contact_first_name"),
                                rs.getString("contact_last_name"),
                                rs.getString("contact_email"))))
                .optional();
    }

    /** Oldest first. */
    public List<ContactVersion> contactHistory(String urn) {
        return jdbc.sql("""
                        SELECT version, change, changed_at, changed_by, first_name, last_name, email
                        FROM placement_contact_history WHERE urn = :urn ORDER BY version""")
                .param("urn", urn)
                .query((rs, row) -> new ContactVersion(
                        rs.getLong("version"),
                        rs.getString("change"),
                        rs.getTimestamp("changed_at").toInstant(),
                        rs.getString("changed_by"),
                        new ContactView(rs.getString("first_name"), rs.getString("last_name"), rs.getString("email"))))
                .list();
    }
}
