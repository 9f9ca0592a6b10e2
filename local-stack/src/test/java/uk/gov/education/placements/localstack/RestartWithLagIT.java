package uk.gov.education.placements.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Nothing accepted is lost when the stack goes down with events not yet consumed, or when a
 * service crashes: the broker keeps its log and the consumers' offsets on disk, and the stack
 * restarts what crashed. A stack of its own on a data folder of its own, stopped and started again.
 */
class RestartWithLagIT {

    private static Settings settings;
    private static LocalStack stack;

    @BeforeAll
    static void startAStackOfItsOwn() throws IOException {
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            ports.put(service, FreePorts.next());
        }
        Path data = Files.createTempDirectory("local-stack-restart");
        settings = new Settings(Path.of("..").toAbsolutePath().normalize(), data, Settings.VERSION, FreePorts.next(),
                FreePorts.next(), ports, List.of(), Map.of());
        stack = LocalStack.start(settings);
    }

    @AfterAll
    static void stopIt() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void aChangeMadeWhileProviderViewIsDownReachesItAfterTheWholeStackIsStoppedAndStartedAgain() {
        School school = School.withContact(stack, "lag.before@restart.sch.uk");
        school.awaitProviderViewEmail("lag.before@restart.sch.uk");

        stack.stop(Service.PROVIDER_VIEW);
        assertThat(school.changeContact("lag.after@restart.sch.uk").statusCode()).isEqualTo(200);
        stack.close();
        stack = LocalStack.start(settings);

        school.awaitProviderViewEmail("lag.after@restart.sch.uk");
        assertThat(stack.restarts(Service.PROVIDER_VIEW)).isZero();
    }

    @Test
    void aCrashedServiceIsStartedAgainAndCatchesUpWithWhatHappenedMeanwhile() {
        School school = School.withContact(stack, "crash.before@restart.sch.uk");
        school.awaitProviderViewEmail("crash.before@restart.sch.uk");
        long crashedPid = stack.processIds().get(Service.PROVIDER_VIEW);

        stack.crash(Service.PROVIDER_VIEW);
        assertThat(school.changeContact("crash.after@restart.sch.uk").statusCode()).isEqualTo(200);

        await().atMost(Duration.ofMinutes(3)).until(() -> stack.restarts(Service.PROVIDER_VIEW) == 1
                && stack.isReady(Service.PROVIDER_VIEW));
        assertThat(stack.processIds().get(Service.PROVIDER_VIEW)).isNotEqualTo(crashedPid);
        school.awaitProviderViewEmail("crash.after@restart.sch.uk");
    }

    /** A school onboarded and given a contact through the running stack. */
    private record School(String urn, String user) {

        static School withContact(LocalStack stack, String email) {
            String urn = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
            String support = stack.tokens().support("restart-support");
            assertThat(Api.send(stack, "POST", Service.SCHOOL, "/schools", Map.of("urn", urn, "name", "Restart Primary"),
                    support, Map.of()).statusCode()).isEqualTo(201);
            String user = stack.tokens().schoolUser("restart-school-user", urn);
            assertThat(Api.send(stack, "POST", Service.SCHOOL, "/schools/" + urn + "/placement-contact",
                    Api.contact(null, null, email), user, Map.of()).statusCode()).isEqualTo(201);
            return new School(urn, user);
        }

        java.net.http.HttpResponse<String> changeContact(String email) {
            return Api.send(stack, "PUT", Service.SCHOOL, "/schools/" + urn + "/placement-contact",
                    Api.contact(null, null, email), user, Map.of());
        }

        void awaitProviderViewEmail(String email) {
            String support = stack.tokens().support("restart-support");
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).ignoreExceptions().until(() -> {
                var response = Api.send(stack, "GET", Service.PROVIDER_VIEW, "/schools/" + urn, null, support, Map.of());
                JsonNode body = response.statusCode() == 200 ? Api.json(response) : null;
                return body != null && email.equals(body.path("placementContact").path("email").asText());
            });
        }
    }
}
