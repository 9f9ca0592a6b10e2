package uk.gov.education.placements.providerview.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import uk.gov.education.placements.providerview.query.Page;

/** One page of placements (pages count from 0) and the totals over all pages. */
@JsonPropertyOrder({"items", "page", "size", "totalItems", "totalPages"})
public record PlacementPageResponse(List<PlacementResponse> items, int page, int size, long totalItems, long totalPages) {

    static PlacementPageResponse of(Page<PlacementResponse> page) {
        return new PlacementPageResponse(page.items(), page.page(), page.size(), page.totalItems(), page.totalPages());
    }
}
