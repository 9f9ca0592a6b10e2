package uk.gov.education.placements.gateway.client;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import uk.gov.education.placements.gateway.client.ServiceClients.ServiceClient;

/** school-service: organisation details and the placement contact, with the school's version (ETag). */
public class SchoolService {

    private final RestClient rest;

    SchoolService(ServiceClient client) {
        this.rest = client.rest();
    }

    public Versioned<School> school(String urn) {
        ResponseEntity<School> response = rest.get().uri("/schools/{urn}", urn).retrieve().toEntity(School.class);
        return new Versioned<>(response.getBody(), ETags.version(response));
    }

    /** @return the school's version after the add */
    public long addPlacementContact(String urn, PlacementContact contact) {
        return ETags.version(rest.post().uri("/schools/{urn}/placement-contact", urn).body(body(contact))
                .retrieve().toBodilessEntity());
    }

    /** Sent with {@code If-Match} of the version the user saw: a 412 means someone changed it meanwhile. */
    public long changePlacementContact(String urn, PlacementContact contact, long versionSeen) {
        return ETags.version(rest.put().uri("/schools/{urn}/placement-contact", urn)
                .header(HttpHeaders.IF_MATCH, ETags.of(versionSeen))
                .body(body(contact))
                .retrieve().toBodilessEntity());
    }

    public void onboard(String urn, String name) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("urn", urn);
        body.put("name", name);
        rest.post().uri("/schools").body(body).retrieve().toBodilessEntity();
    }

    /** As typed: the service trims, lower-cases and decides what a blank name is. */
    private static Map<String, String> body(PlacementContact contact) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("firstName", contact.firstName());
        body.put("lastName", contact.lastName());
        body.put("email", contact.email());
        return body;
    }
}
