package uk.gov.education.placements.placement.command;

/** A create with a client-chosen id that already names a different placement (or a deleted one). */
public class PlacementIdTaken extends PlacementRuleViolation {

    public PlacementIdTaken(PlacementId placement) {
        super("Placement " + placement + " already exists with different details. Choose another id.");
    }
}
