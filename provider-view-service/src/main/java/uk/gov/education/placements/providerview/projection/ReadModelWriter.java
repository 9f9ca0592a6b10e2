package uk.gov.education.placements.providerview.projection;

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
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import uk.gov.education.placements.events.DomainEvent;
import uk.gov.education.placements.events.PlacementEvent;
import uk.gov.education.placements.events.SchoolEvent;
import uk.gov.education.placements.providerview.history.EventHistoryRepository;
import uk.gov.education.placements.support.consumer.AggregateLocks;
import uk.gov.education.placements.support.consumer.InSequence;
import uk.gov.education.placements.providerview.query.SchoolView;
import uk.gov.education.placements.providerview.query.PlacementView;
import uk.gov.education.placements.providerview.query.Partnership;
import uk.gov.education.placements.providerview.query.ReadModelRows;
import uk.gov.education.placements.providerview.query.PlacementContact;

/**
 * Applies a batch of events to a set of read-model tables with a fixed number of statements,
 * whatever the batch size: it loads the rows the batch touches, runs the projection over them in
 * memory, and writes back only what changed. It joins the caller's transaction; the live consumer
 * and a replay differ only in the tables and the batch size.
 *
 * <p>Each aggregate's events are applied in sequence order with no gap ({@link InSequence}): an
 * event whose predecessor has not arrived is held (in the set's held-event table) and applied
 * as soon as the missing event comes, in whichever batch that is.
 */
@Component
public class ReadModelWriter {

    /** After the table's name: every placement column, written in one statement per batch. */
    private static final String UPSERT_PLACEMENT = " (" + ReadModelRows.PLACEMENT_COLUMNS + ")"
            + " VALUES (" + "?, ".repeat(ReadModelRows.DETAIL_COLUMNS.size() + 3) + "?)"
            + " ON CONFLICT (id) DO UPDATE SET school_urn = EXCLUDED.school_urn, "
            + ReadModelRows.DETAIL_COLUMNS.stream().map(column -> column + " = EXCLUDED." + column)
                    .collect(Collectors.joining(", "))
            + ", provider_code = EXCLUDED.provider_code, version = EXCLUDED.version";

    private static final Logger log = LoggerFactory.getLogger(ReadModelWriter.class);

    private final JdbcTemplate jdbc;
    private final EventHistoryRepository history;
    private final ReadModelProjection projection = new ReadModelProjection();

