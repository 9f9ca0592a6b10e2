package uk.gov.education.placements.providerview.query;

import java.util.Arrays;
import java.util.Optional;

/**
 * Which placements to list by status: with no provider, or assigned (to the caller when the caller
 * gives its provider code). {@code assigned_to_you} says the latter explicitly and needs the code.
 */
public enum PlacementStatusFilter {
    AVAILABLE("available"),
    ASSIGNED("assigned"),
    ASSIGNED_TO_YOU("assigned_to_you");

    private final String code;

    PlacementStatusFilter(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<PlacementStatusFilter> byCode(String code) {
        return Arrays.stream(values()).filter(status -> status.code.equals(code)).findFirst();
    }
}
