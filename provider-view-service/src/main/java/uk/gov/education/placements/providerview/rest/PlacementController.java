package uk.gov.education.placements.providerview.rest;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;

import uk.gov.education.placements.providerview.query.PlacementReadModelRepository;
import uk.gov.education.placements.providerview.query.PlacementSearch;
import uk.gov.education.placements.providerview.query.PlacementStatusFilter;
import uk.gov.education.placements.providerview.query.ProviderCode;
import uk.gov.education.placements.support.security.Caller;
import uk.gov.education.placements.support.web.ProblemException;
import uk.gov.education.placements.support.web.Problems;

@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
class PlacementController {

    static final int MAX_PAGE_SIZE = 100;
    static final int DEFAULT_PAGE_SIZE = 20;
    private static final Set<String> YEAR_GROUPS = Set.of("nursery", "reception", "year_1", "year_2", "year_3",
            "year_4", "year_5", "year_6", "mixed_year_groups");

    private final PlacementReadModelRepository placements;

    PlacementController(PlacementReadModelRepository placements) {
        this.placements = placements;
    }

    /**
     * {@code providerCode}: the provider for whom a placement assigned to them shows as
     * assigned_to_you; a provider user's own by default (see {@link ProviderViewAccess}).
     */
    @GetMapping("/placements/{id}")
    PlacementResponse placement(@PathVariable String id, HttpServletRequest request) {
        Caller caller = ProviderViewAccess.readingTheProviderView();
        ProviderViewAccess.namingOnlyTheirOwnProviders(caller, request, "providerCode");
        QueryParameters parameters = QueryParameters.of(request, Set.of("providerCode"));
        UUID placementId = Paths.uuid("id", id, parameters);
        ProviderCode you = ProviderViewAccess.assignedToYouMeans(caller, parameters.providerCode("providerCode"));
        parameters.throwIfInvalid();
        return placements.find(placementId)
                .map(placement -> PlacementResponse.of(placement, you))
                .orElseThrow(() -> new ProblemException(Problems.problem(HttpStatus.NOT_FOUND, "placement-not-found",
                        "Placement not found", "There is no placement with id " + id)));
    }

    @GetMapping("/placements")
    PlacementPageResponse placements(HttpServletRequest request) {
        Caller caller = ProviderViewAccess.readingTheProviderView();
        ProviderViewAccess.namingOnlyTheirOwnProviders(caller, request, "providerCode", "partnerOf");
        QueryParameters parameters = QueryParameters.of(request,
                Set.of("subject", "yearGroup", "status", "providerCode", "partnerOf", "page", "size"));
        String subject = parameters.text("subject");
        String yearGroup = parameters.oneOf("yearGroup",
                value -> YEAR_GROUPS.contains(value) ? Optional.of(value) : Optional.empty(),
                "Enter a year group: nursery, reception, year_1 to year_6, or mixed_year_groups");
        PlacementStatusFilter status = parameters.oneOf("status", PlacementStatusFilter::byCode,
                "Enter a status: available, assigned or assigned_to_you");
        ProviderCode you = ProviderViewAccess.assignedToYouMeans(caller, parameters.providerCode("providerCode"));
        ProviderCode partnerOf = parameters.providerCode("partnerOf");
        int page = parameters.integer("page", 0, 0, 1_000_000, "Enter a page number of 0 or more");
        int size = parameters.integer("size", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE,
                "Enter a page size from 1 to " + MAX_PAGE_SIZE);
        if (status == PlacementStatusFilter.ASSIGNED_TO_YOU && you == null && parameters.valid()) {
            parameters.reject("providerCode", "Enter your provider code to see the placements assigned to you");
        }
        parameters.throwIfInvalid();
        return PlacementPageResponse.of(placements
                .search(new PlacementSearch(subject, yearGroup, status, you, partnerOf), page, size)
                .map(placement -> PlacementResponse.of(placement, you)));
    }
}
