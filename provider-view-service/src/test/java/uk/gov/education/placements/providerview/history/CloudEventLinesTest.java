package uk.gov.education.placements.providerview.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class CloudEventLinesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ContactRedactor redactor = new ContactRedactor("test-key");
    private final CloudEventLines lines = new CloudEventLines(redactor);

    @Test
    void writesOneCloudEventPerLineWithTheAttributesFirstAndTheDataLast() throws Exception {
        String out = write(List.of(event(1, "SchoolOnboarded.v1", "{\"schoolUrn\":\"100000\",\"name\":\"Hillside\"}")), true);

        assertThat(out).endsWith("\n").doesNotContain("\n\n");
        JsonNode line = JSON.readTree(out);
        List<String> members = new ArrayList<>();
        line.fieldNames().forEachRemaining(members::add);
        assertThat(members).containsExactly("specversion", "id", "type", "source", "subject", "time",
                "datacontenttype", "aggregateid", "aggregatesequence", "data");
        assertThat(line.get("specversion").asText()).isEqualTo("1.0");
        assertThat(line.get("time").asText()).isEqualTo("2025-09-01T08:00:00Z");
        assertThat(line.get("aggregatesequence").isNumber()).isTrue();
        assertThat(line.get("data").get("name").asText()).isEqualTo("Hillside");
    }

    @Test
    void separatesLinesByTheNewlineAlone() throws Exception {
        String out = write(List.of(event(5, "SchoolOnboarded.v1", "{\"schoolUrn\":\"100000\",\"name\":\"A\"}"),
                event(6, "SchoolOnboarded.v1", "{\"schoolUrn\":\"100001\",\"name\":\"B\"}")), true);

        assertThat(out.split("\n", -1)).hasSize(3).allSatisfy(line -> assertThat(line).matches("(\\{.*\\})?"));
    }

    @Test
    void redactsContactNamesAndReplacesTheEmailByItsPseudonym() throws Exception {
        String out = write(List.of(event(2, "PlacementContactAdded.v1",
                "{\"schoolUrn\":\"100000\",\"firstName\":\"Ada\",\"lastName\":null,\"email\":\"ada@example.com\"}")), true);

        JsonNode data = JSON.readTree(out).get("data");
        assertThat(data.get("firstName").asText()).isEqualTo(ContactRedactor.REDACTED);
        assertThat(data.get("lastName").isNull()).isTrue();
        assertThat(data.get("email").asText()).isEqualTo(redactor.emailPseudonym("ada@example.com"));
        assertThat(out).doesNotContain("Ada").doesNotContain("ada@example.com");
    }

    @Test
    void keepsContactDataWhenRedactionIsOff() throws Exception {
        String out = write(List.of(event(3, "PlacementContactChanged.v1",
                "{\"schoolUrn\":\"100000\",\"firstName\":\"Ada\",\"lastName\":null,\"email\":\"ada@example.com\"}")), false);

        assertThat(JSON.readTree(out).get("data").get("email").asText()).isEqualTo("ada@example.com");
    }

    @Test
    void redactsMentorsNamesButKeepsHowManyThereWere() throws Exception {
        String out = write(List.of(event(7, "PlacementUpdated.v1", "{\"placementId\":\"6f1d2c3b-4a59-4e8f-9b7a-0c1d2e3f4a5b\","
                + "\"schoolUrn\":\"100000\",\"details\":{\"phase\":\"primary\",\"subject\":\"primary\","
                + "\"mentors\":[\"Minerva McGonagall\",\"Filius Flitwick\"],\"academicYear\":\"2025/26\"}}")), true);

        JsonNode details = JSON.readTree(out).get("data").get("details");
        assertThat(details.get("mentors")).hasSize(2).allSatisfy(mentor ->
                assertThat(mentor.asText()).isEqualTo(ContactRedactor.REDACTED));
        assertThat(details.get("subject").asText()).isEqualTo("primary");
        assertThat(out).doesNotContain("McGonagall").doesNotContain("Flitwick");
    }

    @Test
    void leavesOtherEventsDataAsStored() throws Exception {
        String data = "{\"schoolUrn\":\"100000\",\"providerCode\":\"1TZ\",\"addedLater\":{\"x\":1}}";

        String out = write(List.of(event(4, "PartnershipCreated.v1", data)), true);

        assertThat(out).contains("\"data\":" + data + "}");
    }

    private String write(List<StoredEvent> events, boolean redact) throws Exception {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = lines.open(out)) {
            for (StoredEvent event : events) {
                lines.write(generator, event, redact);
            }
        }
        return out.toString();
    }

    private static StoredEvent event(long position, String type, String data) {
        return new StoredEvent(position, "id-" + position, type, "school-service", "100000",
                Instant.parse("2025-09-01T08:00:00Z"), "100000", position, data);
    }
}
