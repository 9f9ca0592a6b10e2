package uk.gov.education.placements.school.command;

import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AddPlacementContactCommand(
        @TargetAggregateIdentifier SchoolUrn schoolUrn,
        PlacementContact contact,
        ExpectedVersion expectedVersion) {

    public AddPlacementContactCommand {
        Objects.requireNonNull(schoolUrn, "schoolUrn");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }

    public AddPlacementContactCommand(SchoolUrn schoolUrn, PlacementContact contact) {
        this(schoolUrn, contact, ExpectedVersion.any());
    }
}
