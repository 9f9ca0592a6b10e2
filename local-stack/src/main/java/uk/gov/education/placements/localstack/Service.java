package uk.gov.education.placements.localstack;

/** The three services of the system, with the port and database the contract gives them. */
public enum Service {
    SCHOOL("school-service", 8081, "school_service"),
    PLACEMENT("placement-service", 8082, "placement_service"),
    PROVIDER_VIEW("provider-view-service", 8083, "provider_view");

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
}
