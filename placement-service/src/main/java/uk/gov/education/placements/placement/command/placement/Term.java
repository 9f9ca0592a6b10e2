package uk.gov.education.placements.placement.command.placement;

import java.util.Arrays;
import java.util.Optional;

/** School terms, in calendar order of the academic year; the code is the contract's value. */
public enum Term {
    AUTUMN("autumn"),
    SPRING("spring"),
    SUMMER("summer");

    private final String code;

    Term(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Term> ofCode(String code) {
        return Arrays.stream(values()).filter(term -> term.code.equals(code)).findFirst();
    }
}
