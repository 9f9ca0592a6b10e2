package uk.gov.education.placements.faults;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import uk.gov.education.placements.localstack.Service;

/** What a case works with: the topology, the load, the poison, and what it can ask the servers directly. */
final class Context {

    final Topology topology;
    final Load load;
    final Http http;
    final Ledger ledger;
    final Poison poison;
    final Invariants invariants;

    Context(Topology topology, Load load, Http http, Ledger ledger, Poison poison, Invariants invariants) {
        this.topology = topology;
        this.load = load;
        this.http = http;
        this.ledger = ledger;
        this.poison = poison;
        this.invariants = invariants;
    }

    /**
     * The instance whose outbox processor holds the event store's token: Axon names a claim's owner
     * {@code <pid>@<host>}, and the topology knows each instance's pid.
     */
    Optional<Instance> outboxOwner(Service service) {
        try (Connection connection = topology.connect(service)) {
            String[] owner = {null};
            Snapshot.query(connection, "SELECT owner FROM tokenentry WHERE processorname = 'kafka-outbox'",
                    rs -> owner[0] = rs.getString(1));
            if (owner[0] == null || !owner[0].contains("@")) {
                return Optional.empty();
            }
            long pid = Long.parseLong(owner[0].substring(0, owner[0].indexOf('@')));
            return topology.instances(service).stream().filter(i -> topology.pid(i) == pid).findFirst();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read " + service.module() + "'s outbox token", e);
        }
    }

    /** How many records of the group's topics it has not consumed yet. */
    long consumerLag(String group) {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (String topic : List.of("school-events", "placement-events")) {
                for (int p = 0; p < Topology.PARTITIONS; p++) {
                    latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
                }
            }
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
                    admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
            long lag = 0;
            for (Map.Entry<TopicPartition, OffsetAndMetadata> entry : committed.entrySet()) {
                if (entry.getValue() != null && ends.containsKey(entry.getKey())) {
                    lag += ends.get(entry.getKey()).offset() - entry.getValue().offset();
                }
            }
            return lag;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the lag of " + group, e);
        }
    }

    /** The group's members and how many partitions each has. */
    List<Integer> partitionsPerMember(String group) {
        try (Admin admin = admin()) {
            ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).describedGroups()
                    .get(group).get(10, TimeUnit.SECONDS);
            return description.members().stream().map(m -> m.assignment().topicPartitions().size()).toList();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot describe the group " + group, e);
        }
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, topology.bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000));
    }
}
