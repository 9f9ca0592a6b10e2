package uk.gov.education.placements.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import uk.gov.education.placements.events.Topics;
import uk.gov.education.placements.localstack.Service;

/** What every scenario uses: the stack, HTTP and Kafka clients, the run's options, the untimed set-up and the load loop. */
final class Context implements AutoCloseable {

    private static final AtomicInteger URNS = new AtomicInteger(1_000_000);
    private static final AtomicLong EMAILS = new AtomicLong();
    private static final ObjectMapper JSON = new ObjectMapper();

    final Stack stack;
    final boolean quick;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Admin kafka;

    Context(Stack stack, boolean quick) {
        this.stack = stack;
        this.quick = quick;
        this.kafka = Admin.create(Map.of("bootstrap.servers", stack.local.kafkaBootstrapServers()));
    }

    /** A measurement window's length, shortened in a quick run. */
    long seconds(long full) {
        return quick ? Math.max(1, full / 3) : full;
    }

    /** Fresh 7-digit URNs, never reused in a run, so no scenario touches another's schools. */
    static List<String> urns(int count) {
        return IntStream.range(0, count).mapToObj(i -> Integer.toString(URNS.getAndIncrement())).toList();
    }

    /** A new address each time, so that every change shows as a different value. */
    static String uniqueEmail() {
        return "contact" + EMAILS.incrementAndGet() + "@bench.example";
    }

    static String contact(String firstName, String lastName, String email) {
        return "{\"firstName\":\"" + firstName + "\",\"lastName\":\"" + lastName + "\",\"email\":\"" + email + "\"}";
    }

