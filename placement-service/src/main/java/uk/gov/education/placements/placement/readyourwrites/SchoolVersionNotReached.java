package uk.gov.education.placements.placement.readyourwrites;

import uk.gov.education.placements.placement.command.SchoolUrn;

/** The projection did not reach the school version a request asked for within the wait. */
public class SchoolVersionNotReached extends RuntimeException {

    private final transient SchoolUrn school;
    private final long wanted;
    private final long seen;

    public SchoolVersionNotReached(SchoolUrn school, long wanted, long seen) {
        super("Version " + wanted + " of school " + school + " has not reached this service yet (it has seen "
                + (seen < 0 ? "nothing" : "version " + seen) + ")", null, false, false);
        this.school = school;
        this.wanted = wanted;
        this.seen = seen;
    }

    public SchoolUrn school() {
        return school;
    }

    public long wanted() {
        return wanted;
    }

    public long seen() {
        return seen;
    }
}
