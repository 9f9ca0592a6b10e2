package uk.gov.education.placements.school.command;

/** Other writers kept changing the School while this command was retried; it was given up. */
public class ConcurrentChangeConflict extends RuntimeException {

    private final String schoolUrn;

    public ConcurrentChangeConflict(String schoolUrn, int attempts, Throwable cause) {
        super("School " + schoolUrn + " changed concurrently in each of " + attempts + " attempts", cause);
        this.schoolUrn = schoolUrn;
    }

    public String schoolUrn() {
        return schoolUrn;
    }
}
