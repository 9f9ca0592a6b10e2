package uk.gov.education.placements.placement.command.placement;

import java.util.Arrays;
import java.util.Optional;

/**
 * School terms, in calendar order of the academic year; the code is the contract's value, the display
 * name production's.
 */
public enum Term {
    AUTUMN("autumn", "Autumn term"),
    SPRING("spring", "Spring term"),
    SUMMER("summer", "Summer term");

    private final String code;
    private final String displayName;

    Term(String code, String displayName) {
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

    public static Optional<Term> ofCode(String code) {
        return Arrays.stream(values()).filter(term -> term.code.equals(code)).findFirst();
    }
}
