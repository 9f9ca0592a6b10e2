package uk.gov.education.placements.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Golden samples guard schema evolution: every sample of every revision ever published must
 * still be readable. A sample is never edited; a new revision gets a new file.
 */
class GoldenSamplesTest {

    static Stream<EventType> catalog() {
        return EventCatalog.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalog")
    void everyEventOfTheCatalogHasAGoldenSampleThatReadsBackUnchanged(EventType type) throws IOException {
        byte[] sample = golden(type.cloudEventType());

        DomainEvent event = CloudEvents.readPayload(type, sample);

        assertThat(event).isInstanceOf(type.javaType());
        assertThat(event.schoolUrn()).isEqualTo("100000");
        JsonNode written = EventJson.mapper().valueToTree(event);
        assertThat(written).isEqualTo(EventJson.mapper().readTree(sample));
    }

    @Test
    void everyGoldenSampleNamesAnEventTheCatalogCanRead() throws IOException, URISyntaxException {
        Path folder = Path.of(getClass().getResource("/golden").toURI());
        List<String> samples;
        try (Stream<Path> files = Files.list(folder)) {
            samples = files.map(f -> f.getFileName().toString().replace(".json", "")).toList();
        }

        assertThat(samples).isNotEmpty().allSatisfy(cloudEventType ->
                assertThat(EventCatalog.byCloudEventType(cloudEventType)).as(cloudEventType).isPresent());
    }

    @Test
    void aReaderIgnoresFieldsAddedByANewerProducer() {
        byte[] withExtraField = """
                {"schoolUrn":"100000","name":"Hogwarts","ofstedRating":"outstanding"}""".getBytes();

        DomainEvent event = CloudEvents.readPayload(EventCatalog.of(SchoolOnboarded.class), withExtraField);

        assertThat(event).isEqualTo(new SchoolOnboarded("100000", "Hogwarts"));
    }

    private static byte[] golden(String cloudEventType) throws IOException {
        try (InputStream in = GoldenSamplesTest.class.getResourceAsStream("/golden/" + cloudEventType + ".json")) {
            assertThat(in).as("golden sample for " + cloudEventType).isNotNull();
            return in.readAllBytes();
        }
    }
}
