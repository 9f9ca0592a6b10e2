package uk.gov.education.placements.placement.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import uk.gov.education.placements.placement.query.PlacementView;

/**
 * A placement status as the contract answers it, with production's tag text: {@code name} as the school
 * (and support) sees it, {@code providerName} as a provider user sees it. The two differ because production
 * tells a provider only whether a placement is theirs: another provider's placement is "Unavailable".
 */
@JsonPropertyOrder({"code", "name", "providerName"})
public record PlacementStatusResponse(String code, String name, String providerName) {

    /**
     * placement-service's two statuses, then provider-view-service's {@code assigned_to_you} (the caller's
     * own provider), so that a gateway reads every status code it can meet from one list.
     */
    static List<PlacementStatusResponse> all() {
        return List.of(
                new PlacementStatusResponse(PlacementView.AVAILABLE, "Available", "Available"),
                new PlacementStatusResponse(PlacementView.ASSIGNED, "Assigned to provider", "Unavailable"),
                new PlacementStatusResponse("assigned_to_you", "Assigned to you", "Assigned to you"));
    }
}
