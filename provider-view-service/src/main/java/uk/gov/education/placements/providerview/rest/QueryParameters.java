package uk.gov.education.placements.providerview.rest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;

import uk.gov.education.placements.providerview.query.ProviderCode;
import uk.gov.education.placements.support.web.FieldMessage;
import uk.gov.education.placements.support.web.ProblemException;
import uk.gov.education.placements.support.web.Problems;

/**
 * Reads a request's query parameters strictly, collecting every problem before it answers 400:
 * an unknown or repeated parameter is refused rather than ignored, because a misspelt filter
 * that silently returns everything hides the caller's bug.
 */
final class QueryParameters {

    private final Map<String, String[]> values;
    private final List<FieldMessage> errors = new ArrayList<>();

    private QueryParameters(Map<String, String[]> values) {
        this.values = values;
    }

    static QueryParameters of(HttpServletRequest request, Set<String> accepted) {
        QueryParameters parameters = new QueryParameters(request.getParameterMap());
        parameters.values.forEach((name, given) -> {
            if (!accepted.contains(name)) {
                parameters.reject(name, "Remove this parameter: it is not one this endpoint accepts");
            } else if (given.length > 1) {
                parameters.reject(name, "Give this parameter once");
            }
        });
        return parameters;
    }

    /** The parameter's value, trimmed; null when absent. A blank value counts as a mistake, not as absent. */
    String text(String name) {
        String[] given = values.get(name);
        if (given == null || given.length != 1) {
            return null;
        }
        String value = given[0].trim();
        if (value.isEmpty()) {
            reject(name, "Enter a value, or leave the parameter out");
            return null;
        }
        return value;
    }

    ProviderCode providerCode(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        if (!ProviderCode.isValid(value)) {
            reject(name, "Enter a provider code of 3 letters or digits, like 1TZ");
            return null;
        }
        return new ProviderCode(value);
    }

    <T> T oneOf(String name, Function<String, Optional<T>> parse, String message) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        Optional<T> parsed = parse.apply(value);
        if (parsed.isEmpty()) {
            reject(name, message);
        }
        return parsed.orElse(null);
    }

    int integer(String name, int absent, int min, int max, String message) {
        String value = text(name);
        if (value == null) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        reject(name, message);
        return absent;
    }

    /** An ISO-8601 instant with a zone offset, such as 2025-09-01T00:00:00Z or 2025-09-01T01:00:00+01:00. */
    Instant instant(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            reject(name, "Enter an ISO-8601 instant with its offset, like 2025-09-01T00:00:00Z");
            return null;
        }
    }

    boolean flag(String name, boolean absent) {
        Boolean value = oneOf(name, given -> switch (given) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> Optional.empty();
        }, "Enter true or false");
        return value == null ? absent : value;
    }

    void reject(String field, String message) {
        errors.add(new FieldMessage(field, message));
    }

    boolean valid() {
        return errors.isEmpty();
    }

    void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ProblemException(Problems.validation(errors));
        }
    }
}
