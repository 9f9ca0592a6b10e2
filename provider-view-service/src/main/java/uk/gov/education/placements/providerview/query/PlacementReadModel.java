package uk.gov.education.placements.providerview.query;

import java.util.Objects;

/** A placement joined with its school's name and current contact (either null until their events arrive). */
public record PlacementReadModel(PlacementView placement, String schoolName, PlacementContact contact) {

    public PlacementReadModel {
        Objects.requireNonNull(placement, "placement");
    }
}
