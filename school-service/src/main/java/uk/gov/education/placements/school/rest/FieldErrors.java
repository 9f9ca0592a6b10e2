package uk.gov.education.placements.school.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import uk.gov.education.placements.school.command.InvalidValueException;
import uk.gov.education.placements.support.web.FieldMessage;
import uk.gov.education.placements.support.web.Problems;
import uk.gov.education.placements.support.web.ProblemException;

/**
 * Builds a request's value objects field by field and collects what they refuse, so one 400
 * lists every field error with the field's name. The value objects stay the only place that
 * knows the rules. Public for the benchmark's CRUD baseline, which checks a request as this service does.
 */
public final class FieldErrors {

    private final List<FieldMessage> errors = new ArrayList<>();

    public <T> T check(String field, Supplier<T> valueObject) {
        try {
            return valueObject.get();
        } catch (InvalidValueException e) {
            errors.add(new FieldMessage(field, e.getMessage()));
            return null;
        }
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ProblemException(Problems.validation(List.copyOf(errors)));
        }
    }

    /** A single value, typically from the path, refused on its own. */
    public static <T> T require(String field, Supplier<T> valueObject) {
        FieldErrors errors = new FieldErrors();
        T value = errors.check(field, valueObject);
        errors.throwIfAny();
        return value;
    }
}
