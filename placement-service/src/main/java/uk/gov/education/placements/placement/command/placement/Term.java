package uk.gov.education.placements.placement.command.placement;

import java.util.Optional;

/**
 * School terms, in calendar order of the academic year; the code is the contract's value, the display
 * name production's.
 */
public enum Term implements ReferenceValue {
    AUTUMN("autumn", "Autumn term"),
    SPRING("spring", "Spring term"),
    SUMMER("summer", "Summer term");

    private final String code;
    private final String displayName;

    Term(String code, String displayName) {
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

    public static Optional<Term> ofCode(String code) {
        return ReferenceValue.ofCode(values(), code);
    }
}
