package uk.gov.education.placements.infrastructure;

import java.util.Map;

/**
 * provider-view's read-model tables as the checks that compare them see them (ReplayIT, the fault
 * suite's invariants): one list, so a new table is compared everywhere or nowhere.
 */
public final class ProviderViewTables {

    /** Each read-model table with the expression that identifies its rows. */
    public static final Map<String, String> KEYS = Map.of(
            "school_view", "urn",
            "placement_view", "id::text",
            "partnership_view", "school_urn || '/' || provider_code",
            "applied_sequence", "source || '/' || aggregate_id",
            "held_event", "position::text");

    /** A held event's row also says when it was held, which a replay cannot reproduce. */
    private static final Map<String, String> ROWS = Map.of(
            "held_event", "json_build_array(position, source, aggregate_id, aggregate_sequence)::text");

    private ProviderViewTables() {
    }

    /** What a row of {@code table} (aliased {@code t}) says, as text to compare. */
    public static String rowExpression(String table) {
        return ROWS.getOrDefault(table, "row_to_json(t)::text");
    }
}
