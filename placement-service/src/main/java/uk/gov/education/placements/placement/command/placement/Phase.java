package uk.gov.education.placements.placement.command.placement;

import java.util.Arrays;
import java.util.Optional;

/** The phase of education a placement is in; the code is the contract's value. */
public enum Phase {
    PRIMARY("primary"),
    SECONDARY("secondary");

    private final String code;

    Phase(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Phase> ofCode(String code) {
        return Arrays.stream(values()).filter(phase -> phase.code.equals(code)).findFirst();
    }
}
