package uk.gov.education.placements.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Every counter-example HostileRequestsIT found, shrunk, as the request it was: each must now be
 * answered with a 4xx problem detail and change nothing (HostileRequestsIT's rules).
 */
class HostileRequestRegressionsIT {

    @Test
    void aWildcardContentTypeOnARePublicationIsRefusedNotA500() {
        refused(request(Service.SCHOOL, "POST", "/admin/republications",
                List.of(support(), HostileRequest.Header.of("Content-Type", "*/*")), "{\"fromPosition\":1000000000}"));
    }

    @Test
    void aWildcardContentTypeOnANewPlacementIsRefusedNotA500() {
        refused(request(Service.PLACEMENT, "POST", "/schools/" + HostileRequestsIT.targets().urn() + "/placements",
                List.of(support(), HostileRequest.Header.of("Content-Type", "*/*")),
                "{\"phase\":\"primary\",\"subject\":\"primary_with_mathematics\",\"yearGroup\":\"year_3\",\"mentors\":[],"
                        + "\"academicYear\":\"2025/26\",\"terms\":[\"autumn\"]}"));
    }

    @Test
    void aNulInAQueryParameterIsRefusedBeforeItReachesTheDatabase() {
        refused(request(Service.PROVIDER_VIEW, "GET", "/placements?subject=a%00%40example.com",
                List.of(support(), HostileRequest.Header.of("Content-Type", "application/json")), ""));
    }

    @Test
    void aTransferCodingTomcatDoesNotSpeakIsABadRequestNotA501() {
        refused(request(Service.SCHOOL, "GET", "/schools/" + HostileRequestsIT.targets().urn() + "/placement-contact",
                List.of(support(), HostileRequest.Header.of("Transfer-Encoding", "gzip")), ""));
    }

    /** A control character decodes to a blank id, which Spring reported as a missing path variable, a 500. */
    @Test
    void aPlacementIdThatIsOnlyAControlCharacterIsRefusedNotA500() {
        refused(request(Service.PLACEMENT, "GET", "/placements/%1C",
                List.of(support(), HostileRequest.Header.of("Content-Type", "application/json")), ""));
        refused(request(Service.PLACEMENT, "DELETE", "/placements/%1F?x=primary~",
                List.of(support(), HostileRequest.Header.of("Content-Type", "application/json")), ""));
    }

    private static void refused(HostileRequest request) {
        assertThat(HostileRequestsIT.check(request).status()).as("%s", request).isBetween(400, 499);
    }

    private static HostileRequest.Header support() {
        return HostileRequest.Header.of("Authorization",
                "Bearer " + RunningStack.get().tokens().support("regression-support"));
    }

    private static HostileRequest request(Service service, String method, String target, List<HostileRequest.Header> headers,
                                          String body) {
        return new HostileRequest(service, "regression", method, target.getBytes(StandardCharsets.UTF_8), headers,
                body.getBytes(StandardCharsets.UTF_8));
    }
}
