package uk.gov.education.placements.gateway.client;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * A service's refusal (a 4xx problem detail, or placement-service's 503 "not caught up yet"):
 * an answer about the request, which a page turns into a message for the user. {@code type} is
 * the problem type's slug, the contract's stable name for it.
 */
public class ServiceProblem extends RuntimeException {

    private final String service;
    private final int status;
    private final String type;
    private final String detail;
    private final List<FieldMessage> errors;
    private final transient JsonNode body;

    public ServiceProblem(String service, int status, String type, String detail, List<FieldMessage> errors, JsonNode body) {
        super(service + " answered " + status + " " + type);
        this.service = service;
        this.status = status;
        this.type = type;
        this.detail = detail;
        this.errors = List.copyOf(errors);
        this.body = body == null ? MissingNode.getInstance() : body;
    }

    public String service() {
        return service;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public boolean is(String slug) {
        return slug.equals(type);
    }

    public String detail() {
        return detail;
    }

    public List<FieldMessage> errors() {
        return errors;
    }

    public boolean isValidation() {
        return status == 400 && !errors.isEmpty();
    }

    /** The whole problem detail, for the few extension members a page shows. */
    public JsonNode body() {
        return body;
    }
}
