package uk.gov.education.placements.placement.command.placement;

/** One thing wrong with a placement's details: the field (contract name) and the user-facing message. */
public record Violation(String field, String message) {
}
