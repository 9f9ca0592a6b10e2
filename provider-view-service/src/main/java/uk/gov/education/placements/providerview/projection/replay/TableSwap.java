package uk.gov.education.placements.providerview.projection.replay;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import uk.gov.education.placements.providerview.projection.ReadModelTables;

/**
 * Creates the shadow read-model tables and swaps them with the live ones. The shadow tables copy
 * the live tables' current definition ({@code LIKE ... INCLUDING ALL}), so a later migration of a
 * read-model table needs no change here; after the swap the indexes get their canonical names
 * back, so migrations can keep referring to them by name.
 */
@Component
class TableSwap {

    /** "CREATE [UNIQUE] INDEX name ON schema.table USING method (columns)" */
    private static final Pattern INDEX_DEFINITION = Pattern.compile("CREATE (UNIQUE )?INDEX \\S+ ON \\S+ (USING .*)");

    private final JdbcTemplate jdbc;

    TableSwap(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void createShadow() {
        dropShadow();
        for (int i = 0; i < ReadModelTables.LIVE.all().size(); i++) {
            jdbc.execute("CREATE TABLE " + ReadModelTables.SHADOW.all().get(i)
                    + " (LIKE " + ReadModelTables.LIVE.all().get(i) + " INCLUDING ALL)");
        }
    }

    void dropShadow() {
        for (String shadow : ReadModelTables.SHADOW.all()) {
            jdbc.execute("DROP TABLE IF EXISTS " + shadow);
        }
    }

    /**
     * Puts the shadow tables in place of the live ones, in the caller's transaction: readers see
     * the old tables until it commits and the new ones after, never a mix and never none.
     */
    void swap() {
        // A long-running reader would hold the swap (and queue every reader behind it): give up instead.
        jdbc.execute("SET LOCAL lock_timeout = '10s'");
        List<String> live = ReadModelTables.LIVE.all();
        List<String> shadow = ReadModelTables.SHADOW.all();
        List<Map<String, String>> canonicalNames = live.stream().map(this::indexNamesByDefinition).toList();
        jdbc.execute("LOCK TABLE " + String.join(", ", live) + " IN ACCESS EXCLUSIVE MODE");
        for (int i = 0; i < live.size(); i++) {
            String table = live.get(i);
            jdbc.execute("ALTER TABLE " + table + " RENAME TO " + table + "_retired");
            jdbc.execute("ALTER TABLE " + shadow.get(i) + " RENAME TO " + table);
            jdbc.execute("DROP TABLE " + table + "_retired");
            Map<String, String> canonical = canonicalNames.get(i);
            indexNamesByDefinition(table).forEach((definition, name) -> {
                String canonicalName = canonical.get(definition);
                if (canonicalName != null && !canonicalName.equals(name)) {
                    jdbc.execute("ALTER INDEX " + name + " RENAME TO " + canonicalName);
                }
            });
        }
    }

    /** Index definitions without their names (unique flag, method and columns) mapped to the index names. */
    private Map<String, String> indexNamesByDefinition(String table) {
        Map<String, String> names = new HashMap<>();
        jdbc.query("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = ?",
                rs -> {
                    Matcher definition = INDEX_DEFINITION.matcher(rs.getString("indexdef"));
                    if (definition.matches()) {
                        String unique = definition.group(1) == null ? "" : "unique ";
                        names.put(unique + definition.group(2), rs.getString("indexname"));
                    }
                }, table);
        return names;
    }
}
