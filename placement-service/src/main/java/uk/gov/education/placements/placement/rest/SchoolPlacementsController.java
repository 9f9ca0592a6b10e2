package uk.gov.education.placements.placement.rest;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.education.placements.placement.query.PlacementViewRepository;

/**
 * {@code GET /schools/{urn}/placements}: the list a school's placements tab shows, an addition to
 * the contract. Only the school's users and support may read it, checked before the URN is
 * validated, like every school path here.
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
class SchoolPlacementsController {

    private final PlacementViewRepository placements;

    SchoolPlacementsController(PlacementViewRepository placements) {
        this.placements = placements;
    }

    @GetMapping("/schools/{urn}/placements")
    List<PlacementResponse> list(@PathVariable String urn) {
        PlacementAccess.actingForSchool(urn);
        return placements.ofSchool(Requests.urn(urn)).stream().map(PlacementResponse::of).toList();
    }
}
