package uk.gov.education.placements.placement.command.placement;

import java.util.Arrays;
import java.util.Optional;

/** A value of the reference data (a phase, a year group, a term): the contract's code and production's name. */
public interface ReferenceValue {

    String code();

    /** How production shows it to users. */
    String displayName();

    /** The value with this code, if there is one: the one lookup of every reference enum. */
    static <V extends ReferenceValue> Optional<V> ofCode(V[] values, String code) {
        return Arrays.stream(values).filter(value -> value.code().equals(code)).findFirst();
    }
}
