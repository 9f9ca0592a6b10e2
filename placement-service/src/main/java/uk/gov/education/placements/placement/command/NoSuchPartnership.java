package uk.gov.education.placements.placement.command;

/** Ending a partnership that does not exist (never created, or already ended). */
public class NoSuchPartnership extends PlacementRuleViolation {

    public NoSuchPartnership(PartnershipId partnership) {
        super("School " + partnership.schoolUrn() + " has no partnership with provider "
                + partnership.providerCode() + ".");
    }
}
