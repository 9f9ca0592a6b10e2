package uk.gov.education.placements.school.command;

import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record OnboardSchoolCommand(@TargetAggregateIdentifier SchoolUrn schoolUrn, SchoolName name) {

    public OnboardSchoolCommand {
        Objects.requireNonNull(schoolUrn, "schoolUrn");
        Objects.requireNonNull(name, "name");
    }
}
