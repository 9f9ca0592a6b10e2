package uk.gov.education.placements.placement.command;

/** A command refused by a business rule; the message is the one users see. */
public abstract class PlacementRuleViolation extends RuntimeException {

    protected PlacementRuleViolation(String message) {
        super(message, null, false, false);
    }
}
