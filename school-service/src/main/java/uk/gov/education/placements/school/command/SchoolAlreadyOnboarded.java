package uk.gov.education.placements.school.command;

/** The URN already has a School stream: the event store refused a second first event. */
public class SchoolAlreadyOnboarded extends RuntimeException {

    private final String schoolUrn;

    public SchoolAlreadyOnboarded(String schoolUrn, Throwable cause) {
        super("School " + schoolUrn + " has already been onboarded", cause);
        this.schoolUrn = schoolUrn;
    }

    public String schoolUrn() {
        return schoolUrn;
    }
}
