package uk.gov.education.placements.placement.command.placement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.gov.education.placements.events.PlacementDetails;

/**
 * Named rule {@code placementDetailsComplete}: what a placement must say, with the production
 * service's messages. It checks every field and reports each wrong one, so that a form can show
 * all its errors at once; on success it returns the details normalised (trimmed mentors, terms in
 * calendar order, no year group on a secondary placement).
 */
public final class PlacementDetailsRules {

    public static final String SELECT_A_PHASE = "Select a phase";
    public static final String SELECT_A_SUBJECT = "Select a subject";
    public static final String SELECT_AN_ADDITIONAL_SUBJECT = "Select an additional subject";
    public static final String SELECT_A_YEAR_GROUP = "Select a year group";
    public static final String SELECT_A_MENTOR = "Select a mentor or not yet known";
    /** Not among the production messages we were given: our wording, in the same style. */
    public static final String SELECT_AN_ACADEMIC_YEAR = "Select an academic year";
    /** Not among the production messages we were given: our wording, in the same style. */
    public static final String SELECT_A_TERM = "Select a term or any time";

    static final int MAX_MENTORS = 50;
    static final int MAX_MENTOR_LENGTH = 200;
    private static final Pattern ACADEMIC_YEAR = Pattern.compile("([0-9]{4})/([0-9]{2})");

    private PlacementDetailsRules() {
    }

    public static PlacementDetails check(PlacementForm form) {
        return check(form, Subjects.reference());
    }

    static PlacementDetails check(PlacementForm form, Subjects subjects) {
        List<Violation> violations = new ArrayList<>();

        Optional<Phase> phase = Phase.ofCode(form.phase());
        if (phase.isEmpty()) {
            violations.add(new Violation("phase", SELECT_A_PHASE));
        }

        Optional<Subject> subject = subjects.byCode(form.subject())
                .filter(Subject::isTopLevel)
                .filter(found -> phase.isEmpty() || found.phase() == phase.get());
        if (subject.isEmpty()) {
            violations.add(new Violation("subject", SELECT_A_SUBJECT));
        }

        List<String> additionalSubjects = subject
                .map(chosen -> additionalSubjects(form.additionalSubjects(), chosen, subjects, violations))
                .orElse(List.of());

        String yearGroup = yearGroup(form.yearGroup(), phase, violations);

        List<String> mentors = mentors(form.mentors(), violations);

        if (!isAcademicYear(form.academicYear())) {
            violations.add(new Violation("academicYear", SELECT_AN_ACADEMIC_YEAR));
        }

        List<String> terms = terms(form.terms(), violations);

        if (!violations.isEmpty()) {
            throw new InvalidPlacementDetails(violations);
        }
        return new PlacementDetails(phase.get().code(), subject.get().code(), additionalSubjects, yearGroup,
                mentors, form.academicYear(), terms);
    }

    /** Required exactly when the subject has additional subjects (modern languages), and only those. */
    private static List<String> additionalSubjects(List<String> given, Subject subject, Subjects subjects,
                                                   List<Violation> violations) {
        List<String> allowed = subjects.additionalSubjectsOf(subject).stream().map(Subject::code).toList();
        List<String> chosen = given == null ? List.of() : given;
        boolean valid = allowed.isEmpty()
                ? chosen.isEmpty()
                : !chosen.isEmpty() && chosen.stream().allMatch(code -> code != null && allowed.contains(code));
        if (!valid) {
            violations.add(new Violation("additionalSubjects", SELECT_AN_ADDITIONAL_SUBJECT));
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(chosen));
    }

    /** Required for primary; a secondary placement has no year group, so one sent for it is not kept. */
    private static String yearGroup(String given, Optional<Phase> phase, List<Violation> violations) {
        Optional<YearGroup> yearGroup = YearGroup.ofCode(given);
        boolean primary = phase.filter(Phase.PRIMARY::equals).isPresent();
        if ((given != null && yearGroup.isEmpty()) || (primary && yearGroup.isEmpty())) {
            violations.add(new Violation("yearGroup", SELECT_A_YEAR_GROUP));
            return null;
        }
        return primary ? yearGroup.get().code() : null;
    }

    /** An empty list is an answer ("not yet known"); a missing one is not. */
    private static List<String> mentors(List<String> given, List<Violation> violations) {
        if (given == null || given.size() > MAX_MENTORS
                || given.stream().anyMatch(mentor -> mentor == null || mentor.isBlank()
                        || mentor.trim().length() > MAX_MENTOR_LENGTH)) {
            violations.add(new Violation("mentors", SELECT_A_MENTOR));
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(given.stream().map(String::trim).toList()));
    }

    static boolean isAcademicYear(String value) {
        if (value == null) {
            return false;
        }
        Matcher matcher = ACADEMIC_YEAR.matcher(value);
        if (!matcher.matches()) {
            return false;
        }
        int start = Integer.parseInt(matcher.group(1));
        int end = Integer.parseInt(matcher.group(2));
        return start >= 2000 && (start + 1) % 100 == end;
    }

    /** None means any time; duplicates collapse and the order is the calendar's. */
    private static List<String> terms(List<String> given, List<Violation> violations) {
        if (given == null) {
            return List.of();
        }
        List<Optional<Term>> parsed = given.stream().map(Term::ofCode).toList();
        if (parsed.stream().anyMatch(Optional::isEmpty)) {
            violations.add(new Violation("terms", SELECT_A_TERM));
            return List.of();
        }
        Set<Term> terms = new LinkedHashSet<>(parsed.stream().map(Optional::get).filter(Objects::nonNull).toList());
        return terms.stream().sorted(Comparator.naturalOrder()).map(Term::code).toList();
    }
}
