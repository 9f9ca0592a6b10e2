package uk.gov.education.placements.providerview.rest;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import uk.gov.education.placements.events.PlacementDetails;
import uk.gov.education.placements.providerview.query.PlacementReadModel;
import uk.gov.education.placements.providerview.query.PlacementView;
import uk.gov.education.placements.providerview.query.ProviderCode;

/**
 * A placement as a provider reads it, in the order user research asked for: the placement
 * contact first (null while the school has none), then the status, the school, and the details.
 * Used for one placement and for each item of the list alike.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"placementContact", "status", "school", "id", "details"})
public record PlacementResponse(
        PlacementContactResponse placementContact,
        String status,
        SchoolSummaryResponse school,
        UUID id,
        @JsonUnwrapped PlacementDetails details) {

    public static final String AVAILABLE = "available";
    public static final String ASSIGNED = "assigned";
    public static final String ASSIGNED_TO_YOU = "assigned_to_you";

    static PlacementResponse of(PlacementReadModel model, ProviderCode caller) {
        PlacementView placement = model.placement();
        return new PlacementResponse(
                PlacementContactResponse.of(model.contact()),
                status(placement.providerCode(), caller),
                new SchoolSummaryResponse(placement.schoolUrn(), model.schoolName()),
                placement.id(),
                placement.details());
    }

    /** Another provider's code is never shown: "assigned" is all a provider needs to know. */
    static String status(String providerCode, ProviderCode caller) {
        if (providerCode == null) {
            return AVAILABLE;
        }
        return caller != null && caller.value().equals(providerCode) ? ASSIGNED_TO_YOU : ASSIGNED;
    }
}
