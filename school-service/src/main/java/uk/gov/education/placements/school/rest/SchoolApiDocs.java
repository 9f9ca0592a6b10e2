package uk.gov.education.placements.school.rest;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.education.placements.school.command.NoPlacementContactYet;
import uk.gov.education.placements.school.command.PlacementContactAlreadyAdded;
import uk.gov.education.placements.school.command.SchoolVersionMismatch;
import uk.gov.education.placements.support.openapi.ApiDocs;

/** school-service's own part of its OpenAPI document: success statuses, headers and problems by operation. */
@Configuration(proxyBeanMethods = false)
class SchoolApiDocs {

    private static final String CONTACT = "/schools/{urn}/placement-contact";
    private static final String NO_SCHOOL = "There is no school with URN 100000.";
    private static final Map<String, String> JANE = Map.of("firstName", "Jane", "lastName", "Doe", "email", "jane.doe@example.com");
    private static final String CONCURRENT = "Someone else is changing this school at the same time. Try again.";

    @Bean
    ApiDocs schoolServiceApiDocs() {
        return new ApiDocs()
                .requestExample("POST /schools", Map.of("urn", "100000", "name", "Hillside Primary School"))
                .requestExample("POST " + CONTACT, JANE)
                .requestExample("PUT " + CONTACT, Map.of("email", "placements@hillside.sch.uk"))
                .succeeds("POST /schools", 201, "Onboarded: the school without a contact, at version 0", "Location", "ETag")
                .problem("POST /schools", 400, "validation-error", "Your request has errors", "Enter a URN of 6 or 7 digits, like 100000")
                .problem("POST /schools", 409, "school-already-onboarded", "School already onboarded",
                        "A school with URN 100000 has already been onboarded.")
                .succeeds("GET /schools/{urn}", 200, "The organisation details, placementContact first (null when none)", "ETag")
                .problem("GET /schools/{urn}", 404, "school-not-found", "School not found", NO_SCHOOL)
                .succeeds("GET " + CONTACT, 200, "The placement contact", "ETag")
                .problem("GET " + CONTACT, 404, "school-not-found", "School not found", NO_SCHOOL)
                .problem("GET " + CONTACT, 404, "placement-contact-not-found", "Placement contact not found",
                        "School 100000 has no placement contact yet.")
                .succeeds("POST " + CONTACT, 201, "Added: the stored contact, normalised", "Location", "ETag")
                .problem("POST " + CONTACT, 400, "validation-error", "Your request has errors", "Enter an email address")
                .problem("POST " + CONTACT, 404, "school-not-found", "School not found", NO_SCHOOL)
                .problem("POST " + CONTACT, 409, "placement-contact-already-added", "Placement contact already added",
                        PlacementContactAlreadyAdded.MESSAGE)
                .problem("POST " + CONTACT, 409, "concurrent-change", "The school is being changed", CONCURRENT)
                .problem("POST " + CONTACT, 412, "school-changed", "The school has changed", SchoolVersionMismatch.MESSAGE)
                .succeeds("PUT " + CONTACT, 200, "Changed (or unchanged, with the same ETag): the stored contact", "ETag")
                .problem("PUT " + CONTACT, 400, "validation-error", "Your request has errors",
                        "Enter an email address in the correct format, like name@example.com")
                .problem("PUT " + CONTACT, 404, "school-not-found", "School not found", NO_SCHOOL)
                .problem("PUT " + CONTACT, 409, "no-placement-contact", "No placement contact yet", NoPlacementContactYet.MESSAGE)
                .problem("PUT " + CONTACT, 409, "concurrent-change", "The school is being changed", CONCURRENT)
                .problem("PUT " + CONTACT, 412, "school-changed", "The school has changed", SchoolVersionMismatch.MESSAGE)
                .succeeds("GET " + CONTACT + "/history", 200, "Every version of the contact, oldest first", "ETag")
                .problem("GET " + CONTACT + "/history", 404, "school-not-found", "School not found", NO_SCHOOL);
    }
}
