package uk.gov.education.placements.faults;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import uk.gov.education.placements.localstack.Service;

/**
 * What every service holds at one moment, read straight from PostgreSQL: the two event stores, and
 * what the consumers made of them (provider-view's history, sequences and read models,
 * placement-service's contact state), and school-service's own view.
 */
final class Snapshot {

    /** An event in a write service's store; {@code source} is the CloudEvents source its outbox gives it. */
    record StoredEvent(String source, String id, String aggregate, long sequence, String type, JsonNode payload) {
    }

    record HistoryRow(String id, String source, String aggregate, long sequence) {
    }

    /** A school as one service shows it: name, contact and version. */
    record SchoolRow(String name, String firstName, String lastName, String email, long version) {
    }

    record ContactState(boolean hasContact, long appliedSequence) {
    }

    /** A placement as one service shows it. */
    record PlacementRow(String school, String subject, String yearGroup, String mentors, String provider, long version) {
    }

    final List<StoredEvent> stored = new ArrayList<>();
    final List<HistoryRow> history = new ArrayList<>();
    /** provider-view's last applied sequence per {@code source/aggregate}. */
    final Map<String, Long> applied = new HashMap<>();
    long heldInProviderView;
    long heldInPlacementService;
    final Map<String, SchoolRow> schoolService = new HashMap<>();
    final Map<String, SchoolRow> providerView = new HashMap<>();
    final Map<String, ContactState> placementService = new HashMap<>();
    final Map<String, PlacementRow> placementsOfPlacementService = new HashMap<>();
    final Map<String, PlacementRow> placementsOfProviderView = new HashMap<>();
    final java.util.Set<String> partnershipsOfPlacementService = new java.util.HashSet<>();
    final java.util.Set<String> partnershipsOfProviderView = new java.util.HashSet<>();

    static Snapshot read(Topology topology) {
        Snapshot snapshot = new Snapshot();
        try (Connection school = topology.connect(Service.SCHOOL);
             Connection placement = topology.connect(Service.PLACEMENT);
             Connection view = topology.connect(Service.PROVIDER_VIEW)) {
            snapshot.readStore(school, "school-service");
            snapshot.readStore(placement, "placement-service");
            query(view, "SELECT event_id, source, aggregate_id, aggregate_sequence FROM event_history", rs ->
                    snapshot.history.add(new HistoryRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4))));
            query(view, "SELECT source, aggregate_id, last_sequence FROM applied_sequence", rs ->
                    snapshot.applied.put(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3)));
            query(view, "SELECT count(*) FROM held_event", rs -> snapshot.heldInProviderView = rs.getLong(1));
            query(placement, "SELECT count(*) FROM held_school_event", rs -> snapshot.heldInPlacementService = rs.getLong(1));
            query(placement, "SELECT school_urn, has_contact, applied_sequence FROM school_contact_state", rs ->
                    snapshot.placementService.put(rs.getString(1), new ContactState(rs.getBoolean(2), rs.getLong(3))));
            String schools = "SELECT urn, name, contact_first_name, contact_last_name, contact_email, version FROM school_view";
            query(school, schools, rs -> snapshot.schoolService.put(rs.getString(1), schoolRow(rs)));
            query(view, schools, rs -> snapshot.providerView.put(rs.getString(1), schoolRow(rs)));
            String placements = "SELECT %s::text, school_urn, subject, year_group, array_to_string(mentors, '|'),"
                    + " provider_code, version FROM %s";
            query(placement, placements.formatted("placement_id", "placement"), rs ->
                    snapshot.placementsOfPlacementService.put(rs.getString(1), placementRow(rs)));
            query(view, placements.formatted("id", "placement_view"), rs ->
                    snapshot.placementsOfProviderView.put(rs.getString(1), placementRow(rs)));
            query(placement, "SELECT school_urn || '/' || provider_code FROM partnership WHERE active", rs ->
                    snapshot.partnershipsOfPlacementService.add(rs.getString(1)));
            query(view, "SELECT school_urn || '/' || provider_code FROM partnership_view", rs ->
                    snapshot.partnershipsOfProviderView.add(rs.getString(1)));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the services' tables: " + e.getMessage(), e);
        }
        return snapshot;
    }

    private void readStore(Connection connection, String source) throws SQLException {
        query(connection, "SELECT eventidentifier, aggregateidentifier, sequencenumber, payloadtype,"
                + " convert_from(payload, 'UTF8') FROM domainevententry ORDER BY globalindex", rs -> {
            String type = rs.getString(4);
            stored.add(new StoredEvent(source, rs.getString(1), rs.getString(2), rs.getLong(3),
                    type.substring(type.lastIndexOf('.') + 1), json(rs.getString(5))));
        });
    }

    private static SchoolRow schoolRow(ResultSet rs) throws SQLException {
        return new SchoolRow(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6));
    }

    private static PlacementRow placementRow(ResultSet rs) throws SQLException {
        return new PlacementRow(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getLong(7));
    }

    private static JsonNode json(String text) {
        try {
            return Http.JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException("A stored payload is not JSON: " + text, e);
        }
    }

    interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    static void query(Connection connection, String sql, Row row) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                row.read(rs);
            }
        }
    }

    /** Every table of a set, keyed by what identifies its rows, each row as JSON: for comparing before and after a replay. */
    static Map<String, Map<String, String>> rows(Connection connection, Map<String, String> keyOfTable,
                                                 Function<String, String> rowOfTable) throws SQLException {
        Map<String, Map<String, String>> tables = new HashMap<>();
        for (Map.Entry<String, String> table : keyOfTable.entrySet()) {
            Map<String, String> rows = new HashMap<>();
            query(connection, "SELECT " + table.getValue() + " AS k, " + rowOfTable.apply(table.getKey())
                    + " AS r FROM " + table.getKey() + " t", rs -> rows.put(rs.getString(1), rs.getString(2)));
            tables.put(table.getKey(), rows);
        }
        return tables;
    }
}
