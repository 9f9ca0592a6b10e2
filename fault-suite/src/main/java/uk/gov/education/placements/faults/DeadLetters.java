package uk.gov.education.placements.faults;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads the dead-letter topics whole and compares them with the poison injected so far. */
final class DeadLetters {

    private final String bootstrapServers;
    private final Poison poison;

    DeadLetters(String bootstrapServers, Poison poison) {
        this.bootstrapServers = bootstrapServers;
        this.poison = poison;
    }

    /** @param byTopic each dead-letter topic's records, by poison id (or a description of a record that is not poison) */
    record Contents(Map<String, Map<String, Integer>> byTopic, List<String> breaches) {

        long total() {
            return byTopic.values().stream().flatMap(m -> m.values().stream()).mapToLong(Integer::longValue).sum();
        }
    }

    Contents read() {
        Map<String, Map<String, Integer>> byTopic = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "fault-suite-dead-letter-reader-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                // Reading must not create a dead-letter topic that no consumer has needed yet.
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : Poison.deadLetterTopics()) {
                byTopic.put(topic, new HashMap<>());
                List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
                if (infos != null) {
                    infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
                }
            }
            if (partitions.isEmpty()) {
                // No consumer has dead-lettered anything yet, nor created its topics (they are created at the first dead letter).
                return compare(byTopic);
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            boolean done = Deadline.await(Duration.ofSeconds(30), Duration.ZERO, () -> {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    byTopic.get(record.topic()).merge(identify(record), 1, Integer::sum);
                }
                return partitions.stream().allMatch(p -> consumer.position(p) >= ends.get(p));
            });
            if (!done) {
                throw new IllegalStateException("Could not read the dead-letter topics to their end within 30 s");
            }
        }
        return compare(byTopic);
    }

    private Contents compare(Map<String, Map<String, Integer>> byTopic) {
        List<String> breaches = new ArrayList<>();
        Map<String, Map<String, Integer>> expected = new HashMap<>();
        Poison.deadLetterTopics().forEach(topic -> expected.put(topic, new HashMap<>()));
        for (Poison.Injected injected : poison.injected()) {
            Poison.DEAD_LETTER_TOPICS.get(injected.topic()).forEach(dlt -> expected.get(dlt).put(injected.id(), 1));
        }
        expected.forEach((topic, records) -> {
            Map<String, Integer> found = byTopic.get(topic);
            records.keySet().stream().filter(id -> !found.containsKey(id)).sorted().forEach(id ->
                    breaches.add(topic + " lacks the poison record " + id));
            found.forEach((id, times) -> {
                if (!records.containsKey(id)) {
                    breaches.add(topic + " holds " + (times > 1 ? times + " times " : "") + id + ", which is no injected poison");
                } else if (times > 1) {
                    breaches.add(topic + " holds the poison record " + id + " " + times + " times");
                }
            });
        });
        return new Contents(byTopic, breaches);
    }

    private static String identify(ConsumerRecord<String, byte[]> record) {
        String poisonId = header(record, Poison.HEADER);
        if (poisonId != null) {
            return poisonId;
        }
        return "a record keyed " + record.key() + " (ce_id " + header(record, "ce_id") + ", ce_type "
                + header(record, "ce_type") + ", dlt-reason " + header(record, "dlt-reason") + ")";
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
