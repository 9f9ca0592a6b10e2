package uk.gov.education.placements.providerview.query;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import uk.gov.education.placements.events.DomainEvent;
import uk.gov.education.placements.events.EventEnvelope;
import uk.gov.education.placements.events.PlacementContactEvent;
import uk.gov.education.placements.events.PlacementCreated;
import uk.gov.education.placements.events.PlacementDeleted;
import uk.gov.education.placements.events.PlacementDetails;
import uk.gov.education.placements.events.PlacementProviderAssigned;
import uk.gov.education.placements.events.PlacementProviderUnassigned;
import uk.gov.education.placements.events.PlacementUpdated;
import uk.gov.education.placements.events.SchoolOnboarded;

/**
 * Applies a batch of events to a set of read-model tables with a fixed number of statements,
 * whatever the batch size: it loads the rows the batch touches, runs the projection over them in
 * memory, and writes back only what changed. It joins the caller's transaction; the live consumer
 * and a replay differ only in the tables and the batch size.
 */
@Component
public class ReadModelWriter {

    private final JdbcTemplate jdbc;
    private final ReadModelProjection projection = new ReadModelProjection();

    public ReadModelWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return how many of the events changed something (the others were already applied) */
    public int apply(List<EventEnvelope> events, ReadModelTables tables) {
        if (events.isEmpty()) {
            return 0;
        }
        WorkingSet rows = load(events, tables);
        int applied = 0;
        for (EventEnvelope event : events) {
            if (projection.apply(event, rows)) {
                applied++;
            }
        }
        write(rows, tables);
        return applied;
    }

    private WorkingSet load(List<EventEnvelope> events, ReadModelTables tables) {
        Set<AggregateKey> aggregates = new HashSet<>();
        Set<String> schoolUrns = new HashSet<>();
        Set<UUID> placementIds = new HashSet<>();
        for (EventEnvelope event : events) {
            aggregates.add(AggregateKey.of(event));
            DomainEvent payload = event.payload();
            if (payload instanceof SchoolOnboarded || payload instanceof PlacementContactEvent) {
                schoolUrns.add(payload.schoolUrn());
            }
            placementId(payload).ifPresent(placementIds::add);
        }
        WorkingSet rows = new WorkingSet();
        loadSequences(aggregates, tables, rows);
        loadSchools(schoolUrns, tables, rows);
        loadPlacements(placementIds, tables, rows);
        return rows;
    }

    private static Optional<UUID> placementId(DomainEvent payload) {
        if (payload instanceof PlacementCreated e) {
            return Optional.of(e.placementId());
        } else if (payload instanceof PlacementUpdated e) {
            return Optional.of(e.placementId());
        } else if (payload instanceof PlacementProviderAssigned e) {
            return Optional.of(e.placementId());
        } else if (payload instanceof PlacementProviderUnassigned e) {
            return Optional.of(e.placementId());
        } else if (payload instanceof PlacementDeleted e) {
            return Optional.of(e.placementId());
        }
        return Optional.empty();
    }

