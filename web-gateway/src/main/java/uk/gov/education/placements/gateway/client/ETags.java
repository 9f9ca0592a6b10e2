package uk.gov.education.placements.gateway.client;

import org.springframework.http.ResponseEntity;

/** school-service's ETags are the school's version in quotes: {@code "3"}. */
final class ETags {

    private ETags() {
    }

    static long version(ResponseEntity<?> response) {
        String etag = response.getHeaders().getETag();
        if (etag == null) {
            throw new ServiceUnavailable(ServiceClients.SCHOOL_SERVICE, "answered without an ETag", null);
        }
        try {
            return Long.parseLong(etag.replace("W/", "").replace("\"", ""));
        } catch (NumberFormatException e) {
            throw new ServiceUnavailable(ServiceClients.SCHOOL_SERVICE, "answered an ETag that is not a version: " + etag, e);
        }
    }

    static String of(long version) {
        return "\"" + version + "\"";
    }
}
