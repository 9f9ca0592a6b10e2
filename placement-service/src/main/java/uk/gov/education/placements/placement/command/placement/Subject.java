package uk.gov.education.placements.placement.command.placement;

import java.util.Objects;

/**
 * A subject of the reference data. {@code parentCode} is set for the subjects that only exist
 * as additional subjects of another (French under modern languages).
 */
public record Subject(String code, String name, Phase phase, String parentCode) {

    public Subject {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(phase, "phase of " + code);
    }

    public boolean isTopLevel() {
        return parentCode == null;
    }
}
