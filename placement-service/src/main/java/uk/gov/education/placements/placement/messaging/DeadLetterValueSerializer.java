package uk.gov.education.placements.placement.messaging;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

import io.cloudevents.CloudEvent;

/**
 * Writes a dead letter's value as the bytes it arrived with. The recoverer copies the original
 * record's headers (the binary-mode {@code ce_*} attributes), so value plus headers give back the
 * original CloudEvent. A record that could not even be read arrives here as its raw bytes.
 */
final class DeadLetterValueSerializer implements Serializer<Object> {

    @Override
    public byte[] serialize(String topic, Object data) {
        if (data == null) {
            return null;
        }
        if (data instanceof byte[] bytes) {
            return bytes;
        }
        if (data instanceof CloudEvent event) {
            return event.getData() == null ? null : event.getData().toBytes();
        }
        throw new SerializationException("Cannot write a dead letter of " + data.getClass().getName());
    }
}
