package uk.gov.education.placements.school.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.gov.education.placements.school.command.Schools.anyUrn;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import uk.gov.education.placements.events.CloudEvents;
import uk.gov.education.placements.school.support.Http;
import uk.gov.education.placements.school.support.RunningSchoolService;
import uk.gov.education.placements.infrastructure.Tokens;

/** What consumers of school-events see after a school is onboarded, given a contact and changes it. */
@RunningSchoolService
class SchoolEventsOnKafkaIT {

    @LocalServerPort
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Value("${placements.topics.school-events}")
    String topic;
    @Autowired
    JdbcClient jdbc;

    @Test
    void eachChangeIsOneCloudEventInOrderKeyedAndSubjectedByTheUrn() throws Exception {
        String urn = anyUrn().value();
        Http http = new Http(port, Tokens.support());
        http.post("/schools", "{\"urn\": \"" + urn + "\", \"name\": \"Hillside Primary School\"}");
        http.post("/schools/" + urn + "/placement-contact", "{\"firstName\": \"Jane\", \"email\": \"Jane@Example.com\"}");
        http.put("/schools/" + urn + "/placement-contact", "{\"email\": \"placements@example.com\"}");
        http.put("/schools/" + urn + "/placement-contact", "{\"email\": \"placements@example.com\"}");

        List<ConsumerRecord<String, CloudEvent>> records = new ArrayList<>();
        try (KafkaConsumer<String, CloudEvent> consumer = consumer()) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(250)).forEach(record -> {
                    if (urn.equals(record.key())) {
                        records.add(record);
                    }
                });
                return records.size() >= 3;
            });
        }

        assertThat(records).extracting(record -> record.value().getType())
                .containsExactly("SchoolOnboarded.v1", "PlacementContactAdded.v1", "PlacementContactChanged.v1");
        assertThat(records).extracting(record -> record.value().getExtension(CloudEvents.AGGREGATE_SEQUENCE).toString())
                .containsExactly("0", "1", "2");
        assertThat(records).allSatisfy(record -> {
            assertThat(record.value().getSubject()).isEqualTo(urn);
            assertThat(record.value().getSource().toString()).isEqualTo("school-service");
            assertThat(record.value().getExtension(CloudEvents.AGGREGATE_ID)).hasToString(urn);
            assertThat(record.headers().lastHeader("ce_type")).as("binary mode").isNotNull();
        });
        assertThat(records).extracting(record -> record.value().getId())
                .as("the stored events' ids, stable across redelivery")
                .containsExactlyElementsOf(jdbc.sql("SELECT eventIdentifier FROM DomainEventEntry"
                        + " WHERE aggregateIdentifier = :urn ORDER BY sequenceNumber").param("urn", urn).query(String.class).list());
        assertThat(records).extracting(ConsumerRecord::partition).containsOnly(records.get(0).partition());

        JsonNode added = new ObjectMapper().readTree(new String(records.get(1).value().getData().toBytes(), StandardCharsets.UTF_8));
        assertThat(added.toString()).isEqualTo(
                "{\"schoolUrn\":\"" + urn + "\",\"firstName\":\"Jane\",\"lastName\":null,\"email\":\"jane@example.com\"}");
    }

    private KafkaConsumer<String, CloudEvent> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "school-events-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new CloudEventDeserializer());
    }
}
