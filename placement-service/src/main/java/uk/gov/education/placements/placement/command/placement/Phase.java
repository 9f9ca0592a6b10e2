package uk.gov.education.placements.placement.command.placement;

import java.util.Optional;

/** The phase of education a placement is in; the code is the contract's value, the display name production's. */
public enum Phase implements ReferenceValue {
    PRIMARY("primary", "Primary"),
    SECONDARY("secondary", "Secondary");

    private final String code;
    private final String displayName;

    Phase(String code, String displayName) {
        this.code = code;
        this.displayName = displayName;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    public static Optional<Phase> ofCode(String code) {
        return ReferenceValue.ofCode(values(), code);
    }
}
