package uk.gov.education.placements.providerview;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import uk.gov.education.placements.events.CloudEvents;
import uk.gov.education.placements.events.EventEnvelope;
import uk.gov.education.placements.events.PlacementContactEvent;
import uk.gov.education.placements.events.SchoolOnboarded;
import uk.gov.education.placements.events.Topics;
import uk.gov.education.placements.infrastructure.RealInfrastructure;

/**
 * Publishes events exactly as the write services' outbox does: binary-mode CloudEvents through
 * the SDK's serializer, keyed by the school's URN, to the topic of the event's service.
 */
public final class EventPublisher {

    private static EventPublisher instance;

    private final KafkaTemplate<String, CloudEvent> template;
    private final KafkaProducer<String, byte[]> raw;

    private EventPublisher(String bootstrapServers) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class);
        template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
        Map<String, Object> rawConfig = new HashMap<>(config);
        rawConfig.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        raw = new KafkaProducer<>(rawConfig);
    }

    public static synchronized EventPublisher get() {
        if (instance == null) {
            instance = new EventPublisher(RealInfrastructure.kafka().bootstrapServers());
        }
        return instance;
    }

    public static String topicOf(EventEnvelope event) {
        return event.payload() instanceof SchoolOnboarded || event.payload() instanceof PlacementContactEvent
                ? Topics.SCHOOL_EVENTS : Topics.PLACEMENT_EVENTS;
    }

    public void publish(EventEnvelope... events) {
        publish(List.of(events));
    }

    /** Sends all, in order per topic and key, and returns once the broker acknowledged every one. */
    public void publish(List<EventEnvelope> events) {
        List<CompletableFuture<SendResult<String, CloudEvent>>> sent = new ArrayList<>(events.size());
        for (EventEnvelope event : events) {
            sent.add(template.send(topicOf(event), event.schoolUrn(), CloudEvents.toCloudEvent(event)));
        }
        template.flush();
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).orTimeout(30, TimeUnit.SECONDS).join();
    }

    public void publish(ProducerRecord<String, CloudEvent> record) {
        template.send(record).orTimeout(30, TimeUnit.SECONDS).join();
    }

    /** A record the way no write service would send it: for poison tests. */
    public void publishRaw(ProducerRecord<String, byte[]> record) {
        try {
            raw.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
