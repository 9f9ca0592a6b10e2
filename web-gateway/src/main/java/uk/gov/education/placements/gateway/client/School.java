package uk.gov.education.placements.gateway.client;

/** school-service's organisation details; {@code placementContact} is null while the school has none. */
public record School(PlacementContact placementContact, String urn, String name) {

    public boolean hasPlacementContact() {
        return placementContact != null;
    }
}
