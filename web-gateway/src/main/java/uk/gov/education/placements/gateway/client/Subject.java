package uk.gov.education.placements.gateway.client;

/** A subject of placement-service's reference data; {@code parent} is set for additional-only subjects (French). */
public record Subject(String code, String name, String phase, String parent) {

    public boolean isTopLevel() {
        return parent == null;
    }
}
