package uk.gov.education.placements.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The one JSON shape of event payloads, on Kafka and in golden samples. */
public final class EventJson {

    private static final ObjectMapper MAPPER = configure(JsonMapper.builder()).build();

    private EventJson() {
    }

    /**
     * Tolerant reader: a newer producer may add fields, and an older consumer must still read the
     * event; a field's meaning never changes without a new revision.
     */
    public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
        return builder
                .addModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
