package uk.gov.education.placements.providerview.projection;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import uk.gov.education.placements.providerview.query.Partnership;
import uk.gov.education.placements.providerview.query.PlacementView;
import uk.gov.education.placements.providerview.query.SchoolView;

/** The rows one batch reads, and the changes it makes to them, kept until the batch is written. */
final class WorkingSet implements ReadModelState {
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
