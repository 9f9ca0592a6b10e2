package uk.gov.education.placements.gateway.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.gov.education.placements.gateway.client.FieldMessage;

/**
 * The errors of one form submission, in the order the fields appear, for the GOV.UK error
 * summary (each entry links to its field) and the inline message above each field. The messages
 * are the services' own: the gateway validates nothing itself, it only says where each goes.
 */
public final class FormErrors {

    /** One entry of the error summary: {@code fieldId} is the id of the input it links to. */
    public record Entry(String fieldId, String message) {
        public String href() {
            return "#" + fieldId;
        }
    }

    private final Map<String, Entry> byField = new LinkedHashMap<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    public static FormErrors of(String field, String fieldId, String message) {
        FormErrors errors = new FormErrors();
        errors.add(field, fieldId, message);
        return errors;
    }

    /**
     * The service's field errors, placed on the form's fields in the form's order; {@code fieldIds}
     * maps each service field name to the id of its first input. An error for a field the form does
     * not show goes on {@code fallbackField}, so that it is never lost.
     */
    public static FormErrors fromService(List<FieldMessage> messages, Map<String, String> fieldIds, String fallbackField) {
        FormErrors errors = new FormErrors();
        for (String field : fieldIds.keySet()) {
            for (FieldMessage message : messages) {
                if (field.equals(message.field())) {
                    errors.add(field, fieldIds.get(field), message.message());
                }
            }
        }
        for (FieldMessage message : messages) {
            if (!fieldIds.containsKey(message.field())) {
                errors.add(fallbackField, fieldIds.getOrDefault(fallbackField, fallbackField), message.message());
            }
        }
        return errors;
    }

    public void add(String field, String fieldId, String message) {
        byField.putIfAbsent(field, new Entry(fieldId, message));
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String message(String field) {
        Entry entry = byField.get(field);
        return entry == null ? null : entry.message();
    }

    public List<Entry> entries() {
        return new ArrayList<>(byField.values());
    }
}
