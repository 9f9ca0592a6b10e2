package uk.gov.education.placements.gateway.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static uk.gov.education.placements.gateway.identity.DemoUser.SCHOOL_USER;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;

import uk.gov.education.placements.gateway.PageTest;
import uk.gov.education.placements.gateway.StubService;

/**
 * A page request's trace goes on to every service it calls: the W3C {@code traceparent} of the
 * gateway's span for the page, with tracing on as in the running gateway (Spring Boot's tests
 * switch it off unless asked).
 */
@AutoConfigureObservability(metrics = false)
class TraceContextTest extends PageTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Test
    void theServicesAreCalledInTheTraceOfThePageRequest() {
        schoolWithContact("Jane", null, "jane.doe@example.com", 1);

        int status = perform(get("/schools/" + URN).with(as(SCHOOL_USER))
                .header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")).getResponse().getStatus();

        assertThat(status).isEqualTo(200);
        List<StubService.Request> calls = SCHOOL_SERVICE.requests("GET", "/schools/" + URN);
        assertThat(calls).isNotEmpty().allSatisfy(call -> assertThat(call.header("traceparent"))
                .as("traceparent sent to school-service")
                .matches("00-" + TRACE_ID + "-[0-9a-f]{16}-01")
                .doesNotContain("00f067aa0ba902b7"));
    }

    @Test
    void aPageRequestWithoutTraceContextStartsATraceThatTheServicesJoin() {
        schoolWithContact("Jane", null, "jane.doe@example.com", 1);

        perform(get("/schools/" + URN).with(as(SCHOOL_USER)));

        assertThat(SCHOOL_SERVICE.requests("GET", "/schools/" + URN))
                .isNotEmpty().allSatisfy(call -> assertThat(call.header("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]"));
    }
}
