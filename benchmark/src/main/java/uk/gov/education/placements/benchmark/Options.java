package uk.gov.education.placements.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Command-line options.
 *
 * <pre>
 *   --quick              short windows and small histories: checks the harness, figures mean little
 *   --no-profile         skip the JFR profile of the command-throughput scenario
 *   --only=a,b           run only these scenarios: commands, propagation, outbox, replay
 *   --keep-data          keep the stack's data folder (PostgreSQL data, service logs) after the run
 *   --project-root=DIR   the project checkout (default: the current folder, or its parent from benchmark/)
 *   --replay-events=N    events in the seeded provider-view history (default 204000)
 * </pre>
 */
record Options(boolean quick, boolean profile, Set<String> scenarios, boolean keepData, Path projectRoot,
               int replayEvents) {

    static final List<String> ALL = List.of("commands", "propagation", "outbox", "replay");

    static Options parse(String[] args) {
        boolean quick = false;
        boolean profile = true;
        boolean keepData = false;
        Set<String> scenarios = new LinkedHashSet<>(ALL);
        Path root = null;
        Integer replayEvents = null;
        for (String arg : args) {
            if (arg.equals("--quick")) {
                quick = true;
            } else if (arg.equals("--no-profile")) {
                profile = false;
            } else if (arg.equals("--keep-data")) {
                keepData = true;
            } else if (arg.startsWith("--only=")) {
                scenarios = new LinkedHashSet<>(List.of(arg.substring("--only=".length()).split(",")));
                if (!ALL.containsAll(scenarios)) {
                    throw new IllegalArgumentException("Unknown scenario in " + arg + "; known: " + ALL);
                }
            } else if (arg.startsWith("--project-root=")) {
                root = Path.of(arg.substring("--project-root=".length()));
            } else if (arg.startsWith("--replay-events=")) {
                replayEvents = Integer.parseInt(arg.substring("--replay-events=".length()));
            } else {
                throw new IllegalArgumentException("Unknown option " + arg
                        + "; options: --quick --no-profile --only=commands,propagation,outbox,replay --keep-data"
                        + " --project-root=DIR --replay-events=N");
            }
        }
        return new Options(quick, profile, scenarios, keepData, projectRoot(root),
                replayEvents != null ? replayEvents : quick ? 24_000 : 204_000);
    }

    private static Path projectRoot(Path given) {
        Path candidate = (given != null ? given : Path.of("")).toAbsolutePath().normalize();
        if (given == null && !Files.isDirectory(candidate.resolve("benchmark"))
                && Files.isRegularFile(candidate.resolve("../pom.xml"))) {
            candidate = candidate.getParent();
        }
        if (!Files.isDirectory(candidate.resolve("local-stack"))) {
            throw new IllegalArgumentException(candidate + " is not the project's root (no local-stack folder);"
                    + " run from the checkout or pass --project-root=DIR");
        }
        return candidate;
    }

    boolean runs(String scenario) {
        return scenarios.contains(scenario);
    }

    /** A measurement window, shortened in a quick run. */
    long seconds(long full) {
        return quick ? Math.max(1, full / 3) : full;
    }
}
