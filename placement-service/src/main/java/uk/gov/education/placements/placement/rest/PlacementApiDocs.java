package uk.gov.education.placements.placement.rest;

import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.education.placements.placement.command.SchoolUrn;
import uk.gov.education.placements.placement.command.placement.PlacementContactMissing;
import uk.gov.education.placements.support.openapi.ApiDocs;

/** placement-service's own part of its OpenAPI document: success statuses, headers and problems by operation. */
@Configuration(proxyBeanMethods = false)
class PlacementApiDocs {

    private static final String PLACEMENT = "/placements/{id}";
    private static final String ID = "3f2c0b8e-5a51-4f55-9d43-5b1f4b7a2d10";
    private static final String NOT_FOUND = "There is no placement " + ID + ".";
    private static final String CONCURRENT = "Someone else changed this at the same time. Try again.";
    private static final String NOT_REACHED = "Version 3 of school 100000 has not reached this service yet (it has seen "
            + "version 2). Try again shortly.";
    private static final List<String> REFERENCE = List.of("subjects", "year-groups", "terms", "phases", "placement-statuses");

    @Bean
    ApiDocs placementServiceApiDocs() {
        ApiDocs docs = new ApiDocs()
                .requestExample("POST /schools/{urn}/placements", Map.of("phase", "primary", "subject", "primary_with_mathematics",
                        "yearGroup", "year_3", "mentors", List.of(), "academicYear", "2025/26", "terms", List.of("autumn")))
                .requestExample("PATCH " + PLACEMENT, Map.of("mentors", List.of("Sam Mentor")))
                .requestExample("PUT " + PLACEMENT + "/provider", Map.of("providerCode", "1TZ"))
                .requestExample("POST /schools/{urn}/partnerships", Map.of("providerCode", "1TZ"))
                .succeeds("POST /schools/{urn}/placements", 201,
                        "Created: the placement", "Location")
                .answers("POST /schools/{urn}/placements", 200,
                        "The same id and body again: the placement as created before, nothing changed", "Location")
                .problem("POST /schools/{urn}/placements", 400, "validation-error", "Your request has errors", "Select a phase")
                .problem("POST /schools/{urn}/placements", 409, "placement-contact-required", "Placement contact required",
                        PlacementContactMissing.MESSAGE)
                .problem("POST /schools/{urn}/placements", 409, "placement-id-taken", "Placement id already used",
                        "Placement " + ID + " already exists with different details. Choose another id.")
                .problem("POST /schools/{urn}/placements", 409, "concurrent-change", "Changed at the same time", CONCURRENT)
                .problem("POST /schools/{urn}/placements", 503, "school-version-not-reached", "School not caught up yet", NOT_REACHED)
                .succeeds("GET /schools/{urn}/placements", 200, "The school's placements")
                .problem("GET /schools/{urn}/placements", 400, "validation-error", "Your request has errors", SchoolUrn.INVALID)
                .succeeds("GET " + PLACEMENT, 200, "The placement")
                .problem("GET " + PLACEMENT, 404, "placement-not-found", "Placement not found", NOT_FOUND)
                .requestSchema("PATCH " + PLACEMENT, "PlacementRequest")
                .succeeds("PATCH " + PLACEMENT, 200,
                        "Edited (merge patch: the fields sent replace the current ones, null clears one): the placement")
                .problem("PATCH " + PLACEMENT, 400, "validation-error", "Your request has errors", "Select a year group")
                .problem("PATCH " + PLACEMENT, 404, "placement-not-found", "Placement not found", NOT_FOUND)
                .problem("PATCH " + PLACEMENT, 409, "placement-contact-required", "Placement contact required",
                        PlacementContactMissing.MESSAGE)
                .problem("PATCH " + PLACEMENT, 409, "concurrent-change", "Changed at the same time", CONCURRENT)
                .problem("PATCH " + PLACEMENT, 503, "school-version-not-reached", "School not caught up yet", NOT_REACHED)
                .succeeds("DELETE " + PLACEMENT, 204, "Deleted")
                .problem("DELETE " + PLACEMENT, 404, "placement-not-found", "Placement not found", NOT_FOUND)
                .problem("DELETE " + PLACEMENT, 409, "placement-assigned", "Placement assigned to a provider",
                        "You cannot delete this placement because it is assigned to provider 1TZ. Unassign the provider first.")
                .succeeds("PUT " + PLACEMENT + "/provider", 200, "Assigned: the placement")
                .problem("PUT " + PLACEMENT + "/provider", 400, "validation-error", "Your request has errors",
                        "Select a provider or not yet known")
                .problem("PUT " + PLACEMENT + "/provider", 404, "placement-not-found", "Placement not found", NOT_FOUND)
                .problem("PUT " + PLACEMENT + "/provider", 409, "not-a-partner-provider", "Not a partner provider",
                        "Provider 1TZ is not a partner provider of school 100000. Add the partnership before you assign a placement to it.")
                .succeeds("DELETE " + PLACEMENT + "/provider", 200, "Unassigned: the placement")
                .problem("DELETE " + PLACEMENT + "/provider", 404, "placement-not-found", "Placement not found", NOT_FOUND)
                .succeeds("POST /schools/{urn}/partnerships", 201, "Created: the partnership", "Location")
                .problem("POST /schools/{urn}/partnerships", 400, "validation-error", "Your request has errors", Requests.ENTER_A_PROVIDER_CODE)
                .problem("POST /schools/{urn}/partnerships", 409, "partnership-exists", "Partnership already exists",
                        "School 100000 is already in partnership with provider 1TZ.")
                .succeeds("GET /schools/{urn}/partnerships", 200, "The school's partner providers")
                .problem("GET /schools/{urn}/partnerships", 400, "validation-error", "Your request has errors", SchoolUrn.INVALID)
                .succeeds("DELETE /schools/{urn}/partnerships/{providerCode}", 204, "Ended")
                .problem("DELETE /schools/{urn}/partnerships/{providerCode}", 400, "validation-error", "Your request has errors",
                        Requests.ENTER_A_PROVIDER_CODE)
                .problem("DELETE /schools/{urn}/partnerships/{providerCode}", 404, "partnership-not-found", "Partnership not found",
                        "School 100000 has no partnership with provider 1TZ.")
                .problem("DELETE /schools/{urn}/partnerships/{providerCode}", 409, "partnership-has-assigned-placements",
                        "Placements are assigned to this provider", "You cannot end the partnership with provider 1TZ while "
                                + "1 placement is assigned to it. Unassign the provider from them first.");
        for (String list : REFERENCE) {
            docs.succeeds("GET /reference/" + list, 200, "The list, with production's names; cacheable for an hour "
                            + "(304 when If-None-Match names the current ETag)", "ETag", "Cache-Control")
                    .answers("GET /reference/" + list, 304, "Not Modified: the copy the client holds is current", "ETag")
                    .requestHeader("GET /reference/" + list, "If-None-Match",
                            "The ETag of a copy the client holds: 304 when it is still current", "\"5d41402abc4b2a76\"");
        }
        return docs;
    }
}
