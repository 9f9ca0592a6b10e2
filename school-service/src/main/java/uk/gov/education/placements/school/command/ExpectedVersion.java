package uk.gov.education.placements.school.command;

import java.util.Set;

/**
 * What a client said about the version it last saw (HTTP {@code If-Match}). Unconditional when it
 * said nothing (last write wins); otherwise the command goes ahead only if the School is at one
 * of {@code versions}. An empty set is a condition nothing can meet (for example a weak or
 * non-numeric entity tag).
 */
public record ExpectedVersion(boolean conditional, Set<Long> versions) {

    private static final ExpectedVersion ANY = new ExpectedVersion(false, Set.of());

    public ExpectedVersion {
        versions = Set.copyOf(versions);
        if (!conditional && !versions.isEmpty()) {
            throw new IllegalArgumentException("An unconditional expectation names no versions");
        }
    }

    public static ExpectedVersion any() {
        return ANY;
    }

    public static ExpectedVersion oneOf(Set<Long> versions) {
        return new ExpectedVersion(true, versions);
    }

    public static ExpectedVersion exactly(long version) {
        return oneOf(Set.of(version));
    }

    public boolean isMetBy(long currentVersion) {
        return !conditional || versions.contains(currentVersion);
    }
}
