package uk.gov.education.placements.gateway.client;

/**
 * A service could not answer: not reachable, too slow, or it failed (5xx). Nothing the user
 * did, and nothing they can fix: the page says "Sorry, there is a problem with the service".
 */
public class ServiceUnavailable extends RuntimeException {

    private final String service;

    public ServiceUnavailable(String service, String reason, Throwable cause) {
        super(service + ": " + reason, cause);
        this.service = service;
    }

    public String service() {
        return service;
    }
}
