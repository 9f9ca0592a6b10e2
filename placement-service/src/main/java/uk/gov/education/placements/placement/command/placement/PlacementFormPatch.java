package uk.gov.education.placements.placement.command.placement;

import java.util.Set;

/**
 * An edit: the fields the school sent ({@code fields}, by their contract names) and their new
 * values in {@code values}; fields not sent keep their current value. A field sent as null is
 * cleared, which is how a year group is removed.
 */
public record PlacementFormPatch(PlacementForm values, Set<String> fields) {

    public static final Set<String> FIELDS = Set.of(
            "phase", "subject", "additionalSubjects", "yearGroup", "mentors", "academicYear", "terms");

    public PlacementFormPatch {
        fields = Set.copyOf(fields);
        if (!FIELDS.containsAll(fields)) {
            throw new IllegalArgumentException("Not placement fields: " + fields);
        }
    }

    public PlacementForm applyTo(PlacementForm current) {
        return new PlacementForm(
                fields.contains("phase") ? values.phase() : current.phase(),
                fields.contains("subject") ? values.subject() : current.subject(),
                fields.contains("additionalSubjects") ? values.additionalSubjects() : current.additionalSubjects(),
                fields.contains("yearGroup") ? values.yearGroup() : current.yearGroup(),
                fields.contains("mentors") ? values.mentors() : current.mentors(),
                fields.contains("academicYear") ? values.academicYear() : current.academicYear(),
                fields.contains("terms") ? values.terms() : current.terms());
    }
}
