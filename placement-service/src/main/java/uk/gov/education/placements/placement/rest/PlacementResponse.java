package uk.gov.education.placements.placement.rest;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import uk.gov.education.placements.events.PlacementDetails;
import uk.gov.education.placements.placement.query.PlacementView;

/** A placement as its school sees it, its details unwrapped after them. {@code status} is "available" or "assigned". */
public record PlacementResponse(
        UUID id,
        String schoolUrn,
        String status,
        String providerCode,
        @JsonUnwrapped PlacementDetails details) {

    static PlacementResponse of(PlacementView view) {
        return new PlacementResponse(view.id(), view.schoolUrn(), view.status(), view.providerCode(), view.details());
    }
}
