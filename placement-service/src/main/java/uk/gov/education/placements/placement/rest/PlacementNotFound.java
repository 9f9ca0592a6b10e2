package uk.gov.education.placements.placement.rest;

import uk.gov.education.placements.placement.command.PlacementId;

class PlacementNotFound extends RuntimeException {

    PlacementNotFound(PlacementId id) {
        super("There is no placement " + id + ".", null, false, false);
    }
}
