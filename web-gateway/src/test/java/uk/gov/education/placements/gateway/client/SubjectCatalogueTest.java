package uk.gov.education.placements.gateway.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

import com.fasterxml.jackson.databind.ObjectMapper;

import uk.gov.education.placements.gateway.StubService;

class SubjectCatalogueTest {

    private static final String SUBJECTS = """
            [{"code":"primary","name":"Primary","phase":"primary","parent":null},
             {"code":"modern_languages","name":"Modern languages","phase":"secondary","parent":null},
             {"code":"french","name":"French","phase":"secondary","parent":"modern_languages"}]
            """;

    private final StubService placementService = new StubService();
    private final MovableClock clock = new MovableClock();
    private final SubjectCatalogue catalogue = new SubjectCatalogue(new PlacementService(new ServiceClients.ServiceClient(
            "placement-service", RestClient.builder().baseUrl(placementService.url().toString())
                    .defaultStatusHandler(status -> status.isError(), (request, response) -> {
                        throw ServiceClients.failure("placement-service", response, new ObjectMapper());
                    }).build())), clock);

    @AfterEach
    void stop() {
        placementService.close();
    }

    @Test
    void readsTheSubjectsOnceAndKeepsThemForTheMaxAgeTheServiceGave() {
        placementService.on("GET", "/reference/subjects", StubService.json(200, SUBJECTS, "ETag", "\"v1\"", "Cache-Control", "max-age=60"));

        assertThat(catalogue.mainSubjectsOf("secondary")).extracting(Subject::code).containsExactly("modern_languages");
        assertThat(catalogue.additionalSubjectsOf("modern_languages")).extracting(Subject::name).containsExactly("French");
        assertThat(catalogue.nameOf("primary")).isEqualTo("Primary");
        clock.advance(Duration.ofSeconds(59));
        catalogue.all();

        assertThat(placementService.requests("GET", "/reference/subjects")).hasSize(1);
    }

    @Test
    void revalidatesWithTheETagOnceStaleAndKeepsItsCopyOnA304() {
        placementService.on("GET", "/reference/subjects", StubService.json(200, SUBJECTS, "ETag", "\"v1\"", "Cache-Control", "max-age=60"),
                StubService.empty(304, "ETag", "\"v1\"", "Cache-Control", "max-age=60"));
        catalogue.all();
        clock.advance(Duration.ofSeconds(61));

        assertThat(catalogue.all()).hasSize(3);
        assertThat(placementService.requests("GET", "/reference/subjects")).hasSize(2);
        assertThat(placementService.last("GET", "/reference/subjects").header("If-None-Match")).isEqualTo("\"v1\"");
    }

    @Test
    void aServiceThatIsDownWhenTheCopyIsStaleLeavesTheCopyServing() {
        placementService.on("GET", "/reference/subjects", StubService.json(200, SUBJECTS, "ETag", "\"v1\"", "Cache-Control", "max-age=60"),
                StubService.json(503, "{}"));
        catalogue.all();
        clock.advance(Duration.ofSeconds(61));

        assertThat(catalogue.nameOf("french")).isEqualTo("French");
    }

    @Test
    void withoutACopyAServiceThatIsDownIsAProblemWithTheService() {
        placementService.on("GET", "/reference/subjects", StubService.json(503, "{}"));

        assertThatThrownBy(catalogue::all).isInstanceOf(ServiceUnavailable.class);
    }

    @Test
    void aCodeTheCatalogueDoesNotKnowIsShownAsItIs() {
        placementService.on("GET", "/reference/subjects", StubService.json(200, SUBJECTS, "Cache-Control", "max-age=60"));

        assertThat(catalogue.nameOf("astronomy")).isEqualTo("astronomy");
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2025-10-01T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/London");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
