package uk.gov.education.placements.providerview.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Placements as providers read them. The school's name and contact are joined at read time: a
 * contact change is then one row, seen by every placement of the school at the same instant, and
 * the join is by primary key, so reads stay cheap.
 */
@Repository
public class PlacementReadModelRepository {

    private static final String SELECT = "SELECT p.id, p.school_urn, " + ReadModelRows.detailColumns("p.")
            + ", p.provider_code, p.version,"
            + " s.name AS school_name, s.contact_first_name, s.contact_last_name, s.contact_email"
            + " FROM placement_view p LEFT JOIN school_view s ON s.urn = p.school_urn";

    private static final RowMapper<PlacementReadModel> ROW = (rs, row) -> new PlacementReadModel(
            ReadModelRows.placement(rs), rs.getString("school_name"), ReadModelRows.contact(rs));

    private final JdbcTemplate jdbc;

    public PlacementReadModelRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PlacementReadModel> find(UUID id) {
        return jdbc.query(SELECT + " WHERE p.id = ?", ROW, id).stream().findFirst();
    }

    /** One page, ordered by school URN then placement id: stable while placements come and go elsewhere. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Page<PlacementReadModel> search(PlacementSearch search, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE true");
        List<Object> arguments = new ArrayList<>();
        if (search.subject() != null) {
            where.append(" AND (lower(p.subject) = lower(?)"
                    + " OR EXISTS (SELECT 1 FROM unnest(p.additional_subjects) a WHERE lower(a) = lower(?)))");
            arguments.add(search.subject());
            arguments.add(search.subject());
        }
        if (search.yearGroup() != null) {
            where.append(" AND p.year_group = ?");
            arguments.add(search.yearGroup());
        }
        if (search.status() != null) {
            switch (search.status()) {
                case AVAILABLE -> where.append(" AND p.provider_code IS NULL");
                case ASSIGNED, ASSIGNED_TO_YOU -> {
                    if (search.providerCode() == null) {
                        where.append(" AND p.provider_code IS NOT NULL");
                    } else {
                        where.append(" AND p.provider_code = ?");
                        arguments.add(search.providerCode().value());
                    }
                }
            }
        }
        if (search.partnerOf() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM partnership_view ps"
                    + " WHERE ps.school_urn = p.school_urn AND ps.provider_code = ?)");
            arguments.add(search.partnerOf().value());
        }
        Long total = jdbc.queryForObject("SELECT count(*) FROM placement_view p" + where, Long.class,
                arguments.toArray());
        List<Object> pageArguments = new ArrayList<>(arguments);
        pageArguments.add(size);
        pageArguments.add((long) page * size);
        List<PlacementReadModel> items = jdbc.query(SELECT + where + " ORDER BY p.school_urn, p.id LIMIT ? OFFSET ?",
                ROW, pageArguments.toArray());
        return new Page<>(items, page, size, total == null ? 0 : total);
    }
}
