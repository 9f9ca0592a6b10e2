package uk.gov.education.placements.school.command;

import uk.gov.education.placements.events.PlacementContactEvent;

/**
 * The School's business rules, by name, one static method each (as placement-service's
 * PlacementRules and PartnershipRules). Each either lets the command through or throws the
 * {@code RuleViolation} users see; the aggregate calls them before it applies anything.
 */
final class SchoolRules {

    private SchoolRules() {
    }

    /** A school adds its contact once; afterwards it can only change it. */
    static void onlyOneContactPerSchool(PlacementContactEvent current) {
        if (current != null) {
            throw new PlacementContactAlreadyAdded();
        }
    }

    /** There is nothing to change before the first contact is added. */
    static void contactMustExistToChange(PlacementContactEvent current) {
        if (current == null) {
            throw new NoPlacementContactYet();
        }
    }

    /**
     * Re-saving the same details (after normalisation) is not a change: no event, so consumers and
     * the history see only real changes, and a form submitted twice is harmless.
     */
    static boolean unchangedContactEmitsNothing(PlacementContactEvent current, PlacementContact proposed) {
        return proposed.sameAs(current);
    }

    /** With If-Match a client edits only the version it has seen, so nobody silently overwrites another. */
    static void expectedVersionMustBeCurrent(ExpectedVersion expected, long currentVersion) {
        if (!expected.isMetBy(currentVersion)) {
            throw new SchoolVersionMismatch();
        }
    }
}
