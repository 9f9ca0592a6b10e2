package uk.gov.education.placements.placement.it;

import java.util.UUID;

/** Request bodies as a gateway sends them. */
final class Bodies {

    private Bodies() {
    }

    static String primaryPlacement() {
        return """
                {"phase": "primary", "subject": "primary_with_science", "additionalSubjects": [],
                 "yearGroup": "year_3", "mentors": ["Sam Mentor"], "academicYear": "2025/26", "terms": ["summer", "autumn"]}
                """;
    }

    static String primaryPlacement(UUID id) {
        return """
                {"id": "%s", "phase": "primary", "subject": "primary_with_science", "additionalSubjects": [],
                 "yearGroup": "year_3", "mentors": ["Sam Mentor"], "academicYear": "2025/26", "terms": ["summer", "autumn"]}
                """.formatted(id);
    }

    static String secondaryPlacement(UUID id) {
        return """
                {"id": "%s", "phase": "secondary", "subject": "modern_languages", "additionalSubjects": ["spanish"],
                 "yearGroup": null, "mentors": [], "academicYear": "2026/27", "terms": []}
                """.formatted(id);
    }

    static String provider(String code) {
        return "{\"providerCode\": \"" + code + "\"}";
    }
}