    private void loadSequences(Set<AggregateKey> aggregates, ReadModelTables tables, WorkingSet rows) {
        List<String> sources = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        aggregates.forEach(key -> {
            sources.add(key.source());
            ids.add(key.aggregateId());
        });
        String sql = "SELECT a.source, a.aggregate_id, a.last_sequence FROM " + tables.appliedSequence() + " a"
                + " JOIN unnest(?::text[], ?::text[]) AS k(source, aggregate_id)"
                + " ON a.source = k.source AND a.aggregate_id = k.aggregate_id";
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            statement.setArray(1, textArray(connection, sources));
            statement.setArray(2, textArray(connection, ids));
            return statement;
        }, (ResultSet rs) -> {
            rows.sequences.put(new AggregateKey(rs.getString(1), rs.getString(2)), rs.getLong(3));
        });
    }

    private void loadSchools(Set<String> urns, ReadModelTables tables, WorkingSet rows) {
        if (urns.isEmpty()) {
            return;
        }
        String sql = "SELECT urn, name, contact_first_name, contact_last_name, contact_email, version FROM "
                + tables.school() + " WHERE urn = ANY (?::text[])";
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            statement.setArray(1, textArray(connection, urns));
            return statement;
        }, (ResultSet rs) -> {
            SchoolView school = ReadModelRows.school(rs);
            rows.loadedSchools.put(school.urn(), school);
        });
    }

    private void loadPlacements(Set<UUID> ids, ReadModelTables tables, WorkingSet rows) {
        if (ids.isEmpty()) {
            return;
        }
        String sql = "SELECT " + ReadModelRows.PLACEMENT_COLUMNS + " FROM " + tables.placement()
                + " WHERE id = ANY (?::uuid[])";
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            statement.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            return statement;
        }, (ResultSet rs) -> {
            PlacementView placement = ReadModelRows.placement(rs);
            rows.loadedPlacements.put(placement.id(), placement);
        });
    }

    private void write(WorkingSet rows, ReadModelTables tables) {
        writeSequences(rows.changedSequences, tables);
        writeSchools(rows.changedSchools.values(), tables);
        List<PlacementView> upserts = new ArrayList<>();
        List<UUID> deletes = new ArrayList<>();
        rows.changedPlacements.forEach((id, placement) -> {
            if (placement.isPresent()) {
                upserts.add(placement.get());
            } else {
                deletes.add(id);
            }
        });
        writePlacements(upserts, tables);
        deletePlacements(deletes, tables);
        writePartnerships(rows.changedPartnerships, tables);
    }

    private void writeSequences(Map<AggregateKey, Long> sequences, ReadModelTables tables) {
        if (sequences.isEmpty()) {
            return;
        }
        List<Map.Entry<AggregateKey, Long>> entries = new ArrayList<>(sequences.entrySet());
        jdbc.batchUpdate("INSERT INTO " + tables.appliedSequence() + " (source, aggregate_id, last_sequence)"
                        + " VALUES (?, ?, ?) ON CONFLICT (source, aggregate_id)"
                        + " DO UPDATE SET last_sequence = EXCLUDED.last_sequence",
                entries, entries.size(), (statement, entry) -> {
                    statement.setString(1, entry.getKey().source());
                    statement.setString(2, entry.getKey().aggregateId());
                    statement.setLong(3, entry.getValue());
                });
    }

    private void writeSchools(Collection<SchoolView> schools, ReadModelTables tables) {
        if (schools.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO " + tables.school()
                        + " (urn, name, contact_first_name, contact_last_name, contact_email, version)"
                        + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (urn) DO UPDATE SET name = EXCLUDED.name,"
                        + " contact_first_name = EXCLUDED.contact_first_name,"
                        + " contact_last_name = EXCLUDED.contact_last_name,"
                        + " contact_email = EXCLUDED.contact_email, version = EXCLUDED.version",
                new ArrayList<>(schools), schools.size(), (statement, school) -> {
                    PlacementContact contact = school.contact();
                    statement.setString(1, school.urn());
                    statement.setString(2, school.name());
                    statement.setString(3, contact == null ? null : contact.firstName());
                    statement.setString(4, contact == null ? null : contact.lastName());
                    statement.setString(5, contact == null ? null : contact.email());
                    statement.setLong(6, school.version());
                });
    }

    private void writePlacements(List<PlacementView> placements, ReadModelTables tables) {
        if (placements.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO " + tables.placement()
                        + " (id, school_urn, phase, subject, additional_subjects, year_group, mentors,"
                        + " academic_year, terms, provider_code, version)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                        + " school_urn = EXCLUDED.school_urn, phase = EXCLUDED.phase, subject = EXCLUDED.subject,"
                        + " additional_subjects = EXCLUDED.additional_subjects, year_group = EXCLUDED.year_group,"
                        + " mentors = EXCLUDED.mentors, academic_year = EXCLUDED.academic_year,"
                        + " terms = EXCLUDED.terms, provider_code = EXCLUDED.provider_code,"
                        + " version = EXCLUDED.version",
                placements, placements.size(), (statement, placement) -> {
                    Connection connection = statement.getConnection();
                    PlacementDetails details = placement.details();
                    statement.setObject(1, placement.id());
                    statement.setString(2, placement.schoolUrn());
                    statement.setString(3, details.phase());
                    statement.setString(4, details.subject());
                    statement.setArray(5, textArray(connection, details.additionalSubjects()));
                    statement.setString(6, details.yearGroup());
                    statement.setArray(7, textArray(connection, details.mentors()));
                    statement.setString(8, details.academicYear());
                    statement.setArray(9, textArray(connection, details.terms()));
                    statement.setString(10, placement.providerCode());
                    statement.setLong(11, placement.version());
                });
    }

    private void deletePlacements(List<UUID> ids, ReadModelTables tables) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(
                    "DELETE FROM " + tables.placement() + " WHERE id = ANY (?::uuid[])");
            statement.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            return statement;
        });
    }

    private void writePartnerships(Map<Partnership, Boolean> partnerships, ReadModelTables tables) {
        List<Partnership> added = new ArrayList<>();
        List<Partnership> ended = new ArrayList<>();
        partnerships.forEach((partnership, present) -> (present ? added : ended).add(partnership));
        if (!added.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO " + tables.partnership() + " (school_urn, provider_code) VALUES (?, ?)"
                            + " ON CONFLICT DO NOTHING", added, added.size(), (statement, partnership) -> {
                        statement.setString(1, partnership.schoolUrn());
                        statement.setString(2, partnership.providerCode());
                    });
        }
        if (!ended.isEmpty()) {
            jdbc.batchUpdate("DELETE FROM " + tables.partnership() + " WHERE school_urn = ? AND provider_code = ?",
                    ended, ended.size(), (statement, partnership) -> {
                        statement.setString(1, partnership.schoolUrn());
                        statement.setString(2, partnership.providerCode());
                    });
        }
    }

    private static Array textArray(Connection connection, Collection<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray());
    }

    /** The rows one batch reads, and the changes it makes to them, kept until the batch is written. */
    private static final class WorkingSet implements ReadModelState {
        final Map<AggregateKey, Long> sequences = new HashMap<>();
        final Map<AggregateKey, Long> changedSequences = new HashMap<>();
        final Map<String, SchoolView> loadedSchools = new HashMap<>();
        final Map<String, SchoolView> changedSchools = new LinkedHashMap<>();
        final Map<UUID, PlacementView> loadedPlacements = new HashMap<>();
        final Map<UUID, Optional<PlacementView>> changedPlacements = new LinkedHashMap<>();
        final Map<Partnership, Boolean> changedPartnerships = new LinkedHashMap<>();

        @Override
        public long lastSequence(AggregateKey aggregate) {
            return sequences.getOrDefault(aggregate, -1L);
        }

        @Override
        public void recordSequence(AggregateKey aggregate, long sequence) {
            sequences.put(aggregate, sequence);
            changedSequences.put(aggregate, sequence);
        }

        @Override
        public Optional<SchoolView> school(String urn) {
            SchoolView changed = changedSchools.get(urn);
            return Optional.ofNullable(changed != null ? changed : loadedSchools.get(urn));
        }

        @Override
        public void putSchool(SchoolView school) {
            changedSchools.put(school.urn(), school);
        }

        @Override
        public Optional<PlacementView> placement(UUID id) {
            Optional<PlacementView> changed = changedPlacements.get(id);
            return changed != null ? changed : Optional.ofNullable(loadedPlacements.get(id));
        }

        @Override
        public void putPlacement(PlacementView placement) {
            changedPlacements.put(placement.id(), Optional.of(placement));
        }

        @Override
        public void removePlacement(UUID id) {
            changedPlacements.put(id, Optional.empty());
        }

        @Override
        public void addPartnership(Partnership partnership) {
            changedPartnerships.put(partnership, true);
        }

        @Override
        public void removePartnership(Partnership partnership) {
            changedPartnerships.put(partnership, false);
        }
    }
}
