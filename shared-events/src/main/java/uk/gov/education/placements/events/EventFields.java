package uk.gov.education.placements.events;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The checks every event makes of itself when it is built, whether by an aggregate or by a
 * consumer reading it: the fields a projection needs are there and have the contract's shape. A
 * consumer therefore meets a malformed event as an unreadable one (a dead letter), never as a
 * projection that fails half-way. Value rules (which subjects exist, what an email looks like)
 * stay with the write services; only identifiers and presence are checked here.
 */
final class EventFields {

    private static final Pattern URN = Pattern.compile("\\d{6,7}");
    private static final Pattern PROVIDER_CODE = Pattern.compile("[A-Za-z0-9]{3}");

    private EventFields() {
    }

    static String urn(String value) {
        if (value == null || !URN.matcher(value).matches()) {
            throw new MalformedEventException("schoolUrn must be 6 or 7 digits, not " + quoted(value));
        }
        return value;
    }

    static String providerCode(String value) {
        if (value == null || !PROVIDER_CODE.matcher(value).matches()) {
            throw new MalformedEventException("providerCode must be 3 letters or digits, not " + quoted(value));
        }
        return value;
    }

    static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new MalformedEventException(field + " is missing");
        }
        return value;
    }

    static <T> T present(String field, T value) {
        if (value == null) {
            throw new MalformedEventException(field + " is missing");
        }
        return value;
    }

    /** A list that may be absent (read as empty) but holds no nulls. */
    static List<String> list(String field, List<String> values) {
        if (values == null) {
            return List.of();
        }
        if (values.stream().anyMatch(value -> value == null)) {
            throw new MalformedEventException(field + " holds a null");
        }
        return List.copyOf(values);
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
