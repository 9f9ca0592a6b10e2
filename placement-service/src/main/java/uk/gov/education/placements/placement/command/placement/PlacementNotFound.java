package uk.gov.education.placements.placement.command.placement;

import uk.gov.education.placements.support.rule.RuleViolation;

/** A command or a read for a placement that does not exist (or no longer does). */
public final class PlacementNotFound extends RuleViolation {

    public PlacementNotFound(PlacementId id) {
        super(Kind.NOT_FOUND, "placement-not-found", "Placement not found", "There is no placement " + id + ".");
    }
}