    record Response(int status, String body, String location) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }

        Response expect(int expected, String what) {
            if (status != expected) {
                throw new IllegalStateException(what + ": expected " + expected + " but got " + status + " " + body);
            }
            return this;
        }
    }

    /** A blocking HTTP/1.1 request as the support user; a null body is a GET, else the method's JSON body. */
    Response http(String method, Service service, String path, String json) {
        return http(method, stack.local.url(service), path, json);
    }

    /** The same, to a server that is not one of the stack's services (the CRUD baseline). */
    Response http(String method, URI server, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + stack.supportToken).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(null));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("HTTP request failed: " + e, e);
        }
    }

    void onboard(List<String> urns) {
        onboard(stack.local.url(Service.SCHOOL), urns);
    }

    /** Onboards the schools at school-service, or at the CRUD baseline, which takes the same request. */
    void onboard(URI server, List<String> urns) {
        parallel(urns, urn -> http("POST", server, "/schools", "{\"urn\":\"" + urn + "\",\"name\":\"Bench School "
                + urn + "\"}").expect(201, "POST /schools " + urn));
    }

    void addContacts(List<String> urns) {
        parallel(urns, urn -> http("POST", Service.SCHOOL, "/schools/" + urn + "/placement-contact",
                contact("Ada", "Lovelace", uniqueEmail())).expect(201, "POST contact " + urn));
    }

    private static void parallel(List<String> urns, Consumer<String> task) {
        ForkJoinPool pool = new ForkJoinPool(8);
        try {
            pool.submit(() -> urns.parallelStream().forEach(task)).get();
        } catch (Exception e) {
            throw new IllegalStateException("Set-up failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Sets up one thread's part of a closed-loop load (untimed): its step is one operation, true when it counted. */
    interface Loop {
        Callable<Boolean> open(int thread) throws Exception;
    }

    record Outcome(long done, long failed, double seconds) {
        double perSecond() {
            return done / seconds;
        }
    }

    /** Runs the threads' loops together for the window, each set up first (untimed); the last one ready runs {@code atStart}. */
    static Outcome closedLoop(int threads, long seconds, Loop loop, Runnable atStart) throws Exception {
        long[] start = new long[1];
        CyclicBarrier go = new CyclicBarrier(threads, () -> {
            atStart.run();
            start[0] = System.nanoTime();
        });
        var pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<long[]>> outcomes = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int index = t;
                outcomes.add(pool.submit(() -> {
                    Callable<Boolean> step = loop.open(index);
                    go.await();
                    long[] counts = new long[3];
                    while (System.nanoTime() - start[0] < seconds * 1_000_000_000L) {
                        counts[step.call() ? 0 : 1]++;
                    }
                    counts[2] = System.nanoTime();
                    return counts;
                }));
            }
            long[] total = new long[3];
            for (Future<long[]> outcome : outcomes) {
                long[] counts = outcome.get();
                Arrays.setAll(total, i -> i < 2 ? total[i] + counts[i] : Math.max(total[i], counts[i]));
            }
            return new Outcome(total[0], total[1], (total[2] - start[0]) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Waits until both outboxes have published every stored event and every consumer group has
     * committed to the end of both topics: no repetition pays for the previous one's backlog.
     */
    void awaitQuiet(Duration timeout) {
        long started = System.nanoTime();
        Map<String, Long> behind = Map.of();
        try {
            while (System.nanoTime() - started < timeout.toNanos()) {
                Map<TopicPartition, Long> ends = endOffsets(Topics.SCHOOL_EVENTS, Topics.PLACEMENT_EVENTS);
                behind = new TreeMap<>();
                for (Service service : List.of(Service.SCHOOL, Service.PLACEMENT)) {
                    String topic = service == Service.SCHOOL ? Topics.SCHOOL_EVENTS : Topics.PLACEMENT_EVENTS;
                    behind.put(service.module() + " outbox", count(service, "SELECT count(*) FROM domainevententry")
                            - ends.entrySet().stream().filter(end -> end.getKey().topic().equals(topic)).mapToLong(Map.Entry::getValue).sum());
                }
                for (var group : kafka.listConsumerGroups().all().get()) {
                    var committed = kafka.listConsumerGroupOffsets(group.groupId()).partitionsToOffsetAndMetadata().get();
                    Set<String> read = committed.keySet().stream().map(TopicPartition::topic).collect(Collectors.toSet());
                    // A partition of a topic the group reads counts in full until the group commits there.
                    behind.put("consumer group " + group.groupId(), ends.entrySet().stream().filter(end -> read.contains(end.getKey().topic()))
                            .mapToLong(end -> Math.max(0, end.getValue() - Optional.ofNullable(committed.get(end.getKey()))
                                    .map(OffsetAndMetadata::offset).orElse(0L))).sum());
                }
                if (behind.values().stream().allMatch(events -> events <= 0)) {
                    if (System.nanoTime() - started > 2e9) {
                        Benchmark.log("  (waited %.1f s for the outboxes and consumers)", (System.nanoTime() - started) / 1e9);
                    }
                    return;
                }
                sleep(200);
            }
        } catch (ExecutionException | InterruptedException e) {
            throw new IllegalStateException("Cannot read the topics' offsets or the consumer groups", e);
        }
        Benchmark.log("  WARNING: not quiet after %s: events behind %s", timeout, behind);
    }

    long count(Service service, String sql) {
        try (var connection = stack.connect(service); var statement = connection.createStatement();
             var result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The sum of the topic's high watermarks: records acknowledged and readable by consumers. */
    long endOffset(String topic) {
        try {
            return endOffsets(topic).values().stream().mapToLong(Long::longValue).sum();
        } catch (ExecutionException | InterruptedException e) {
            throw new IllegalStateException("Cannot read the end offsets of " + topic, e);
        }
    }

    private Map<TopicPartition, Long> endOffsets(String... topics) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetSpec> latest = kafka.describeTopics(List.of(topics)).allTopicNames().get().values().stream()
                .flatMap(t -> t.partitions().stream().map(p -> new TopicPartition(t.name(), p.partition())))
                .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
        return kafka.listOffsets(latest).all().get().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    /** A producer configured as service-support configures the outbox's. */
    KafkaProducer<String, CloudEvent> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.local.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5, ProducerConfig.LINGER_MS_CONFIG, 1,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"), new StringSerializer(), new CloudEventSerializer());
    }

    /** A consumer of the topic without a group, from its end: it sees what reaches the topic from now on. */
    KafkaConsumer<String, String> consumerAtEnd(String topic) {
        var consumer = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers",
                stack.local.kafkaBootstrapServers()), new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream().map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    static void sleep(long millis) {
        LockSupport.parkNanos(millis * 1_000_000);
    }

    @Override
    public void close() {
        kafka.close();
    }
}
