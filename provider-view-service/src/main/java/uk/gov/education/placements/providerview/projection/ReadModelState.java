package uk.gov.education.placements.providerview.projection;

import java.util.Optional;
import java.util.UUID;
import uk.gov.education.placements.providerview.query.PlacementView;
import uk.gov.education.placements.providerview.query.SchoolView;
import uk.gov.education.placements.providerview.query.Partnership;

/**
 * The rows the projection reads and writes, wherever they live: in memory in unit tests, or a
 * batch's working set over the live or the shadow tables.
 */
public interface ReadModelState {

    /** The last sequence number applied for the aggregate, or -1 when none was. */
    long lastSequence(AggregateKey aggregate);

    void recordSequence(AggregateKey aggregate, long sequence);

    Optional<SchoolView> school(String urn);

    void putSchool(SchoolView school);

    Optional<PlacementView> placement(UUID id);

    void putPlacement(PlacementView placement);

    void removePlacement(UUID id);

    void addPartnership(Partnership partnership);

    void removePartnership(Partnership partnership);
}
