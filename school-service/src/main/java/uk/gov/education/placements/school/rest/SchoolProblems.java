package uk.gov.education.placements.school.rest;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import uk.gov.education.placements.school.command.ConcurrentChangeConflict;
import uk.gov.education.placements.school.command.NoPlacementContactYet;
import uk.gov.education.placements.school.command.PlacementContactAlreadyAdded;
import uk.gov.education.placements.school.command.SchoolAlreadyOnboarded;
import uk.gov.education.placements.school.command.SchoolVersionMismatch;
import uk.gov.education.placements.support.web.Problems;

/**
 * The School's rejections as problem details. Ordered before service-support's generic advice,
 * whose catch-all would otherwise answer 500.
 */
@Order(0)
@RestControllerAdvice
class SchoolProblems {

    @ExceptionHandler
    ResponseEntity<ProblemDetail> contactAlreadyAdded(PlacementContactAlreadyAdded e) {
        return respond(Problems.problem(HttpStatus.CONFLICT, "placement-contact-already-added",
                "Placement contact already added", e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> noContactYet(NoPlacementContactYet e) {
        return respond(Problems.problem(HttpStatus.CONFLICT, "no-placement-contact",
                "No placement contact yet", e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> versionMismatch(SchoolVersionMismatch e) {
        return respond(Problems.problem(HttpStatus.PRECONDITION_FAILED, "school-changed",
                "The school has changed", e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> alreadyOnboarded(SchoolAlreadyOnboarded e) {
        return respond(Problems.problem(HttpStatus.CONFLICT, "school-already-onboarded",
                "School already onboarded", "A school with URN " + e.schoolUrn() + " has already been onboarded."));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> concurrentChanges(ConcurrentChangeConflict e) {
        return respond(Problems.problem(HttpStatus.CONFLICT, "concurrent-change",
                "The school is being changed", "Someone else is changing this school at the same time. Try again."));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> schoolNotFound(AggregateNotFoundException e) {
        return respond(Lookups.schoolNotFound(String.valueOf(e.getAggregateIdentifier())).problem());
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
