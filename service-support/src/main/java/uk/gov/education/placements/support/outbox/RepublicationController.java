package uk.gov.education.placements.support.outbox;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.education.placements.support.security.Access;
import uk.gov.education.placements.support.web.FieldMessage;
import uk.gov.education.placements.support.web.ProblemException;
import uk.gov.education.placements.support.web.Problems;

/**
 * The operators' way to make a write service publish its event store again, support users only:
 * {@code POST /admin/republications} (body {@code {"fromPosition": n}}, optional: the whole
 * store), then {@code GET /admin/republications/{id}} for its progress.
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
class RepublicationController {

    record RepublicationRequest(Long fromPosition) {
    }

    private final Republisher republisher;

    RepublicationController(Republisher republisher) {
        this.republisher = republisher;
    }

    @PostMapping("/admin/republications")
    ResponseEntity<Republication> start(@RequestBody(required = false) RepublicationRequest request) {
        var caller = Access.caller();
        Access.require(caller.isSupport());
        long from = request == null || request.fromPosition() == null ? 0 : request.fromPosition();
        if (from < 0) {
            throw new ProblemException(Problems.validation(List.of(
                    new FieldMessage("fromPosition", "Enter a global index of 0 or more"))));
        }
        Republication republication = republisher.start(from, caller.userId());
        return ResponseEntity.accepted().location(URI.create("/admin/republications/" + republication.id()))
                .body(republication);
    }

    @GetMapping("/admin/republications/{id}")
    Republication republication(@PathVariable("id") String id) {
        Access.require(Access.caller().isSupport());
        UUID republicationId;
        try {
            republicationId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Problems.validation(List.of(new FieldMessage("id", "Enter a valid value"))));
        }
        return republisher.find(republicationId).orElseThrow(() -> new ProblemException(Problems.problem(
                HttpStatus.NOT_FOUND, "republication-not-found", "Re-publication not found",
                "There is no re-publication with id " + id + " on this instance")));
    }
}
