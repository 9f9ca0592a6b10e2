package uk.gov.education.placements.gateway.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Academic years run from 1 September to 31 August; a school adds placements for the current
 * year or the next one only (production's choice of two). Codes are the contract's "2025/26".
 */
@Component
public class AcademicYears {

    public record Option(String code, String label) {
    }

    private static final Pattern CODE = Pattern.compile("(\\d{4})/(\\d{2})");

    private final Clock clock;

    public AcademicYears(Clock clock) {
        this.clock = clock;
    }

    public List<Option> choices() {
        LocalDate today = LocalDate.now(clock);
        int start = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        return List.of(new Option(code(start), "This year (" + start + " to " + (start + 1) + ")"),
                new Option(code(start + 1), "Next year (" + (start + 1) + " to " + (start + 2) + ")"));
    }

    static String code(int start) {
        return start + "/" + String.format("%02d", (start + 1) % 100);
    }

    static String name(String code) {
        if (code == null) {
            return null;
        }
        Matcher matcher = CODE.matcher(code);
        return matcher.matches() ? matcher.group(1) + " to " + (Integer.parseInt(matcher.group(1)) + 1) : code;
    }
}
