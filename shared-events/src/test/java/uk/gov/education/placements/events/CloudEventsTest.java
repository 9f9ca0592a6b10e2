package uk.gov.education.placements.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.cloudevents.kafka.CloudEventSerializer;

class CloudEventsTest {

    private static final Instant TIME = Instant.parse("2026-11-28T10:15:30.123Z");

    @Test
    void aContactEventSurvivesTheKafkaBinaryRoundTrip() {
        EventEnvelope sent = envelope(new PlacementContactAdded("100000", null, "Smith", "jo@example.com"), 2);

        EventEnvelope received = roundTrip(sent);

        assertThat(received).isEqualTo(sent);
    }

    @Test
    void aPlacementEventSurvivesTheKafkaBinaryRoundTrip() {
        PlacementDetails details = new PlacementDetails("primary", "primary_with_english", List.of(), "year_2",
                List.of("Jo Mentor"), "2025/26", List.of("summer"));
        EventEnvelope sent = envelope(new PlacementCreated(UUID.randomUUID(), "100000", details), 0);

        assertThat(roundTrip(sent)).isEqualTo(sent);
    }

    @Test
    void theAttributesTravelAsCeHeadersAndThePayloadAsTheValue() {
        EventEnvelope sent = envelope(new SchoolOnboarded("1234567", "A school"), 0);
        Headers headers = new RecordHeaders();

        byte[] value = serialize(sent, headers);

        assertThat(header(headers, "ce_id")).isEqualTo(sent.id());
        assertThat(header(headers, "ce_type")).isEqualTo("SchoolOnboarded.v1");
        assertThat(header(headers, "ce_source")).isEqualTo("school-service");
        assertThat(header(headers, "ce_subject")).isEqualTo("1234567");
        assertThat(header(headers, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(headers, "ce_aggregatesequence")).isEqualTo("0");
        assertThat(header(headers, "content-type")).isEqualTo("application/json");
        assertThat(new String(value, StandardCharsets.UTF_8)).isEqualTo("{\"schoolUrn\":\"1234567\",\"name\":\"A school\"}");
    }

    @Test
    void refusesAnUnknownRevision() {
        CloudEvent event = CloudEventBuilder.v1(CloudEvents.toCloudEvent(envelope(new SchoolOnboarded("100000", "x"), 0)))
                .withType("SchoolOnboarded.v99").build();

        assertThatThrownBy(() -> CloudEvents.fromCloudEvent(event))
                .isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("SchoolOnboarded.v99");
    }

    @Test
    void refusesAPayloadThatIsNotJson() {
        CloudEvent event = CloudEventBuilder.v1(CloudEvents.toCloudEvent(envelope(new SchoolOnboarded("100000", "x"), 0)))
                .withData("not json".getBytes(StandardCharsets.UTF_8)).build();

        assertThatThrownBy(() -> CloudEvents.fromCloudEvent(event)).isInstanceOf(UnreadableEventException.class);
    }

    @Test
    void refusesAnEventWithoutItsSequence() {
        CloudEvent event = CloudEventBuilder.v1()
                .withId("1").withType("SchoolOnboarded.v1").withSource(URI.create("x")).withTime(TIME.atOffset(java.time.ZoneOffset.UTC))
                .withData("{\"schoolUrn\":\"100000\",\"name\":\"x\"}".getBytes(StandardCharsets.UTF_8)).build();

        assertThatThrownBy(() -> CloudEvents.fromCloudEvent(event))
                .isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining(CloudEvents.AGGREGATE_SEQUENCE);
    }

    private static EventEnvelope envelope(DomainEvent payload, long sequence) {
        return new EventEnvelope(UUID.randomUUID().toString(), "school-service", TIME, payload.aggregateId(), sequence, payload);
    }

    private static EventEnvelope roundTrip(EventEnvelope sent) {
        Headers headers = new RecordHeaders();
        byte[] value = serialize(sent, headers);
        try (CloudEventDeserializer deserializer = new CloudEventDeserializer()) {
            return CloudEvents.fromCloudEvent(deserializer.deserialize(Topics.SCHOOL_EVENTS, headers, value));
        }
    }

    private static byte[] serialize(EventEnvelope sent, Headers headers) {
        try (CloudEventSerializer serializer = new CloudEventSerializer()) {
            serializer.configure(java.util.Map.of(), false);
            return serializer.serialize(Topics.SCHOOL_EVENTS, headers, CloudEvents.toCloudEvent(sent));
        }
    }

    private static String header(Headers headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
