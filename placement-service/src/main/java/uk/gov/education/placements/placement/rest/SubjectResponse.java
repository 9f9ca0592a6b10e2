package uk.gov.education.placements.placement.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import uk.gov.education.placements.placement.command.placement.Subject;

/** One subject of the reference data; {@code parent} is null for a subject that can be a placement's main subject. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"code", "name", "phase", "parent"})
public record SubjectResponse(String code, String name, String phase, String parent) {

    static SubjectResponse of(Subject subject) {
        return new SubjectResponse(subject.code(), subject.name(), subject.phase().code(), subject.parentCode());
    }
}
