package uk.gov.education.placements.events;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;

/**
 * Each kind of malformed event a consumer may meet is refused when it is read, naming what is
 * wrong, so that it becomes a dead letter instead of a projection that fails half-way.
 */
class MalformedEventsTest {

    private static final String PLACEMENT = "6f1d2c3b-4a59-4e8f-9b7a-0c1d2e3f4a5b";
    private static final String DETAILS = "{'phase':'primary','subject':'primary','academicYear':'2025/26'}";

    @ParameterizedTest(name = "{0} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            PlacementContactChanged.v1 | 100000 | {'schoolUrn':'100000','firstName':'Ann'}                         | email is missing
            PlacementContactAdded.v1   | 100000 | {'schoolUrn':'100000','email':'  '}                               | email is missing
            SchoolOnboarded.v1         | 100000 | {'schoolUrn':'100000'}                                            | name is missing
            SchoolOnboarded.v1         | 12345  | {'schoolUrn':'12345','name':'A school'}                           | schoolUrn must be 6 or 7 digits
            PlacementCreated.v1        | 6f1d2c3b-4a59-4e8f-9b7a-0c1d2e3f4a5b | {'schoolUrn':'100000','details':DETAILS} | placementId is missing
            PlacementCreated.v1        | 6f1d2c3b-4a59-4e8f-9b7a-0c1d2e3f4a5b | {'placementId':'PLACEMENT','schoolUrn':'100000'} | details is missing
            PlacementUpdated.v1        | 6f1d2c3b-4a59-4e8f-9b7a-0c1d2e3f4a5b | {'placementId':'PLACEMENT','schoolUrn':'100000','details':{'phase':'primary'}} | details.subject is missing
            PlacementUpdated.v1        | 6f1d2c3b-4a59-4e8f-9b7a-0c1d2e3f4a5b | {'placementId':'PLACEMENT','schoolUrn':'100000','details':{'phase':'primary','subject':'primary','academicYear':'2025/26','mentors':[null]}} | details.mentors holds a null
            PlacementProviderAssigned.v1 | 6f1d2c3b-4a59-4e8f-9b7a-0c1d2e3f4a5b | {'placementId':'PLACEMENT','schoolUrn':'100000'} | providerCode must be 3 letters or digits
            PlacementDeleted.v1        | 6f1d2c3b-4a59-4e8f-9b7a-0c1d2e3f4a5b | {'placementId':'not-a-uuid','schoolUrn':'100000'} | Payload is not a valid PlacementDeleted.v1
            PartnershipCreated.v1      | 100000:1TZ | {'schoolUrn':'100000','providerCode':'TOO-LONG'}         | providerCode must be 3 letters or digits
            PartnershipEnded.v1        | 100000:1TZ | {'schoolUrn':'100000','providerCode':'1TZ','extra':}     | Payload is not a valid PartnershipEnded.v1
            PlacementContactChanged.v1 | 100000 | [1, 2, 3]                                                         | Payload is not a valid PlacementContactChanged.v1
            """)
    void refusesAPayloadWithoutWhatItsProjectionNeeds(String type, String aggregateId, String json, String reason) {
        CloudEvent event = event(type, "100000", aggregateId, 0, json.replace("DETAILS", DETAILS)
                .replace("PLACEMENT", PLACEMENT).replace('\'', '"'));

        assertThatThrownBy(() -> CloudEvents.fromCloudEvent(event))
                .isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining(reason);
    }

    @ParameterizedTest(name = "subject {0}, aggregate {1}, sequence {2}")
    @CsvSource(delimiter = '|', textBlock = """
            200000 | 100000 | 0  | has subject 200000 but its payload is of school 100000
            100000 | 200000 | 0  | names aggregate 200000 but its payload is of aggregate 100000
            100000 | 100000 | -1 | has a negative aggregatesequence -1
            """)
    void refusesAttributesThatDisagreeWithThePayload(String subject, String aggregateId, long sequence, String reason) {
        CloudEvent event = event("PlacementContactAdded.v1", subject, aggregateId, sequence,
                "{\"schoolUrn\":\"100000\",\"email\":\"a@b.com\"}");

        assertThatThrownBy(() -> CloudEvents.fromCloudEvent(event))
                .isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining(reason);
    }

    private static CloudEvent event(String type, String subject, String aggregateId, long sequence, String json) {
        return CloudEventBuilder.v1()
                .withId("event-1")
                .withType(type)
                .withSource(URI.create("school-service"))
                .withSubject(subject)
                .withTime(OffsetDateTime.parse("2026-09-01T08:00:00Z"))
                .withDataContentType(CloudEvents.JSON)
                .withExtension(CloudEvents.AGGREGATE_ID, aggregateId)
                .withExtension(CloudEvents.AGGREGATE_SEQUENCE, sequence)
                .withData(json.getBytes(StandardCharsets.UTF_8))
                .build();
    }
}
