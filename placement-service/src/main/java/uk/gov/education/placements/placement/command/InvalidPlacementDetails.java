package uk.gov.education.placements.placement.command;

import java.util.List;

/** The details break {@link PlacementDetailsRules}; one violation per field to fix. */
public class InvalidPlacementDetails extends PlacementRuleViolation {

    private final transient List<Violation> violations;

    public InvalidPlacementDetails(List<Violation> violations) {
        super(violations.get(0).message());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
