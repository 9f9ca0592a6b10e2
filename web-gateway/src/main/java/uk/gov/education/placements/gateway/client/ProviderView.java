package uk.gov.education.placements.gateway.client;

import java.util.UUID;

import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;

import uk.gov.education.placements.gateway.client.ServiceClients.ServiceClient;

/** provider-view-service: what providers read, the placement contact first. */
public class ProviderView {

    /** The search's filters; null means "any". {@code status}: available, assigned_to_you. */
    public record Search(String subject, String yearGroup, String status, String partnerOf, int page, int size) {
    }

    private final RestClient rest;

    ProviderView(ServiceClient client) {
        this.rest = client.rest();
    }

    /** @param providerCode whom "assigned to you" means: the provider whose pages these are */
    public PlacementPage placements(String providerCode, Search search) {
        return rest.get().uri(uri -> {
            UriBuilder builder = uri.path("/placements").queryParam("providerCode", providerCode);
            optional(builder, "subject", search.subject());
            optional(builder, "yearGroup", search.yearGroup());
            optional(builder, "status", search.status());
            optional(builder, "partnerOf", search.partnerOf());
            return builder.queryParam("page", search.page()).queryParam("size", search.size()).build();
        }).retrieve().body(PlacementPage.class);
    }

    public ProviderPlacement placement(UUID id, String providerCode) {
        return rest.get().uri(uri -> uri.path("/placements/{id}").queryParam("providerCode", providerCode).build(id))
                .retrieve().body(ProviderPlacement.class);
    }

    public ProviderSchool school(String urn) {
        return rest.get().uri("/schools/{urn}", urn).retrieve().body(ProviderSchool.class);
    }

    /** provider-view refuses blank parameters (a misspelt filter must not silently match everything). */
    private static void optional(UriBuilder builder, String name, String value) {
        if (value != null && !value.isBlank()) {
            builder.queryParam(name, value);
        }
    }
}
