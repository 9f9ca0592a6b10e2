package uk.gov.education.placements.placement.rest;

import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import uk.gov.education.placements.placement.command.InvalidPlacementDetails;
import uk.gov.education.placements.placement.command.NoSuchPartnership;
import uk.gov.education.placements.placement.command.NotAPartnerProvider;
import uk.gov.education.placements.placement.command.PartnershipExists;
import uk.gov.education.placements.placement.command.PartnershipHasAssignedPlacements;
import uk.gov.education.placements.placement.command.PlacementAssigned;
import uk.gov.education.placements.placement.command.PlacementContactMissing;
import uk.gov.education.placements.placement.command.PlacementId;
import uk.gov.education.placements.placement.command.PlacementIdTaken;
import uk.gov.education.placements.placement.query.ReadYourWritesProperties;
import uk.gov.education.placements.placement.query.SchoolVersionNotReached;
import uk.gov.education.placements.support.web.FieldMessage;
import uk.gov.education.placements.support.web.Problems;

/** This service's rejections as problem details; the type slugs are part of the contract. */
@RestControllerAdvice
@Order(0)
class PlacementProblems {

    private final ReadYourWritesProperties readYourWrites;

    PlacementProblems(ReadYourWritesProperties readYourWrites) {
        this.readYourWrites = readYourWrites;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> contactRequired(PlacementContactMissing e) {
        return respond(Problems.problem(HttpStatus.CONFLICT, "placement-contact-required",
                "Placement contact required", e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalidDetails(InvalidPlacementDetails e) {
        return respond(Problems.validation(e.violations().stream()
                .map(violation -> new FieldMessage(violation.field(), violation.message()))
                .toList()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> idTaken(PlacementIdTaken e) {
        return respond(Problems.problem(HttpStatus.CONFLICT, "placement-id-taken", "Placement id already used",
                e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notAPartner(NotAPartnerProvider e) {
        return respond(Problems.problem(HttpStatus.CONFLICT, "not-a-partner-provider", "Not a partner provider",
                e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> assigned(PlacementAssigned e) {
        return respond(Problems.problem(HttpStatus.CONFLICT, "placement-assigned", "Placement assigned to a provider",
                e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> placementNotFound(PlacementNotFound e) {
        return respond(Problems.problem(HttpStatus.NOT_FOUND, "placement-not-found", "Placement not found",
                e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> partnershipExists(PartnershipExists e) {
        return respond(Problems.problem(HttpStatus.CONFLICT, "partnership-exists", "Partnership already exists",
                e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> noSuchPartnership(NoSuchPartnership e) {
        return respond(Problems.problem(HttpStatus.NOT_FOUND, "partnership-not-found", "Partnership not found",
                e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> partnershipInUse(PartnershipHasAssignedPlacements e) {
        ProblemDetail problem = Problems.problem(HttpStatus.CONFLICT, "partnership-has-assigned-placements",
                "Placements are assigned to this provider", e.getMessage());
        problem.setProperty("placementIds", e.placements().stream().map(PlacementId::value).toList());
        return respond(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notCaughtUp(SchoolVersionNotReached e) {
        long seconds = Math.max(1, (readYourWrites.retryAfter().toMillis() + 999) / 1000);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
                .body(Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "school-version-not-reached",
                        "School not caught up yet", e.getMessage() + ". Try again shortly."));
    }

    /** Two commands on one placement from two instances at once: the later one may simply retry. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> concurrentChange(ConcurrencyException e) {
        return respond(Problems.problem(HttpStatus.CONFLICT, "concurrent-change", "Changed at the same time",
                "Someone else changed this at the same time. Try again."));
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
