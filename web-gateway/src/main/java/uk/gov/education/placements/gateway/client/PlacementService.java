package uk.gov.education.placements.gateway.client;

import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import uk.gov.education.placements.gateway.client.ServiceClients.ServiceClient;

/** placement-service: a school's placements, their providers, partnerships, and the subject reference data. */
public class PlacementService {

    /**
     * placement-service waits up to its own limit (2 s) for a school version before it answers
     * 503 "ask again"; this many asks in all bound the wait a user can see.
     */
    static final int READ_YOUR_WRITES_ATTEMPTS = 3;

    private final RestClient rest;

    PlacementService(ServiceClient client) {
        this.rest = client.rest();
    }

    public List<Placement> placements(String urn) {
        return Arrays.asList(rest.get().uri("/schools/{urn}/placements", urn).retrieve().body(Placement[].class));
    }

    public Placement placement(UUID id) {
        return rest.get().uri("/placements/{id}", id).retrieve().body(Placement.class);
    }

    /**
     * @param schoolVersion the school's version the gateway last wrote, if any: placement-service
     *                      then decides only once it has seen it (read-your-writes)
     * @return the new placement's id
     */
    public UUID create(String urn, Map<String, Object> placement, OptionalLong schoolVersion) {
        ResponseEntity<Void> created = readYourWrites(() -> rest.post().uri("/schools/{urn}/placements", urn)
                .headers(headers -> schoolVersion.ifPresent(version -> headers.set("X-School-Version", String.valueOf(version))))
                .body(placement)
                .retrieve().toBodilessEntity());
        URI location = created.getHeaders().getLocation();
        if (location == null) {
            throw new ServiceUnavailable(ServiceClients.PLACEMENT_SERVICE, "created a placement without a Location", null);
        }
        String path = location.getPath();
        return UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
    }

    /** Merge-patch: the fields given replace the placement's, the others stay. */
    public Placement edit(UUID id, Map<String, Object> fields, OptionalLong schoolVersion) {
        return readYourWrites(() -> rest.patch().uri("/placements/{id}", id)
                .headers(headers -> schoolVersion.ifPresent(version -> headers.set("X-School-Version", String.valueOf(version))))
                .body(fields)
                .retrieve().body(Placement.class));
    }

    public void assignProvider(UUID id, String providerCode) {
        // Sent as chosen, even none: placement-service answers "Select a provider or not yet known".
        Map<String, String> body = new HashMap<>();
        body.put("providerCode", providerCode);
        rest.put().uri("/placements/{id}/provider", id).body(body)
                .retrieve().toBodilessEntity();
    }

    public void unassignProvider(UUID id) {
        rest.delete().uri("/placements/{id}/provider", id).retrieve().toBodilessEntity();
    }

    public void delete(UUID id) {
        rest.delete().uri("/placements/{id}", id).retrieve().toBodilessEntity();
    }

    public List<String> partnerProviders(String urn) {
        return rest.get().uri("/schools/{urn}/partnerships", urn).retrieve()
                .body(new ParameterizedTypeReference<List<Partnership>>() { })
                .stream().map(Partnership::providerCode).toList();
    }

    public void addPartnerProvider(String urn, String providerCode) {
        Map<String, String> body = new HashMap<>();
        body.put("providerCode", providerCode);
        rest.post().uri("/schools/{urn}/partnerships", urn).body(body)
                .retrieve().toBodilessEntity();
    }

    public void removePartnerProvider(String urn, String providerCode) {
        rest.delete().uri("/schools/{urn}/partnerships/{code}", urn, providerCode).retrieve().toBodilessEntity();
    }

    /** The subjects, revalidated with the ETag of the copy the gateway holds (304: still current). */
    ResponseEntity<Subject[]> subjects(String etagHeld) {
        return rest.get().uri("/reference/subjects")
                .headers(headers -> {
                    if (etagHeld != null) {
                        headers.setIfNoneMatch(etagHeld);
                    }
                })
                .retrieve().toEntity(Subject[].class);
    }

    private static <T> T readYourWrites(Supplier<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (ServiceProblem problem) {
                if (!problem.is("school-version-not-reached")) {
                    throw problem;
                }
                if (attempt == READ_YOUR_WRITES_ATTEMPTS) {
                    throw new ServiceUnavailable(ServiceClients.PLACEMENT_SERVICE,
                            "has not caught up with the school after " + attempt + " attempts", problem);
                }
            }
        }
    }
}
