package uk.gov.education.placements.providerview.history;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import uk.gov.education.placements.events.CloudEvents;
import uk.gov.education.placements.events.EventCatalog;
import uk.gov.education.placements.events.PlacementContactEvent;
import uk.gov.education.placements.events.PlacementCreated;
import uk.gov.education.placements.events.PlacementUpdated;

/**
 * Writes stored events as CloudEvents in the JSON event format, one per line (NDJSON): the
 * context attributes, the extensions, then {@code data}. Contact events have their names and
 * email redacted unless the caller may and does ask otherwise.
 */
public final class CloudEventLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ContactRedactor redactor;

    public CloudEventLines(ContactRedactor redactor) {
        this.redactor = redactor;
    }

    /** A generator for the lines: nothing between them but the newline each one ends with. */
    public JsonGenerator open(OutputStream out) throws IOException {
        return configure(JSON.getFactory().createGenerator(out));
    }

    public JsonGenerator open(Writer out) throws IOException {
        return configure(JSON.getFactory().createGenerator(out));
    }

    private static JsonGenerator configure(JsonGenerator generator) {
        generator.setRootValueSeparator(null);
        generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return generator;
    }

    public void write(JsonGenerator out, StoredEvent event, boolean redact) throws IOException {
        out.writeStartObject();
        out.writeStringField("specversion", "1.0");
        out.writeStringField("id", event.id());
        out.writeStringField("type", event.type());
        out.writeStringField("source", event.source());
        out.writeStringField("subject", event.subject());
        out.writeStringField("time", event.time().toString());
        out.writeStringField("datacontenttype", CloudEvents.JSON);
        out.writeStringField(CloudEvents.AGGREGATE_ID, event.aggregateId());
        out.writeNumberField(CloudEvents.AGGREGATE_SEQUENCE, event.aggregateSequence());
        out.writeFieldName("data");
        if (redact && isContactEvent(event.type())) {
            out.writeTree(redacted(event.data()));
        } else if (redact && carriesMentors(event.type())) {
            out.writeTree(withMentorsRedacted(event.data()));
        } else {
            out.writeRawValue(event.data());
        }
        out.writeEndObject();
        out.writeRaw('\n');
    }

    static boolean isContactEvent(String cloudEventType) {
        return EventCatalog.byCloudEventType(cloudEventType)
                .map(type -> PlacementContactEvent.class.isAssignableFrom(type.javaType()))
                .orElse(false);
    }

    /** Mentors are people too: their names are personal data like the contact's. */
    static boolean carriesMentors(String cloudEventType) {
        return EventCatalog.byCloudEventType(cloudEventType)
                .map(type -> type.javaType() == PlacementCreated.class || type.javaType() == PlacementUpdated.class)
                .orElse(false);
    }

    /** Each mentor's name becomes the redaction mark: how many mentors a placement had stays visible. */
    private JsonNode withMentorsRedacted(String data) throws IOException {
        ObjectNode payload = (ObjectNode) JSON.readTree(data);
        JsonNode mentors = payload.path("details").path("mentors");
        if (mentors instanceof com.fasterxml.jackson.databind.node.ArrayNode names) {
            for (int i = 0; i < names.size(); i++) {
                if (!names.get(i).isNull()) {
                    names.set(i, redactor.name(names.get(i).asText()));
                }
            }
        }
        return payload;
    }

    private JsonNode redacted(String data) throws IOException {
        ObjectNode payload = (ObjectNode) JSON.readTree(data);
        redactText(payload, "firstName", redactor::name);
        redactText(payload, "lastName", redactor::name);
        redactText(payload, "email", redactor::emailPseudonym);
        return payload;
    }

    private static void redactText(ObjectNode payload, String field, java.util.function.UnaryOperator<String> redaction) {
        JsonNode value = payload.get(field);
        if (value != null && !value.isNull()) {
            payload.put(field, redaction.apply(value.asText()));
        }
    }
}
