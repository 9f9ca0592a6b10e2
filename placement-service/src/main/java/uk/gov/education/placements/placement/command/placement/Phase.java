package uk.gov.education.placements.placement.command.placement;

import java.util.Arrays;
import java.util.Optional;

/** The phase of education a placement is in; the code is the contract's value, the display name production's. */
public enum Phase {
    PRIMARY("primary", "Primary"),
    SECONDARY("secondary", "Secondary");

    private final String code;
    private final String displayName;

    Phase(String code, String displayName) {
        this.code = code;
        this.displayName = displayName;
    }

    public String code() {
        return code;
    }

    /** How production shows it to users. */
    public String displayName() {
        return displayName;
    }

    public static Optional<Phase> ofCode(String code) {
        return Arrays.stream(values()).filter(phase -> phase.code.equals(code)).findFirst();
    }
}
