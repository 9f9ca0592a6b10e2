package uk.gov.education.placements.placement.readyourwrites;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import uk.gov.education.placements.support.web.Problems;

/**
 * The contract's answer when the wait for a school version ends first: 503 with Retry-After, so
 * a gateway knows to ask again. (Every rule's refusal is mapped by service-support, by its data.)
 */
@RestControllerAdvice
@Order(0)
class SchoolVersionNotReachedAdvice {

    private final ReadYourWritesProperties properties;

    SchoolVersionNotReachedAdvice(ReadYourWritesProperties properties) {
        this.properties = properties;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notCaughtUp(SchoolVersionNotReached e) {
        long seconds = Math.max(1, (properties.retryAfter().toMillis() + 999) / 1000);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "school-version-not-reached",
                        "School not caught up yet", e.getMessage() + ". Try again shortly."));
    }
}
