package uk.gov.education.placements.support.consumer;

import org.apache.kafka.common.serialization.Serializer;

import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;

/**
 * Writes a dead letter's value exactly as it was read. A record that did not even deserialize
 * arrives here as its raw bytes; one that deserialized but could not be processed arrives as a
 * binary-mode CloudEvent, whose value on Kafka was its data alone (its attributes travel in the
 * {@code ce_*} headers, which the recoverer copies over). Either way the dead letter can be
 * re-published unchanged once the cause is fixed.
 */
public class DeadLetterValueSerializer implements Serializer<Object> {

    @Override
    public byte[] serialize(String topic, Object value) {
        if (value == null || value instanceof byte[]) {
            return (byte[]) value;
        }
        if (value instanceof CloudEvent event) {
            CloudEventData data = event.getData();
            return data == null ? null : data.toBytes();
        }
        throw new IllegalArgumentException("Cannot write a dead letter of type " + value.getClass().getName());
    }
}
