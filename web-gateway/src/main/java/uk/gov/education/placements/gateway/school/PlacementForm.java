package uk.gov.education.placements.gateway.school;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.gov.education.placements.gateway.client.Placement;
import uk.gov.education.placements.gateway.client.SubjectCatalogue;

/**
 * The placement form as submitted. One page asks everything (phase, then the subject and year
 * group of that phase, academic year, terms, mentors), so that placement-service's rules answer
 * every wrong field at once. Primary and secondary subjects are separate questions because they
 * are revealed under their phase; the gateway sends the one of the phase chosen.
 */
public record PlacementForm(String phase, String primarySubject, String secondarySubject, List<String> additionalSubjects,
                            String yearGroup, String academicYear, List<String> terms, String mentors,
                            Boolean mentorsNotKnown) {

    static final String ANY_TIME = "any";

    public PlacementForm {
        additionalSubjects = additionalSubjects == null ? List.of() : List.copyOf(additionalSubjects);
        terms = terms == null ? List.of() : List.copyOf(terms);
    }

    static PlacementForm empty() {
        return new PlacementForm(null, null, null, List.of(), null, null, List.of(), null, false);
    }

    static PlacementForm of(Placement placement) {
        boolean primary = "primary".equals(placement.phase());
        return new PlacementForm(placement.phase(), primary ? placement.subject() : null, primary ? null : placement.subject(),
                placement.additionalSubjects(), placement.yearGroup(), placement.academicYear(),
                placement.terms().isEmpty() ? List.of(ANY_TIME) : placement.terms(),
                String.join("\n", placement.mentors()), placement.mentors().isEmpty());
    }

    /** The subject of the phase chosen, or null when no phase is. */
    String subject() {
        if ("primary".equals(phase)) {
            return blankToNull(primarySubject);
        }
        return "secondary".equals(phase) ? blankToNull(secondarySubject) : null;
    }

    public boolean hasTerm(String term) {
        return terms.contains(term);
    }

    /**
     * The contract's placement body. Nothing is judged here: a missing answer is sent as missing
     * and placement-service says what is wrong with it, in production's words.
     */
    Map<String, Object> body(SubjectCatalogue subjects) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("phase", blankToNull(phase));
        String subject = subject();
        body.put("subject", subject);
        // Languages are only asked under modern languages: ticked under another subject they were never chosen.
        boolean hasAdditional = subject != null && !subjects.additionalSubjectsOf(subject).isEmpty();
        body.put("additionalSubjects", hasAdditional ? additionalSubjects : List.of());
        body.put("yearGroup", "primary".equals(phase) ? blankToNull(yearGroup) : null);
        body.put("mentors", mentorList());
        body.put("academicYear", blankToNull(academicYear));
        body.put("terms", terms.contains(ANY_TIME) ? List.of() : terms);
        return body;
    }

    /** Names, one a line; none and "not yet known" ticked is the answer "not yet known"; neither is no answer. */
    private List<String> mentorList() {
        List<String> names = new ArrayList<>();
        if (mentors != null) {
            for (String line : mentors.split("\\R")) {
                if (!line.isBlank()) {
                    names.add(line.trim());
                }
            }
        }
        if (!names.isEmpty()) {
            return names;
        }
        return Boolean.TRUE.equals(mentorsNotKnown) ? List.of() : null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
