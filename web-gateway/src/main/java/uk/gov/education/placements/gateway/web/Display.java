package uk.gov.education.placements.gateway.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import uk.gov.education.placements.gateway.client.SubjectCatalogue;

/**
 * How the services' codes read on a page, in production's words: "Year 3", "Autumn term",
 * "Any time in the academic year", "2025 to 2026", the status tags. Templates call it as
 * {@code @display}.
 */
@Component("display")
public class Display {

    public enum Tag {
        AVAILABLE("Available", "govuk-tag--green"),
        ASSIGNED_TO_PROVIDER("Assigned to provider", "govuk-tag--blue"),
        ASSIGNED_TO_YOU("Assigned to you", "govuk-tag--blue"),
        UNAVAILABLE("Unavailable", "govuk-tag--red");

        private final String text;
        private final String colour;

        Tag(String text, String colour) {
            this.text = text;
            this.colour = colour;
        }

        public String text() {
            return text;
        }

        public String colour() {
            return colour;
        }
    }

    /** In the order the form offers them. */
    public static final List<Map.Entry<String, String>> YEAR_GROUPS = List.of(
            Map.entry("nursery", "Nursery"), Map.entry("reception", "Reception"), Map.entry("year_1", "Year 1"),
            Map.entry("year_2", "Year 2"), Map.entry("year_3", "Year 3"), Map.entry("year_4", "Year 4"),
            Map.entry("year_5", "Year 5"), Map.entry("year_6", "Year 6"), Map.entry("mixed_year_groups", "Mixed year groups"));

    public static final Map<String, String> TERMS = Map.of("autumn", "Autumn term", "spring", "Spring term", "summer", "Summer term");
    public static final List<String> TERM_ORDER = List.of("autumn", "spring", "summer");

    private final SubjectCatalogue subjects;

    public Display(SubjectCatalogue subjects) {
        this.subjects = subjects;
    }

    public String subject(String code) {
        return subjects.nameOf(code);
    }

    /** "Modern languages (French, Spanish)" */
    public String subjectWithAdditional(String code, List<String> additional) {
        String name = subject(code);
        if (additional == null || additional.isEmpty()) {
            return name;
        }
        return name + " (" + additional.stream().map(this::subject).collect(Collectors.joining(", ")) + ")";
    }

    public String phase(String code) {
        return code == null ? null : "primary".equals(code) ? "Primary" : "secondary".equals(code) ? "Secondary" : code;
    }

    public String yearGroup(String code) {
        return code == null ? null : YEAR_GROUPS.stream().filter(group -> group.getKey().equals(code))
                .map(Map.Entry::getValue).findFirst().orElse(code);
    }

    public String terms(List<String> codes) {
        if (codes == null || codes.isEmpty() || codes.containsAll(TERM_ORDER)) {
            return "Any time in the academic year";
        }
        return TERM_ORDER.stream().filter(codes::contains).map(TERMS::get).collect(Collectors.joining(", "));
    }

    public List<Map.Entry<String, String>> yearGroups() {
        return YEAR_GROUPS;
    }

    public String mentors(List<String> mentors) {
        return mentors == null || mentors.isEmpty() ? "Not yet known" : String.join(", ", mentors);
    }

    /** "2025/26" reads "2025 to 2026". */
    public String academicYear(String code) {
        return AcademicYears.name(code);
    }

    public Tag schoolTag(String status) {
        return "assigned".equals(status) ? Tag.ASSIGNED_TO_PROVIDER : Tag.AVAILABLE;
    }

    public Tag providerTag(String status) {
        return switch (status == null ? "" : status) {
            case "assigned_to_you" -> Tag.ASSIGNED_TO_YOU;
            case "assigned" -> Tag.UNAVAILABLE;
            default -> Tag.AVAILABLE;
        };
    }
}
