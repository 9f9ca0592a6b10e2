package uk.gov.education.placements.support.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.cloudevents.core.builder.CloudEventBuilder;

class DeadLetterValueSerializerTest {

    private final DeadLetterValueSerializer serializer = new DeadLetterValueSerializer();

    @Test
    void writesRawBytesUnchanged() {
        byte[] raw = {1, 2, 3};

        assertThat(serializer.serialize("dlt", raw)).isEqualTo(raw);
    }

    @Test
    void writesABinaryModeCloudEventAsItsDataAlone() {
        byte[] data = "{\"not\":\"readable\"}".getBytes(StandardCharsets.UTF_8);

        byte[] written = serializer.serialize("dlt", CloudEventBuilder.v1().withId("1").withType("Unknown.v9")
                .withSource(URI.create("school-service")).withData("application/json", data).build());

        assertThat(written).isEqualTo(data);
    }

    @Test
    void refusesAnythingElse() {
        assertThatThrownBy(() -> serializer.serialize("dlt", "text")).isInstanceOf(IllegalArgumentException.class);
    }
}
