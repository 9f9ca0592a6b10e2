package uk.gov.education.placements.gateway.client;

import java.util.List;

/** One page of provider-view's placement search; pages count from 0. */
public record PlacementPage(List<ProviderPlacement> items, int page, int size, long totalItems, long totalPages) {
}
