package uk.gov.education.placements.providerview.projection;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import uk.gov.education.placements.providerview.query.SchoolView;
import uk.gov.education.placements.providerview.query.Partnership;
import uk.gov.education.placements.providerview.query.PlacementView;

/** Read models held in memory: for folding a few events (as-of answers) and for testing the projection. */
public final class InMemoryReadModelState implements ReadModelState {

    private final Map<AggregateKey, Long> sequences = new HashMap<>();
    private final Map<String, SchoolView> schools = new HashMap<>();
    private final Map<UUID, PlacementView> placements = new HashMap<>();
    private final Set<Partnership> partnerships = new HashSet<>();

    @Override
    public long lastSequence(AggregateKey aggregate) {
        return sequences.getOrDefault(aggregate, -1L);
    }

    @Override
    public void recordSequence(AggregateKey aggregate, long sequence) {
        sequences.put(aggregate, sequence);
    }

    @Override
    public Optional<SchoolView> school(String urn) {
        return Optional.ofNullable(schools.get(urn));
    }

    @Override
    public void putSchool(SchoolView school) {
        schools.put(school.urn(), school);
    }

    @Override
    public Optional<PlacementView> placement(UUID id) {
        return Optional.ofNullable(placements.get(id));
    }

    @Override
    public void putPlacement(PlacementView placement) {
        placements.put(placement.id(), placement);
    }

    @Override
    public void removePlacement(UUID id) {
        placements.remove(id);
    }

    @Override
    public void addPartnership(Partnership partnership) {
        partnerships.add(partnership);
    }

    @Override
    public void removePartnership(Partnership partnership) {
        partnerships.remove(partnership);
    }

    public Map<String, SchoolView> schools() {
        return Map.copyOf(schools);
    }

    public Map<UUID, PlacementView> placements() {
        return Map.copyOf(placements);
    }

    public Set<Partnership> partnerships() {
        return Set.copyOf(partnerships);
    }

    public Map<AggregateKey, Long> sequences() {
        return Map.copyOf(sequences);
    }
}
