package uk.gov.education.placements.localstack;

/**
 * The three services of the system and the web gateway in front of them, with the port and
 * database the contract gives them. The gateway has no database ({@code null}): it only calls
 * the services over HTTP.
 */
public enum Service {
    SCHOOL("school-service", 8081, "school_service"),
    PLACEMENT("placement-service", 8082, "placement_service"),
    PROVIDER_VIEW("provider-view-service", 8083, "provider_view"),
    WEB_GATEWAY("web-gateway", 8080, null);

    private final String module;
    private final int defaultPort;
    private final String database;

    Service(String module, int defaultPort, String database) {
        this.module = module;
        this.defaultPort = defaultPort;
        this.database = database;
    }

    public String module() {
        return module;
    }

    public int defaultPort() {
        return defaultPort;
    }

    public String database() {
        return database;
    }

    /** The services keep events and read models in PostgreSQL and talk through Kafka; the gateway does neither. */
    public boolean hasDatabase() {
        return database != null;
    }
}
