package uk.gov.education.placements.providerview.rest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.media.StringSchema;
import uk.gov.education.placements.support.openapi.ApiDocs;

/**
 * provider-view-service's own part of its OpenAPI document: success statuses, the query parameters
 * (read by hand, through {@link QueryParameters}, so springdoc cannot see them) and problems by operation.
 */
@Configuration(proxyBeanMethods = false)
class ProviderViewApiDocs {

    private static final String ID = "3f2b6a52-0c4e-4d7e-9d43-1a8c5a0b9e11";
    private static final String UNKNOWN_PARAMETER = "Remove this parameter: it is not one this endpoint accepts";
    private static final String REDACT = "false for unredacted contact names and emails: support users only "
            + "(analysts get 403), and each such read is logged as an audit line. Default true";

    @Bean
    ApiDocs providerViewServiceApiDocs() {
        return new ApiDocs()
                .succeeds("GET /placements", 200, "A page of placement summaries, each with placementContact first, "
                        + "ordered by school URN then id")
                .queryParameter("GET /placements", "subject", "A subject code; additional subjects match too", "primary_with_mathematics")
                .queryParameter("GET /placements", "yearGroup", "nursery, reception, year_1 to year_6, or mixed_year_groups", "year_3")
                .queryParameter("GET /placements", "status", "available, assigned or assigned_to_you (needs providerCode)", "available")
                .queryParameter("GET /placements", "providerCode",
                        "The caller's own provider code: what assigned_to_you means (another code is 403)", "1TZ")
                .queryParameter("GET /placements", "partnerOf", "Only the placements of this provider's partner schools "
                        + "(a provider user may name only their own code)", "1TZ")
                .queryParameter("GET /placements", "page", "From 0", "0")
                .queryParameter("GET /placements", "size", "From 1 to 100; default 20", "20")
                .problem("GET /placements", 400, "validation-error", "Your request has errors",
                        "Enter a status: available, assigned or assigned_to_you")
                .succeeds("GET /placements/{id}", 200, "The placement: placementContact first, then status, school and details")
                .queryParameter("GET /placements/{id}", "providerCode",
                        "The caller's own provider code: status is assigned_to_you when it is theirs", "1TZ")
                .problem("GET /placements/{id}", 400, "validation-error", "Your request has errors", "Enter an id like " + ID)
                .problem("GET /placements/{id}", 404, "placement-not-found", "Placement not found",
                        "There is no placement with id " + ID)
                .succeeds("GET /schools/{urn}", 200, "The school: placementContact first, then its details and partner providers")
                .problem("GET /schools/{urn}", 400, "validation-error", "Your request has errors", "Enter a school URN of 6 or 7 digits")
                .problem("GET /schools/{urn}", 404, "school-not-found", "School not found", "There is no school with URN 100000")
                .succeeds("POST /admin/replays", 202, "Replay started: follow it at Location", "Location")
                .problem("POST /admin/replays", 409, "replay-already-running", "A replay is already running",
                        "A replay is already running; wait until it has finished before you start another.")
                .succeeds("GET /admin/replays/{id}", 200, "The replay's progress: events applied, remaining lag, state")
                .problem("GET /admin/replays/{id}", 400, "validation-error", "Your request has errors", "Enter an id like " + ID)
                .problem("GET /admin/replays/{id}", 404, "replay-not-found", "Replay not found", "There is no replay with id " + ID)
                .succeeds("GET /history/events", 200, "The history in stored order, one CloudEvent (structured JSON) per line; "
                        + "contact names redacted and emails pseudonymised unless redact=false")
                .responseBody("GET /history/events", "application/x-ndjson", new StringSchema()
                        .example("{\"specversion\":\"1.0\",\"id\":\"…\",\"type\":\"PlacementContactChanged.v1\",\"subject\":\"100000\",…}\n"))
                .queryParameter("GET /history/events", "from", "Event time, inclusive (ISO-8601 with offset)", "2025-09-01T00:00:00Z")
                .queryParameter("GET /history/events", "to", "Event time, exclusive; after from", "2026-09-01T00:00:00Z")
                .queryParameter("GET /history/events", "type",
                        "Event names, comma-separated, with or without revision", "PlacementContactChanged,PlacementContactAdded.v1")
                .queryParameter("GET /history/events", "school", "One school's URN", "100000")
                .queryParameter("GET /history/events", "redact", REDACT, "true")
                .problem("GET /history/events", 400, "validation-error", "Your request has errors", "Enter a time after from")
                .succeeds("GET /history/schools/{urn}", 200, "The school and its contact as they were at asOf (redacted unless redact=false)")
                .queryParameter("GET /history/schools/{urn}", "asOf", "Required: the instant to look at", "2025-09-01T00:00:00Z")
                .queryParameter("GET /history/schools/{urn}", "redact", REDACT, "true")
                .problem("GET /history/schools/{urn}", 400, "validation-error", "Your request has errors",
                        "Enter the instant to look at, like 2025-09-01T00:00:00Z")
                .problem("GET /history/schools/{urn}", 404, "school-not-found", "School not found",
                        "The history has no school with URN 100000 at 2025-09-01T00:00:00Z");
    }
}
