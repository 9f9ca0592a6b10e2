package uk.gov.education.placements.placement.command.placement;

import uk.gov.education.placements.support.rule.RuleViolation;

/** A create with a client-chosen id that already names a different placement (or a deleted one). */
public final class PlacementIdTaken extends RuleViolation {

    public PlacementIdTaken(PlacementId placement) {
        super(Kind.CONFLICT, "placement-id-taken", "Placement id already used",
                "Placement " + placement + " already exists with different details. Choose another id.");
    }
}
