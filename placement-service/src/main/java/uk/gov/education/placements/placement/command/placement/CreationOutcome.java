package uk.gov.education.placements.placement.command.placement;

/** What an idempotent create did: created the placement now, or found it created by an earlier identical request. */
public enum CreationOutcome {
    CREATED,
    ALREADY_CREATED
}
