package uk.gov.education.placements.placement.command;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import uk.gov.education.placements.events.PlacementDetails;
import uk.gov.education.placements.placement.command.ProviderCode;
import uk.gov.education.placements.placement.command.SchoolUrn;
import uk.gov.education.placements.placement.command.placement.PlacementForm;

/** Shared test data: valid forms and the details they normalise to, fresh ids. */
public final class Placements {

    private Placements() {
    }

    public static SchoolUrn anyUrn() {
        return new SchoolUrn(String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000)));
    }

    public static ProviderCode anyProvider() {
        String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            code.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return new ProviderCode(code.toString());
    }

    public static PlacementForm primaryForm() {
        return new PlacementForm("primary", "primary_with_mathematics", List.of(), "year_2",
                List.of("Jo Bloggs"), "2025/26", List.of("spring", "autumn"));
    }

    /** What {@link #primaryForm()} is stored as: terms in calendar order. */
    public static PlacementDetails primaryDetails() {
        return new PlacementDetails("primary", "primary_with_mathematics", List.of(), "year_2",
                List.of("Jo Bloggs"), "2025/26", List.of("autumn", "spring"));
    }

    public static PlacementForm secondaryForm() {
        return new PlacementForm("secondary", "modern_languages", List.of("french", "german"), null,
                List.of(), "2026/27", List.of());
    }

    public static PlacementDetails secondaryDetails() {
        return new PlacementDetails("secondary", "modern_languages", List.of("french", "german"), null,
                List.of(), "2026/27", List.of());
    }
}
