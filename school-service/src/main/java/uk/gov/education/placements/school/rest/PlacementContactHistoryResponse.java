package uk.gov.education.placements.school.rest;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import uk.gov.education.placements.school.query.ContactVersion;

/** Every version of a school's placement contact, oldest first. */
@JsonPropertyOrder({"urn", "versions"})
public record PlacementContactHistoryResponse(String urn, List<Version> versions) {

    /**
     * {@code version} is the School's version the change produced; {@code change} is "added" or
     * "changed"; {@code changedBy} is the user id of whoever made it, null (not absent) when the
     * change was stored before the service recorded it.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"version", "change", "changedAt", "changedBy", "placementContact"})
    public record Version(long version, String change, Instant changedAt, String changedBy,
                          PlacementContactResponse placementContact) {

        static Version of(ContactVersion version) {
            return new Version(version.version(), version.change(), version.changedAt(), version.changedBy(),
                    PlacementContactResponse.of(version.contact()));
        }
    }

    static PlacementContactHistoryResponse of(String urn, List<ContactVersion> versions) {
        return new PlacementContactHistoryResponse(urn, versions.stream().map(Version::of).toList());
    }
}
