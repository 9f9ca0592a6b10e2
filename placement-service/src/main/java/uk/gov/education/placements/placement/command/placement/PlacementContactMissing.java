package uk.gov.education.placements.placement.command.placement;

import uk.gov.education.placements.support.rule.RuleViolation;

/** Refused by {@link PlacementRules#placementContactRequired}, in production's words. */
public final class PlacementContactMissing extends RuleViolation {

    public static final String MESSAGE = "Before you add a placement, you must add a placement contact "
            + "so that the teacher training providers can contact you.";

    public PlacementContactMissing() {
        super(Kind.CONFLICT, "placement-contact-required", "Placement contact required", MESSAGE);
    }
}
