package uk.gov.education.placements.providerview.rest;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import uk.gov.education.placements.providerview.projection.replay.ReplayAlreadyRunningException;
import uk.gov.education.placements.support.web.Problems;

/** This service's own rejections; everything else falls through to the shared problem-details advice. */
@RestControllerAdvice
@Order(0)
class ProviderViewProblemAdvice {

    @ExceptionHandler(ReplayAlreadyRunningException.class)
    ResponseEntity<ProblemDetail> replayRunning(ReplayAlreadyRunningException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Problems.problem(HttpStatus.CONFLICT,
                "replay-already-running", "A replay is already running", e.getMessage()));
    }
}
