package uk.gov.education.placements.providerview.query;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class SchoolReadModelRepository {

    private final JdbcTemplate jdbc;

    public SchoolReadModelRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<SchoolReadModel> find(SchoolUrn urn) {
        return jdbc.query("SELECT urn, name, contact_first_name, contact_last_name, contact_email, version"
                        + " FROM school_view WHERE urn = ?", (rs, row) -> ReadModelRows.school(rs), urn.value())
                .stream().findFirst()
                .map(school -> new SchoolReadModel(school, jdbc.queryForList(
                        "SELECT provider_code FROM partnership_view WHERE school_urn = ? ORDER BY provider_code",
                        String.class, urn.value())));
    }
}
