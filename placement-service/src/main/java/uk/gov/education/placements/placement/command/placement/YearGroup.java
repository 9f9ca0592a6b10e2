package uk.gov.education.placements.placement.command.placement;

import java.util.Optional;

/** Year groups of primary placements; the code is the contract's value, the display name production's wording. */
public enum YearGroup implements ReferenceValue {
    NURSERY("nursery", "Nursery"),
    RECEPTION("reception", "Reception"),
    YEAR_1("year_1", "Year 1"),
    YEAR_2("year_2", "Year 2"),
    YEAR_3("year_3", "Year 3"),
    YEAR_4("year_4", "Year 4"),
    YEAR_5("year_5", "Year 5"),
    YEAR_6("year_6", "Year 6"),
    MIXED_YEAR_GROUPS("mixed_year_groups", "Mixed year groups");

    private final String code;
    private final String displayName;

    YearGroup(String code, String displayName) {
        this.code = code;
        this.displayName = displayName;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    public static Optional<YearGroup> ofCode(String code) {
        return ReferenceValue.ofCode(values(), code);
    }
}
