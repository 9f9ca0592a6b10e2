package uk.gov.education.placements.school.command;

import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces the whole contact (there is no partial change and no removal). */
public record ChangePlacementContactCommand(
        @TargetAggregateIdentifier SchoolUrn schoolUrn,
        PlacementContact contact,
        ExpectedVersion expectedVersion) {

    public ChangePlacementContactCommand {
        Objects.requireNonNull(schoolUrn, "schoolUrn");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }

    public ChangePlacementContactCommand(SchoolUrn schoolUrn, PlacementContact contact) {
        this(schoolUrn, contact, ExpectedVersion.any());
    }
}
