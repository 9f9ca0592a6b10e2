package uk.gov.education.placements.placement.command.placement;

import java.util.Arrays;
import java.util.Optional;

/** Year groups of primary placements; the code is the contract's value. */
public enum YearGroup {
    NURSERY("nursery"),
    RECEPTION("reception"),
    YEAR_1("year_1"),
    YEAR_2("year_2"),
    YEAR_3("year_3"),
    YEAR_4("year_4"),
    YEAR_5("year_5"),
    YEAR_6("year_6"),
    MIXED_YEAR_GROUPS("mixed_year_groups");

    private final String code;

    YearGroup(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<YearGroup> ofCode(String code) {
        return Arrays.stream(values()).filter(group -> group.code.equals(code)).findFirst();
    }
}