    public ReadModelWriter(JdbcTemplate jdbc, EventHistoryRepository history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    /** @return how many events changed the read models (held and duplicate ones did not) */
    public int apply(List<PositionedEvent> events, ReadModelTables tables) {
        if (events.isEmpty()) {
            return 0;
        }
        Map<AggregateKey, List<PositionedEvent>> byAggregate = new LinkedHashMap<>();
        for (PositionedEvent event : events) {
            byAggregate.computeIfAbsent(event.aggregate(), key -> new ArrayList<>()).add(event);
        }
        AggregateLocks.lock(jdbc, byAggregate.keySet().stream().map(AggregateKey::lockKey).toList());
        WorkingSet rows = new WorkingSet();
        loadSequences(byAggregate.keySet(), tables, rows);
        Map<AggregateKey, List<PositionedEvent>> held = history.held(tables.heldEvent(), byAggregate.keySet());

        List<PositionedEvent> toApply = new ArrayList<>();
        List<PositionedEvent> toHold = new ArrayList<>();
        List<Long> released = new ArrayList<>();
        byAggregate.forEach((aggregate, arrived) -> {
            List<PositionedEvent> wereHeld = held.getOrDefault(aggregate, List.of());
            List<PositionedEvent> candidates = new ArrayList<>(wereHeld);
            candidates.addAll(arrived);
            InSequence.Plan<PositionedEvent> plan =
                    InSequence.plan(rows.lastSequence(aggregate), candidates, PositionedEvent::sequence);
            toApply.addAll(plan.apply());
            Set<Long> stillHeld = new HashSet<>();
            plan.hold().forEach(event -> stillHeld.add(event.position()));
            wereHeld.stream().map(PositionedEvent::position).filter(p -> !stillHeld.contains(p)).forEach(released::add);
            Set<Long> heldBefore = new HashSet<>();
            wereHeld.forEach(event -> heldBefore.add(event.position()));
            plan.hold().stream().filter(event -> !heldBefore.contains(event.position())).forEach(toHold::add);
            report(aggregate, plan, wereHeld.size());
        });

        loadRows(toApply, tables, rows);
        int applied = 0;
        for (PositionedEvent event : toApply) {
            if (projection.apply(event.envelope(), rows)) {
                applied++;
            }
        }
        write(rows, tables);
        hold(toHold, tables);
        release(released, tables);
        return applied;
    }

    private static void report(AggregateKey aggregate, InSequence.Plan<PositionedEvent> plan, int heldBefore) {
        if (!plan.hold().isEmpty() && plan.hold().size() > heldBefore) {
            log.warn("Holding {} event(s) of {} {}: sequence {} arrived but {} is missing; they wait for it",
                    plan.hold().size(), aggregate.source(), aggregate.aggregateId(),
                    plan.hold().get(0).sequence(), plan.missing());
        } else if (heldBefore > 0 && plan.hold().size() < heldBefore) {
            log.info("Gap of {} {} filled: applied up to sequence {}, {} event(s) still held",
                    aggregate.source(), aggregate.aggregateId(), plan.lastApplied(), plan.hold().size());
        }
        plan.duplicates().forEach(duplicate -> log.debug("Skipped {} {} of {} {}: sequence {} already applied",
                duplicate.envelope().type().cloudEventType(), duplicate.envelope().id(), aggregate.source(),
                aggregate.aggregateId(), duplicate.sequence()));
    }

    private void loadRows(List<PositionedEvent> events, ReadModelTables tables, WorkingSet rows) {
        Set<String> schoolUrns = new HashSet<>();
        Set<UUID> placementIds = new HashSet<>();
        for (PositionedEvent event : events) {
            DomainEvent payload = event.envelope().payload();
            if (payload instanceof SchoolEvent school) {
                schoolUrns.add(school.schoolUrn());
            } else if (payload instanceof PlacementEvent placement) {
                placementIds.add(placement.placementId());
            }
        }
        loadSchools(schoolUrns, tables, rows);
        loadPlacements(placementIds, tables, rows);
    }

    private void hold(List<PositionedEvent> events, ReadModelTables tables) {
        if (events.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO " + tables.heldEvent() + " (position, source, aggregate_id, aggregate_sequence)"
                        + " VALUES (?, ?, ?, ?) ON CONFLICT (position) DO NOTHING",
                events, events.size(), (statement, event) -> {
                    statement.setLong(1, event.position());
                    statement.setString(2, event.aggregate().source());
                    statement.setString(3, event.aggregate().aggregateId());
                    statement.setLong(4, event.sequence());
                });
    }

    private void release(List<Long> positions, ReadModelTables tables) {
        if (positions.isEmpty()) {
            return;
        }
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(
                    "DELETE FROM " + tables.heldEvent() + " WHERE position = ANY (?::bigint[])");
            statement.setArray(1, connection.createArrayOf("bigint", positions.toArray()));
            return statement;
        });
    }

    private void loadSequences(Collection<AggregateKey> aggregates, ReadModelTables tables, WorkingSet rows) {
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
            statement.setArray(1, ReadModelRows.textArray(connection, sources));
            statement.setArray(2, ReadModelRows.textArray(connection, ids));
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
            statement.setArray(1, ReadModelRows.textArray(connection, urns));
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
        jdbc.batchUpdate("INSERT INTO " + tables.placement() + UPSERT_PLACEMENT,
                placements, placements.size(), (statement, placement) -> {
                    statement.setObject(1, placement.id());
                    statement.setString(2, placement.schoolUrn());
                    int next = ReadModelRows.bindDetails(statement, 3, placement.details());
                    statement.setString(next, placement.providerCode());
                    statement.setLong(next + 1, placement.version());
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

}
