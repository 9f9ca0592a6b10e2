package uk.gov.education.placements.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.FileSystemResource;
import org.yaml.snakeyaml.Yaml;

import uk.gov.education.placements.infrastructure.TokenIssuer;

/**
 * No Docker engine runs here, so docker-compose.yml cannot be started in the test command.
 * Instead this checks that it agrees with the services: every service, port and health check is
 * there, and every setting a service reads from its environment is set, resolves through
 * Spring's own relaxed binding to what the compose file means, and points at a database and
 * broker the file defines.
 */
class DockerComposeConsistencyTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    /** Settings every service reads through service-support, whatever its application.yml says. */
    private static final Set<String> SHARED_SETTINGS = Set.of(
            "placements.security.issuer", "spring.security.oauth2.resourceserver.jwt.audiences", "spring.security.oauth2.resourceserver.jwt.public-key-location");

    /**
     * Settings a service requires and application.yml deliberately leaves unset, so that no
     * environment can start on a shared default: the operator's own secret.
     */
    private static final Map<Service, Set<String>> REQUIRED_WITHOUT_DEFAULT = Map.of(
            Service.PROVIDER_VIEW, Set.of("placements.history.pseudonym-key"));

    /** Settings that differ between environments: they must come from the compose file. */
    private static final Pattern ENVIRONMENT_SPECIFIC = Pattern.compile(
            "server\\.port|spring\\.datasource\\.(url|username|password)|spring\\.kafka\\.bootstrap-servers|placements\\.topics\\..+|placements\\.history\\.pseudonym-key"
            // The web gateway's: where the services are, and the sign-in stand-in's key.
            + "|placements\\.gateway\\.[a-z-]+-service-url|placements\\.gateway\\.demo-signing-key");

    @Test
    void definesTheDatabaseTheBrokerTheThreeServicesAndTheWebGateway() throws IOException {
        assertThat(services()).containsKeys("postgres", "kafka",
                Service.SCHOOL.module(), Service.PLACEMENT.module(), Service.PROVIDER_VIEW.module(), Service.WEB_GATEWAY.module());
        assertThat(healthcheck("postgres")).contains("pg_isready");
        assertThat(healthcheck("kafka")).contains("localhost:9092");
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void eachServiceIsBuiltFromItsModuleAndPublishedOnItsContractPort(Service service) throws IOException {
        Map<String, Object> definition = service(service.module());
        int port = service.defaultPort();

        assertThat(map(map(definition.get("build")).get("args")).get("MODULE")).isEqualTo(service.module());
        assertThat(definition.get("ports")).isEqualTo(List.of(port + ":" + port));
        assertThat(environment(service).get("SERVER_PORT")).isEqualTo(String.valueOf(port));
        assertThat(healthcheck(service.module())).contains("http://localhost:" + port + "/actuator/health/readiness");
        // The services need the database and the broker; the web gateway needs the services.
        String[] dependencies = service.hasDatabase()
                ? new String[] {"postgres", "kafka"}
                : new String[] {Service.SCHOOL.module(), Service.PLACEMENT.module(), Service.PROVIDER_VIEW.module()};
        assertThat(map(definition.get("depends_on"))).containsOnlyKeys(dependencies)
                .allSatisfy((name, condition) -> assertThat(map(condition).get("condition")).isEqualTo("service_healthy"));
    }

    @ParameterizedTest
    @EnumSource(value = Service.class, mode = EnumSource.Mode.EXCLUDE, names = "WEB_GATEWAY")
    void everySettingAServiceReadsFromItsEnvironmentIsSetAndResolves(Service service) throws IOException {
        Map<String, String> composeEnvironment = environment(service);
        StandardEnvironment spring = springEnvironmentInsideTheContainer(service, composeEnvironment);
        Set<String> read = environmentSpecificSettings(service);

        assertThat(read).contains("spring.datasource.url", "spring.kafka.bootstrap-servers", "server.port");
        for (String property : read) {
            String variable = property.toUpperCase().replace('.', '_').replace('-', '_');
            assertThat(composeEnvironment).as(service.module() + " reads " + property).containsKey(variable);
            assertThat(spring.getProperty(property)).as(property).isEqualTo(composeEnvironment.get(variable));
        }
        assertThat(spring.getProperty("spring.datasource.url"))
                .isEqualTo("jdbc:postgresql://postgres:5432/" + service.database());
        assertThat(spring.getProperty("spring.kafka.bootstrap-servers"))
                .isEqualTo(kafkaEnvironment().get("KAFKA_ADVERTISED_LISTENERS").replace("PLAINTEXT://", ""));
        assertThat(Files.readString(ROOT.resolve("docker/postgres/init.sql")))
                .contains("CREATE DATABASE " + service.database() + ";");
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void theComposeFileSetsNothingTheServiceDoesNotRead(Service service) throws IOException {
        Set<String> expected = new TreeSet<>();
        for (String property : environmentSpecificSettings(service)) {
            expected.add(property.toUpperCase().replace('.', '_').replace('-', '_'));
        }
        assertThat(new TreeSet<>(environment(service).keySet())).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(value = Service.class, mode = EnumSource.Mode.EXCLUDE, names = "WEB_GATEWAY")
    void everyServiceTrustsTheIdentityProviderTheLocalStackStandsInFor(Service service) throws IOException {
        Map<String, String> environment = environment(service);

        assertThat(environment.get("PLACEMENTS_SECURITY_ISSUER")).isEqualTo(TokenIssuer.ISSUER);
        assertThat(environment.get("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES")).isEqualTo(TokenIssuer.AUDIENCE);
        String keyInContainer = environment.get("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_PUBLIC_KEY_LOCATION").replace("file:", "");
        assertThat(String.valueOf(service(service.module()).get("volumes")))
                .contains("./.local-stack/identity/public.pem:" + keyInContainer + ":ro");
    }

    @Test
    void theWebGatewayCallsEachServiceAtItsComposeNameAndContractPortAndSignsWithTheMountedDemoKey() throws IOException {
        Map<String, String> composeEnvironment = environment(Service.WEB_GATEWAY);
        StandardEnvironment spring = springEnvironmentInsideTheContainer(Service.WEB_GATEWAY, composeEnvironment);

        for (String property : environmentSpecificSettings(Service.WEB_GATEWAY)) {
            String variable = property.toUpperCase().replace('.', '_').replace('-', '_');
            assertThat(composeEnvironment).as("web-gateway reads " + property).containsKey(variable);
            assertThat(spring.getProperty(property)).as(property).isEqualTo(composeEnvironment.get(variable));
        }
        for (Service backEnd : List.of(Service.SCHOOL, Service.PLACEMENT, Service.PROVIDER_VIEW)) {
            assertThat(spring.getProperty("placements.gateway." + backEnd.module() + "-url"))
                    .isEqualTo("http://" + backEnd.module() + ":" + backEnd.defaultPort());
        }
        String keyInContainer = spring.getProperty("placements.gateway.demo-signing-key").replace("file:", "");
        assertThat(String.valueOf(service(Service.WEB_GATEWAY.module()).get("volumes")))
                .contains("./.local-stack/identity/signing-key.jwk:" + keyInContainer + ":ro");
        assertThat(composeEnvironment).doesNotContainKeys("SPRING_DATASOURCE_URL", "SPRING_KAFKA_BOOTSTRAP_SERVERS");
    }

    @Test
    void topicsAreTheContractsAndTheSameForEveryService() throws IOException {
        for (Service service : Service.values()) {
            Map<String, String> environment = environment(service);
            if (environment.containsKey("PLACEMENTS_TOPICS_SCHOOL_EVENTS")) {
                assertThat(environment.get("PLACEMENTS_TOPICS_SCHOOL_EVENTS")).isEqualTo("school-events");
            }
            if (environment.containsKey("PLACEMENTS_TOPICS_PLACEMENT_EVENTS")) {
                assertThat(environment.get("PLACEMENTS_TOPICS_PLACEMENT_EVENTS")).isEqualTo("placement-events");
            }
        }
    }

    private static Set<String> environmentSpecificSettings(Service service) throws IOException {
        // The web gateway is no resource server: it reads none of service-support's settings.
        Set<String> settings = new TreeSet<>(service.hasDatabase() ? SHARED_SETTINGS : Set.of());
        settings.addAll(REQUIRED_WITHOUT_DEFAULT.getOrDefault(service, Set.of()));
        for (PropertySource<?> source : applicationYaml(service)) {
            for (String name : ((EnumerablePropertySource<?>) source).getPropertyNames()) {
                if (ENVIRONMENT_SPECIFIC.matcher(name).matches()) {
                    settings.add(name);
                }
                Object value = source.getProperty(name);
                Matcher placeholder = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)").matcher(String.valueOf(value));
                while (placeholder.find()) {
                    settings.add(placeholder.group(1).toLowerCase().replace('_', '.'));
                }
            }
        }
        return settings;
    }

    private static StandardEnvironment springEnvironmentInsideTheContainer(Service service, Map<String, String> variables)
            throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("compose", new HashMap<>(variables)));
        for (PropertySource<?> source : applicationYaml(service)) {
            environment.getPropertySources().addLast(source);
        }
        return environment;
    }

    private static List<PropertySource<?>> applicationYaml(Service service) throws IOException {
        Path yaml = ROOT.resolve(service.module()).resolve("src/main/resources/application.yml");
        assertThat(yaml).exists();
        return new YamlPropertySourceLoader().load(service.module(), new FileSystemResource(yaml));
    }

    private static Map<String, String> environment(Service service) throws IOException {
        return strings(map(service(service.module()).get("environment")));
    }

    private static Map<String, String> kafkaEnvironment() throws IOException {
        return strings(map(service("kafka").get("environment")));
    }

    private static String healthcheck(String name) throws IOException {
        return String.valueOf(map(service(name).get("healthcheck")).get("test"));
    }

    private static Map<String, Object> service(String name) throws IOException {
        Map<String, Object> service = map(services().get(name));
        assertThat(service).as(name).isNotNull();
        return service;
    }

    private static Map<String, Object> services() throws IOException {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(reader);
            return map(compose.get("services"));
        }
    }

    /**
     * Values as docker compose passes them: {@code ${NAME:-default}} taken at its default, and
     * {@code ${NAME:?message}} (which compose refuses to start without) as the operator's value.
     */
    private static Map<String, String> strings(Map<String, Object> map) {
        Map<String, String> strings = new HashMap<>();
        map.forEach((key, value) -> strings.put(key, COMPOSE_REQUIRED.matcher(
                COMPOSE_DEFAULT.matcher(String.valueOf(value)).replaceAll(match -> Matcher.quoteReplacement(match.group(2))))
                .replaceAll(match -> Matcher.quoteReplacement("operator's " + match.group(1)))));
        return strings;
    }

    private static final Pattern COMPOSE_DEFAULT = Pattern.compile("\\$\\{([A-Z0-9_]+):-([^}]*)}");
    private static final Pattern COMPOSE_REQUIRED = Pattern.compile("\\$\\{([A-Z0-9_]+):\\?([^}]*)}");

    @Test
    void theHistorysPseudonymKeyIsTheOperatorsOwnOrComposeDoesNotStart() throws IOException {
        Object key = map(service(Service.PROVIDER_VIEW.module()).get("environment")).get("PLACEMENTS_HISTORY_PSEUDONYM_KEY");
        assertThat(String.valueOf(key)).startsWith("${PLACEMENTS_HISTORY_PSEUDONYM_KEY:?");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
