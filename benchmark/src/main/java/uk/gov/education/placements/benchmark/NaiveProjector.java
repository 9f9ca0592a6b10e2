package uk.gov.education.placements.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import uk.gov.education.placements.events.CloudEvents;
import uk.gov.education.placements.events.DomainEvent;
import uk.gov.education.placements.events.EventCatalog;
import uk.gov.education.placements.events.EventType;
import uk.gov.education.placements.events.PartnershipCreated;
import uk.gov.education.placements.events.PartnershipEnded;
import uk.gov.education.placements.events.PlacementContactEvent;
import uk.gov.education.placements.events.PlacementCreated;
import uk.gov.education.placements.events.PlacementDeleted;
import uk.gov.education.placements.events.PlacementDetails;
import uk.gov.education.placements.events.PlacementProviderAssigned;
import uk.gov.education.placements.events.PlacementProviderUnassigned;
import uk.gov.education.placements.events.PlacementUpdated;
import uk.gov.education.placements.events.SchoolOnboarded;

/**
 * The naive baseline of a replay: the same read-model changes as provider-view's projection
 * (school row with name and contact, placement rows, partnerships, last applied sequence per
 * aggregate), applied one event per transaction with one statement per row, into copies of
 * provider-view's read-model tables ("bench_naive_*", same columns and indexes).
 */
final class NaiveProjector implements AutoCloseable {

    private static final String[] TABLES = {"school_view", "placement_view", "partnership_view", "applied_sequence"};

    private final Connection connection;
    private final PreparedStatement lastSequence;
    private final PreparedStatement recordSequence;
    private final PreparedStatement findSchool;
    private final PreparedStatement upsertSchool;
    private final PreparedStatement upsertPlacement;
    private final PreparedStatement assignProvider;
    private final PreparedStatement deletePlacement;
    private final PreparedStatement addPartnership;
    private final PreparedStatement endPartnership;

