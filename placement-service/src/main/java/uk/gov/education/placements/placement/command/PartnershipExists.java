package uk.gov.education.placements.placement.command;

/** Refused by the uniqueness of a school-provider pair. */
public class PartnershipExists extends PlacementRuleViolation {

    public PartnershipExists(PartnershipId partnership) {
        super("School " + partnership.schoolUrn() + " is already in partnership with provider "
                + partnership.providerCode() + ".");
    }
}
