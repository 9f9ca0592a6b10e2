package uk.gov.education.placements.benchmark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** Topic end offsets and consumer-group positions, read through Kafka's admin API. */
final class KafkaAdmin implements AutoCloseable {

    private final Admin admin;

    KafkaAdmin(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(AdminClientConfig.CLIENT_ID_CONFIG, "bench-admin");
        admin = Admin.create(properties);
    }

    List<TopicPartition> partitions(String topic) {
        try {
            Map<String, TopicDescription> topics = admin.describeTopics(List.of(topic)).allTopicNames().get();
            return topics.get(topic).partitions().stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
        } catch (ExecutionException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The high watermark of every partition: records acknowledged and readable by consumers. */
    Map<TopicPartition, Long> endOffsets(List<TopicPartition> partitions) {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, OffsetSpec> request = partitions.stream()
                .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
        try {
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> result =
                    admin.listOffsets(request).all().get();
            Map<TopicPartition, Long> offsets = new HashMap<>();
            result.forEach((partition, info) -> offsets.put(partition, info.offset()));
            return offsets;
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot read end offsets", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    long totalEndOffset(String topic) {
        return endOffsets(partitions(topic)).values().stream().mapToLong(Long::longValue).sum();
    }

    /** Records of the given topics not yet committed by each consumer group. */
    Map<String, Long> lagByGroup(List<String> topics) {
        try {
            Map<TopicPartition, Long> ends = new HashMap<>();
            for (String topic : topics) {
                ends.putAll(endOffsets(partitions(topic)));
            }
            Map<String, Long> lag = new HashMap<>();
            for (ConsumerGroupListing group : admin.listConsumerGroups().all().get()) {
                if (group.groupId().startsWith("bench-")) {
                    continue;
                }
                Map<TopicPartition, OffsetAndMetadata> committed =
                        admin.listConsumerGroupOffsets(group.groupId()).partitionsToOffsetAndMetadata().get();
                long groupLag = 0;
                boolean consumesThese = false;
                for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
                    OffsetAndMetadata position = committed.get(end.getKey());
                    if (position != null) {
                        consumesThese = true;
                        groupLag += Math.max(0, end.getValue() - position.offset());
                    } else if (end.getValue() > 0 && committed.keySet().stream()
                            .anyMatch(p -> p.topic().equals(end.getKey().topic()))) {
                        groupLag += end.getValue();
                    }
                }
                if (consumesThese) {
                    lag.put(group.groupId(), groupLag);
                }
            }
            return lag;
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot read consumer groups", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
