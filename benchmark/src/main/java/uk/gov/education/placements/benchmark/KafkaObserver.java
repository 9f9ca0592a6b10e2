package uk.gov.education.placements.benchmark;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import uk.gov.education.placements.events.Topics;

/**
 * Notes when each contact change in flight reaches school-events, to split the propagation
 * latency into the outbox's part and the provider view's part. It reads the topic from its end,
 * without a consumer group, and matches a record to a change by key (the URN) and e-mail address.
 */
final class KafkaObserver implements AutoCloseable {

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final CountDownLatch started = new CountDownLatch(1);
    private final Thread thread;

    KafkaObserver(String bootstrapServers, Map<String, ? extends Object> pending) {
        thread = new Thread(() -> run(bootstrapServers, pending), "bench-kafka-observer");
        thread.setDaemon(true);
        thread.start();
        try {
            started.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run(String bootstrapServers, Map<String, ? extends Object> pending) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "bench-observer");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 100);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.SCHOOL_EVENTS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            started.countDown();
            while (running.get()) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    long now = System.nanoTime();
                    Object change = pending.get(record.key());
                    if (change != null) {
                        Propagation.onKafka(change, new String(record.value(), StandardCharsets.UTF_8), now);
                    }
                }
            }
        } catch (RuntimeException e) {
            started.countDown();
            Context.log("  Kafka observer stopped: %s", e);
        }
    }

    @Override
    public void close() {
        running.set(false);
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