    NaiveProjector(Connection connection) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(false);
        lastSequence = connection.prepareStatement(
                "SELECT last_sequence FROM bench_naive_applied_sequence WHERE source = ? AND aggregate_id = ?");
        recordSequence = connection.prepareStatement("INSERT INTO bench_naive_applied_sequence"
                + " (source, aggregate_id, last_sequence) VALUES (?, ?, ?)"
                + " ON CONFLICT (source, aggregate_id) DO UPDATE SET last_sequence = EXCLUDED.last_sequence");
        findSchool = connection.prepareStatement(
                "SELECT name, contact_first_name, contact_last_name, contact_email FROM bench_naive_school_view WHERE urn = ?");
        upsertSchool = connection.prepareStatement("INSERT INTO bench_naive_school_view"
                + " (urn, name, contact_first_name, contact_last_name, contact_email, version) VALUES (?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (urn) DO UPDATE SET name = EXCLUDED.name, contact_first_name = EXCLUDED.contact_first_name,"
                + " contact_last_name = EXCLUDED.contact_last_name, contact_email = EXCLUDED.contact_email,"
                + " version = EXCLUDED.version");
        upsertPlacement = connection.prepareStatement("INSERT INTO bench_naive_placement_view"
                + " (id, school_urn, phase, subject, additional_subjects, year_group, mentors, academic_year, terms,"
                + " provider_code, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)"
                + " ON CONFLICT (id) DO UPDATE SET phase = EXCLUDED.phase, subject = EXCLUDED.subject,"
                + " additional_subjects = EXCLUDED.additional_subjects, year_group = EXCLUDED.year_group,"
                + " mentors = EXCLUDED.mentors, academic_year = EXCLUDED.academic_year, terms = EXCLUDED.terms,"
                + " version = EXCLUDED.version");
        assignProvider = connection.prepareStatement(
                "UPDATE bench_naive_placement_view SET provider_code = ?, version = ? WHERE id = ?");
        deletePlacement = connection.prepareStatement("DELETE FROM bench_naive_placement_view WHERE id = ?");
        addPartnership = connection.prepareStatement(
                "INSERT INTO bench_naive_partnership_view (school_urn, provider_code) VALUES (?, ?) ON CONFLICT DO NOTHING");
        endPartnership = connection.prepareStatement(
                "DELETE FROM bench_naive_partnership_view WHERE school_urn = ? AND provider_code = ?");
    }

    /** (Re)creates empty copies of provider-view's read-model tables. */
    static void createTables(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                statement.execute("DROP TABLE IF EXISTS bench_naive_" + table);
                statement.execute("CREATE TABLE bench_naive_" + table + " (LIKE " + table + " INCLUDING ALL)");
            }
        }
    }

    /** Applies one history row in a transaction of its own. */
    void apply(String type, String source, String aggregateId, long sequence, String data) throws SQLException {
        EventType eventType = EventCatalog.byCloudEventType(type).orElseThrow();
        DomainEvent event = CloudEvents.readPayload(eventType, data.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        lastSequence.setString(1, source);
        lastSequence.setString(2, aggregateId);
        long last = -1;
        try (ResultSet rows = lastSequence.executeQuery()) {
            if (rows.next()) {
                last = rows.getLong(1);
            }
        }
        if (sequence > last) {
            change(event, sequence);
            recordSequence.setString(1, source);
            recordSequence.setString(2, aggregateId);
            recordSequence.setLong(3, sequence);
            recordSequence.executeUpdate();
        }
        connection.commit();
    }

    private void change(DomainEvent event, long sequence) throws SQLException {
        if (event instanceof SchoolOnboarded onboarded) {
            String[] contact = school(onboarded.schoolUrn());
            upsertSchool(onboarded.schoolUrn(), onboarded.name(), contact[1], contact[2], contact[3], sequence);
        } else if (event instanceof PlacementContactEvent contact) {
            String[] school = school(contact.schoolUrn());
            upsertSchool(contact.schoolUrn(), school[0], contact.firstName(), contact.lastName(), contact.email(), sequence);
        } else if (event instanceof PlacementCreated created) {
            upsertPlacement(created.placementId(), created.schoolUrn(), created.details(), sequence);
        } else if (event instanceof PlacementUpdated updated) {
            upsertPlacement(updated.placementId(), updated.schoolUrn(), updated.details(), sequence);
        } else if (event instanceof PlacementProviderAssigned assigned) {
            assign(assigned.placementId(), assigned.providerCode(), sequence);
        } else if (event instanceof PlacementProviderUnassigned unassigned) {
            assign(unassigned.placementId(), null, sequence);
        } else if (event instanceof PlacementDeleted deleted) {
            deletePlacement.setObject(1, deleted.placementId());
            deletePlacement.executeUpdate();
        } else if (event instanceof PartnershipCreated created) {
            addPartnership.setString(1, created.schoolUrn());
            addPartnership.setString(2, created.providerCode());
            addPartnership.executeUpdate();
        } else if (event instanceof PartnershipEnded ended) {
            endPartnership.setString(1, ended.schoolUrn());
            endPartnership.setString(2, ended.providerCode());
            endPartnership.executeUpdate();
        }
    }

    /** name, first name, last name, e-mail of the school's row (nulls if it has none yet). */
    private String[] school(String urn) throws SQLException {
        findSchool.setString(1, urn);
        try (ResultSet rows = findSchool.executeQuery()) {
            if (rows.next()) {
                return new String[] {rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)};
            }
        }
        return new String[4];
    }

    private void upsertSchool(String urn, String name, String first, String last, String email, long version)
            throws SQLException {
        upsertSchool.setString(1, urn);
        upsertSchool.setString(2, name);
        upsertSchool.setString(3, first);
        upsertSchool.setString(4, last);
        upsertSchool.setString(5, email);
        upsertSchool.setLong(6, version);
        upsertSchool.executeUpdate();
    }

    private void upsertPlacement(UUID id, String urn, PlacementDetails details, long version) throws SQLException {
        upsertPlacement.setObject(1, id);
        upsertPlacement.setString(2, urn);
        upsertPlacement.setString(3, details.phase());
        upsertPlacement.setString(4, details.subject());
        upsertPlacement.setArray(5, connection.createArrayOf("text", details.additionalSubjects().toArray()));
        upsertPlacement.setString(6, details.yearGroup());
        upsertPlacement.setArray(7, connection.createArrayOf("text", details.mentors().toArray()));
        upsertPlacement.setString(8, details.academicYear());
        upsertPlacement.setArray(9, connection.createArrayOf("text", details.terms().toArray()));
        upsertPlacement.setLong(10, version);
        upsertPlacement.executeUpdate();
    }

    private void assign(UUID id, String provider, long version) throws SQLException {
        assignProvider.setString(1, provider);
        assignProvider.setLong(2, version);
        assignProvider.setObject(3, id);
        assignProvider.executeUpdate();
    }

    @Override
    public void close() throws SQLException {
        connection.rollback();
        connection.close();
    }
}
