package uk.gov.education.placements.providerview.projection;

import java.util.List;

/**
 * The names of one complete set of read-model tables: the live set that reads and the consumer
 * use, or the shadow set a replay builds before it swaps the two.
 */
public record ReadModelTables(String school, String placement, String partnership, String appliedSequence,
        String heldEvent) {

    public static final ReadModelTables LIVE =
            new ReadModelTables("school_view", "placement_view", "partnership_view", "applied_sequence", "held_event");

    public static final ReadModelTables SHADOW = new ReadModelTables(
            "school_view_shadow", "placement_view_shadow", "partnership_view_shadow", "applied_sequence_shadow",
            "held_event_shadow");

    /**
     * Every table of the set, in the order a swap locks them. Readers that use several of them take
     * placement before school before partnership (the order of their joins), and the swap locks in
     * the same order, so a read and a swap can never wait for each other in a cycle.
     */
    public List<String> all() {
        return List.of(placement, school, partnership, appliedSequence, heldEvent);
    }
}
