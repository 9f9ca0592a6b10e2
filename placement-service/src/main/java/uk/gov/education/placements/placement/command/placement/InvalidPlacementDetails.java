package uk.gov.education.placements.placement.command.placement;

import java.util.List;
import java.util.Map;

import uk.gov.education.placements.support.rule.RuleViolation;

/** The details break {@link PlacementDetailsRules}; one violation per field to fix, all at once. */
public final class InvalidPlacementDetails extends RuleViolation {

    private final transient List<Violation> violations;

    public InvalidPlacementDetails(List<Violation> violations) {
        super(Kind.INVALID, "validation-error", "Your request has errors", violations.get(0).message());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    /** The {@code errors} of a validation problem: field and message, as every service answers them. */
    @Override
    public Map<String, Object> properties() {
        return Map.of("errors", violations.stream()
                .map(violation -> Map.of("field", violation.field(), "message", violation.message()))
                .toList());
    }
}
