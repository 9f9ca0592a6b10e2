package uk.gov.education.placements.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yaml.snakeyaml.Yaml;

import uk.gov.education.placements.events.Topics;

/**
 * No cluster runs here, so the manifests in k8s/ cannot be applied in the test command. Instead this
 * checks that they agree with the services and with docker-compose.yml (which
 * {@link DockerComposeConsistencyTest} checks against the services): two instances of each service, its
 * probes on its contract port, resources that leave the JVM room beside its heap, exactly the environment
 * variables the compose file sets for it, and no secret value in any file kustomize applies.
 */
class KubernetesManifestsConsistencyTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path K8S = ROOT.resolve("k8s");
    private static final String EXAMPLE_SECRETS = "secrets.example.yaml";

    /** The settings whose values are secrets: they must come from a Secret, never a ConfigMap or the manifest. */
    private static final Set<String> SECRET_VARIABLES = Set.of("SPRING_DATASOURCE_PASSWORD", "PLACEMENTS_HISTORY_PSEUDONYM_KEY");

    /** What the local stack gives each service's heap (LocalStack's -Xmx384m): the cluster must give at least that. */
    private static final long LEAST_HEAP = 384L << 20;

    /** Metaspace, code cache, thread stacks and direct buffers of a Spring Boot service measured beside its heap. */
    private static final long LEAST_NON_HEAP = 192L << 20;

    @Test
    void kustomizeAppliesEveryManifestButTheExampleSecrets() throws IOException {
        Set<String> manifests = new TreeSet<>();
        try (Stream<Path> files = Files.list(K8S)) {
            files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".yaml"))
                    .filter(name -> !name.equals("kustomization.yaml") && !name.equals(EXAMPLE_SECRETS))
                    .forEach(manifests::add);
        }
        List<Object> resources = list(kustomization().get("resources"));

        assertThat(new TreeSet<>(resources)).isEqualTo(manifests);
        assertThat(resources).doesNotContain(EXAMPLE_SECRETS);
        assertThat(documents()).extracting(document -> document.get("kind")).doesNotContain("Secret");
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void eachServiceRunsTwoInstancesBehindAServiceAtItsComposeNameAndContractPort(Service service) throws IOException {
        Map<String, Object> deployment = resource("Deployment", service.module());
        Map<String, Object> spec = map(deployment.get("spec"));
        Map<String, Object> podLabels = map(map(map(spec.get("template")).get("metadata")).get("labels"));

        assertThat(spec.get("replicas")).isEqualTo(2);
        assertThat(podLabels).containsAllEntriesOf(map(map(spec.get("selector")).get("matchLabels")));
        assertThat(String.valueOf(container(service).get("image"))).contains("/" + service.module() + ":");

        Map<String, Object> serviceSpec = map(resource("Service", service.module()).get("spec"));
        assertThat(podLabels).containsAllEntriesOf(map(serviceSpec.get("selector")));
        Map<String, Object> port = map(list(serviceSpec.get("ports")).get(0));
        assertThat(port.get("port")).isEqualTo(service.defaultPort());
        assertThat(containerPort(service, port.get("targetPort"))).isEqualTo(service.defaultPort());
        Map<String, Object> budget = map(resource("PodDisruptionBudget", service.module()).get("spec"));
        assertThat(budget.get("minAvailable")).isEqualTo(1);
        assertThat(podLabels).containsAllEntriesOf(map(map(budget.get("selector")).get("matchLabels")));
    }

    /**
     * A consumer's readiness waits for partitions (KafkaConsumersHealthIndicator), so an instance beyond the
     * topics' partitions would never be ready: the instances of a rolling update must fit the partitions.
     */
    @ParameterizedTest
    @EnumSource(value = Service.class, mode = EnumSource.Mode.EXCLUDE, names = "WEB_GATEWAY")
    void aConsumingServiceNeverRunsMoreInstancesThanTheTopicsHavePartitions(Service service) throws IOException {
        Map<String, Object> spec = map(resource("Deployment", service.module()).get("spec"));
        int surge = (Integer) map(map(spec.get("strategy")).get("rollingUpdate")).get("maxSurge");
        int partitions = Integer.parseInt(String.valueOf(map(composeService("kafka").get("environment")).get("KAFKA_NUM_PARTITIONS")));

        if (readinessGroup(service).contains("kafkaConsumers")) {
            assertThat((Integer) spec.get("replicas") + surge).isLessThanOrEqualTo(partitions);
        } else {
            assertThat(service).isEqualTo(Service.SCHOOL);
        }
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void probesAskTheHealthGroupsOnTheContractPort(Service service) throws IOException {
        Map<String, Object> container = container(service);

        assertThat(probe(service, container, "readinessProbe")).isEqualTo("/actuator/health/readiness:" + service.defaultPort());
        assertThat(probe(service, container, "livenessProbe")).isEqualTo("/actuator/health/liveness:" + service.defaultPort());
        assertThat(probe(service, container, "startupProbe")).isEqualTo("/actuator/health/liveness:" + service.defaultPort());
        // The same readiness the compose file waits for.
        assertThat(String.valueOf(map(composeService(service).get("healthcheck")).get("test")))
                .contains("http://localhost:" + service.defaultPort() + "/actuator/health/readiness");
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void resourcesAreSetAndTheHeapTheImageDerivesFromTheLimitLeavesTheJvmRoom(Service service) throws IOException {
        Map<String, Object> container = container(service);
        Map<String, Object> requests = map(map(container.get("resources")).get("requests"));
        Map<String, Object> limits = map(map(container.get("resources")).get("limits"));

        assertThat(requests).containsKeys("cpu", "memory");
        assertThat(limits).containsKeys("cpu", "memory");
        assertThat(bytes(requests.get("memory"))).as("a JVM keeps its heap: memory request = limit").isEqualTo(bytes(limits.get("memory")));
        // The heap follows the limit only if nothing overrides the image's JVM options.
        assertThat(container).doesNotContainKeys("command", "args");
        assertThat(environmentNames(service)).doesNotContain("JAVA_TOOL_OPTIONS", "JAVA_OPTS", "JDK_JAVA_OPTIONS");
        long limit = bytes(limits.get("memory"));
        long heap = limit * imagesMaxRamPercentage() / 100;
        assertThat(heap).as(service.module() + "'s heap").isGreaterThanOrEqualTo(LEAST_HEAP);
        assertThat(limit - heap).as(service.module() + "'s memory beside the heap").isGreaterThanOrEqualTo(LEAST_NON_HEAP);
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void setsExactlyTheEnvironmentVariablesTheComposeFileSetsFromItsConfigMapAndSecrets(Service service) throws IOException {
        Map<String, Object> container = container(service);
        for (Object variable : list(container.getOrDefault("env", List.of()))) {
            assertThat(map(variable)).as("an inline value in " + service.module()).doesNotContainKey("value");
            assertThat(map(map(variable).get("valueFrom")).keySet()).hasSize(1).containsAnyOf("secretKeyRef", "configMapKeyRef");
        }

        assertThat(new TreeSet<>(environmentNames(service))).isEqualTo(new TreeSet<>(map(composeService(service).get("environment")).keySet()));
        Map<String, String> settings = configMapSettings(service);
        assertThat(settings.get("SERVER_PORT")).isEqualTo(String.valueOf(service.defaultPort()));
        if (service.hasDatabase()) {
            assertThat(settings.get("SPRING_DATASOURCE_URL")).matches("jdbc:postgresql://[^/]+/" + service.database());
        }
    }

    @Test
    void theWebGatewayCallsEachServiceAtTheNameAndPortOfItsKubernetesService() throws IOException {
        Map<String, String> settings = configMapSettings(Service.WEB_GATEWAY);

        for (Service backEnd : List.of(Service.SCHOOL, Service.PLACEMENT, Service.PROVIDER_VIEW)) {
            Map<String, Object> port = map(list(map(resource("Service", backEnd.module()).get("spec")).get("ports")).get(0));
            String variable = "PLACEMENTS_GATEWAY_" + backEnd.module().toUpperCase().replace('-', '_') + "_URL";
            assertThat(settings.get(variable)).isEqualTo("http://" + backEnd.module() + ":" + port.get("port"));
        }
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void secretsComeFromSecretsAndKeyFilesFromMountedSecrets(Service service) throws IOException {
        Map<String, Map<String, Object>> examples = exampleSecrets();
        Map<String, Object> container = container(service);
        for (Object entry : list(container.getOrDefault("env", List.of()))) {
            Map<String, Object> variable = map(entry);
            Map<String, Object> valueFrom = map(variable.get("valueFrom"));
            assertThat(valueFrom).as(variable.get("name") + " comes from a Secret or a ConfigMap, never inline").isNotNull();
            Map<String, Object> secretRef = map(valueFrom.get("secretKeyRef"));
            if (secretRef == null) {
                continue;
            }
            assertThat(examples).as("secrets.example.yaml names " + secretRef.get("name")).containsKey((String) secretRef.get("name"));
            assertThat(examples.get(secretRef.get("name"))).containsKey((String) secretRef.get("key"));
        }
        Map<String, String> settings = configMapSettings(service);
        assertThat(settings).doesNotContainKeys(SECRET_VARIABLES.toArray(String[]::new));
        for (String secret : SECRET_VARIABLES) {
            if (map(composeService(service).get("environment")).containsKey(secret)) {
                assertThat(secretEnvironmentNames(container)).contains(secret);
            }
        }
        // A key the services read from a file (the public key, the gateway's signing key) is a Secret mounted there.
        settings.forEach((name, value) -> {
            if (value.startsWith("file:")) {
                Path file = Path.of(value.substring("file:".length()));
                String secretName = mountedSecret(service, container, file.getParent().toString());
                assertThat(examples).as(name + " is read from the Secret " + secretName).containsKey(secretName);
                assertThat(examples.get(secretName)).containsKey(file.getFileName().toString());
            }
        });
    }

    @Test
    void theExampleSecretsHoldPlaceholdersOnly() throws IOException {
        Map<String, Map<String, Object>> examples = exampleSecrets();

        assertThat(examples).isNotEmpty();
        examples.forEach((name, values) -> assertThat(values).as(name)
                .isNotEmpty().allSatisfy((key, value) -> assertThat(String.valueOf(value)).matches("<[^<>]+>")));
    }

    @Test
    void topicsAreTheContractsAndTheSameAsInTheComposeFile() throws IOException {
        for (Service service : Service.values()) {
            Map<String, String> settings = configMapSettings(service);
            Map<String, Object> compose = map(composeService(service).get("environment"));
            for (String variable : List.of("PLACEMENTS_TOPICS_SCHOOL_EVENTS", "PLACEMENTS_TOPICS_PLACEMENT_EVENTS")) {
                assertThat(settings.get(variable)).as(service.module() + " " + variable).isEqualTo(compose.get(variable));
            }
            assertThat(settings.getOrDefault("PLACEMENTS_TOPICS_SCHOOL_EVENTS", Topics.SCHOOL_EVENTS)).isEqualTo(Topics.SCHOOL_EVENTS);
            assertThat(settings.getOrDefault("PLACEMENTS_TOPICS_PLACEMENT_EVENTS", Topics.PLACEMENT_EVENTS))
                    .isEqualTo(Topics.PLACEMENT_EVENTS);
        }
        assertThat(configMapSettings(Service.PROVIDER_VIEW)).containsKeys("PLACEMENTS_TOPICS_SCHOOL_EVENTS", "PLACEMENTS_TOPICS_PLACEMENT_EVENTS");
    }

    private static String probe(Service service, Map<String, Object> container, String kind) {
        Map<String, Object> httpGet = map(map(container.get(kind)).get("httpGet"));
        assertThat(httpGet).as(service.module() + " " + kind).isNotNull();
        return httpGet.get("path") + ":" + containerPort(service, httpGet.get("port"));
    }

    /** A port as Kubernetes resolves it: a number, or the name of one of the container's ports. */
    private static int containerPort(Service service, Object port) {
        if (port instanceof Integer number) {
            return number;
        }
        try {
            for (Object declared : list(container(service).get("ports"))) {
                if (port.equals(map(declared).get("name"))) {
                    return (Integer) map(declared).get("containerPort");
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError(service.module() + " has no port named " + port);
    }

    private static String mountedSecret(Service service, Map<String, Object> container, String directory) {
        for (Object mount : list(container.get("volumeMounts"))) {
            if (directory.equals(map(mount).get("mountPath"))) {
                try {
                    for (Object volume : list(podSpec(service).get("volumes"))) {
                        if (map(mount).get("name").equals(map(volume).get("name"))) {
                            Map<String, Object> secret = map(map(volume).get("secret"));
                            assertThat(secret).as(directory + " is a Secret").isNotNull();
                            return (String) secret.get("secretName");
                        }
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new AssertionError(service.module() + " mounts nothing at " + directory);
    }

    private static List<String> environmentNames(Service service) throws IOException {
        Map<String, Object> container = container(service);
        List<String> names = new ArrayList<>();
        for (Object source : list(container.getOrDefault("envFrom", List.of()))) {
            Map<String, Object> configMapRef = map(map(source).get("configMapRef"));
            assertThat(configMapRef).as(service.module() + " takes whole ConfigMaps only, never whole Secrets").isNotNull();
            names.addAll(map(resource("ConfigMap", (String) configMapRef.get("name")).get("data")).keySet());
        }
        for (Object variable : list(container.getOrDefault("env", List.of()))) {
            names.add((String) map(variable).get("name"));
        }
        assertThat(names).as(service.module() + " sets each variable once").doesNotHaveDuplicates();
        return names;
    }

    private static Set<String> secretEnvironmentNames(Map<String, Object> container) {
        Set<String> names = new TreeSet<>();
        for (Object variable : list(container.getOrDefault("env", List.of()))) {
            if (map(map(variable).get("valueFrom")).containsKey("secretKeyRef")) {
                names.add((String) map(variable).get("name"));
            }
        }
        return names;
    }

    private static Map<String, String> configMapSettings(Service service) throws IOException {
        Map<String, String> settings = new TreeMap<>();
        for (Object source : list(container(service).getOrDefault("envFrom", List.of()))) {
            String name = (String) map(map(source).get("configMapRef")).get("name");
            map(resource("ConfigMap", name).get("data")).forEach((key, value) -> {
                assertThat(value).as(key + " is a string, as a ConfigMap's data must be").isInstanceOf(String.class);
                settings.put(key, (String) value);
            });
        }
        return settings;
    }

    private static Map<String, Object> container(Service service) throws IOException {
        List<Object> containers = list(podSpec(service).get("containers"));
        assertThat(containers).as(service.module()).hasSize(1);
        return map(containers.get(0));
    }

    private static Map<String, Object> podSpec(Service service) throws IOException {
        return map(map(map(resource("Deployment", service.module()).get("spec")).get("template")).get("spec"));
    }

    private static Map<String, Object> resource(String kind, String name) throws IOException {
        List<Map<String, Object>> found = documents().stream()
                .filter(document -> kind.equals(document.get("kind")) && name.equals(map(document.get("metadata")).get("name")))
                .toList();
        assertThat(found).as(kind + " " + name).hasSize(1);
        return found.get(0);
    }

    /** Every document of every file kustomize applies. */
    private static List<Map<String, Object>> documents() throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object file : list(kustomization().get("resources"))) {
            documents.addAll(load(K8S.resolve((String) file)));
        }
        return documents;
    }

    private static Map<String, Map<String, Object>> exampleSecrets() throws IOException {
        Map<String, Map<String, Object>> secrets = new HashMap<>();
        for (Map<String, Object> document : load(K8S.resolve(EXAMPLE_SECRETS))) {
            assertThat(document.get("kind")).isEqualTo("Secret");
            assertThat(document).as("base64 data would hide what it holds").doesNotContainKey("data");
            secrets.put((String) map(document.get("metadata")).get("name"), map(document.get("stringData")));
        }
        return secrets;
    }

    private static Map<String, Object> kustomization() throws IOException {
        return load(K8S.resolve("kustomization.yaml")).get(0);
    }

    private static List<Map<String, Object>> load(Path file) throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file)) {
            for (Object document : new Yaml().loadAll(reader)) {
                if (document != null) {
                    documents.add(map(document));
                }
            }
        }
        return documents;
    }

    private static Map<String, Object> composeService(Service service) throws IOException {
        return composeService(service.module());
    }

    private static Map<String, Object> composeService(String name) throws IOException {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(reader);
            return map(map(compose.get("services")).get(name));
        }
    }

    /** The health indicators of the service's readiness group, as its application.yml names them. */
    private static String readinessGroup(Service service) throws IOException {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve(service.module()).resolve("src/main/resources/application.yml"))) {
            Map<String, Object> yaml = new Yaml().load(reader);
            Map<String, Object> health = map(map(map(yaml.get("management")).get("endpoint")).get("health"));
            return String.valueOf(map(map(health.get("group")).get("readiness")).get("include"));
        }
    }

    private static int imagesMaxRamPercentage() throws IOException {
        Matcher percentage = Pattern.compile("ENTRYPOINT .*\"-XX:MaxRAMPercentage=(\\d+)\"").matcher(Files.readString(ROOT.resolve("Dockerfile")));
        assertThat(percentage.find()).as("the Dockerfile sizes the heap from the container's limit").isTrue();
        return Integer.parseInt(percentage.group(1));
    }

    /** A Kubernetes memory quantity in the binary units these manifests use (Mi, Gi). */
    private static long bytes(Object quantity) {
        Matcher matcher = Pattern.compile("(\\d+)(Mi|Gi)").matcher(String.valueOf(quantity));
        assertThat(matcher.matches()).as(quantity + " in Mi or Gi").isTrue();
        return Long.parseLong(matcher.group(1)) << (matcher.group(2).equals("Gi") ? 30 : 20);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }
}
