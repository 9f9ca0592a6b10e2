package uk.gov.education.placements.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import uk.gov.education.placements.faults.FaultSuite.Result;

/** The results as a Markdown table, one row per case, as RELIABILITY.md shows them. */
final class Report {

    private Report() {
    }

    static String line(Result r) {
        return String.format("fault window %s s, recovery %s s, lost %s, doubled %s, dead-lettered %d, "
                        + "%d of %d commands accepted, %d events stored", seconds(r.fault() == null ? Double.NaN
                        : r.fault().window()), seconds(r.recoverySeconds()), r.verdict() == null ? "?" : r.verdict().lost(),
                r.verdict() == null ? "?" : r.verdict().doubled(), r.deadLetteredDuring(), r.accepted(), r.sent(),
                r.storedDuring());
    }

    static String table(List<Result> results) {
        StringBuilder table = new StringBuilder();
        table.append("| case | fault | events lost | events doubled | dead-lettered | recovery | fault window "
                + "| commands accepted (sent) | result | reproduce |\n");
        table.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |\n");
        for (Result r : results) {
            table.append(String.format("| `%s` | %s | %s | %s | %d | %s s | %s s | %d (%d) | %s | `./run-fault-suite --case=%s` |%n",
                    r.faultCase().name(), r.faultCase().fault(), r.verdict() == null ? "?" : r.verdict().lost(),
                    r.verdict() == null ? "?" : r.verdict().doubled(), r.deadLetteredDuring(),
                    seconds(r.recoverySeconds()), seconds(r.fault() == null ? Double.NaN : r.fault().window()),
                    r.accepted(), r.sent(), r.passed() ? "passed" : "**failed**", r.faultCase().name()));
        }
        return table.toString();
    }

    /** What each fault did, as the case saw it. */
    static String notes(List<Result> results) {
        StringBuilder notes = new StringBuilder();
        for (Result r : results) {
            if (r.fault() != null) {
                notes.append("- `").append(r.faultCase().name()).append("`: ").append(r.fault().note())
                        .append("; ").append(r.storedDuring()).append(" events stored\n");
            }
        }
        return notes.toString();
    }

    static void write(Path file, List<Result> results, double minutes, boolean quick) {
        StringBuilder text = new StringBuilder();
        text.append("# Fault suite: latest results\n\n");
        text.append(String.format("`./run-fault-suite%s`, %s, %d case(s) in %.1f min on %d cores (%s).%n%n",
                quick ? " --quick" : "", Instant.now().truncatedTo(ChronoUnit.SECONDS), results.size(), minutes,
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name") + " "
                        + System.getProperty("os.arch") + ", Java " + System.getProperty("java.version")));
        text.append(table(results));
        text.append("\n").append(notes(results));
        for (Result r : results) {
            if (!r.passed()) {
                text.append("\n**").append(r.faultCase().name()).append("** failed:\n\n");
                r.breaches().forEach(b -> text.append("- ").append(b.replace("|", "\\|")).append('\n'));
            }
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String seconds(double value) {
        return Double.isNaN(value) ? "-" : String.format("%.1f", value);
    }
}
