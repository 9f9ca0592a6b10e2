package uk.gov.education.placements.support.web;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import uk.gov.education.placements.support.rule.RuleViolation;

/**
 * The last word on errors in every service: whatever a request does wrong, the answer is a 4xx
 * problem detail that says what, never a 500 and never a stack trace. Services put their own
 * advice (for their domain's rejections) before this one.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final URI ABOUT_BLANK = URI.create("about:blank");

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> problem(ProblemException e) {
        return ResponseEntity.status(e.problem().getStatus()).headers(e.headers()).body(e.problem());
    }

    /** Every named rule's refusal, mapped by the data it carries. */
    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<ProblemDetail> ruleViolated(RuleViolation e) {
        HttpStatus status = switch (e.kind()) {
            case CONFLICT -> HttpStatus.CONFLICT;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case STALE -> HttpStatus.PRECONDITION_FAILED;
            case INVALID -> HttpStatus.BAD_REQUEST;
        };
        ProblemDetail problem = Problems.problem(status, e.slug(), e.title(), e.getMessage());
        e.properties().forEach(problem::setProperty);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return ResponseEntity.badRequest().body(Problems.validation(List.of(
                new FieldMessage(e.getName(), "Enter a valid value"))));
    }

    /**
     * A path variable that converts to nothing ({@code /placements/%1C}: a blank UUID) is the
     * caller's invalid value, as a malformed one is; Spring reports it as missing, with a 500 in the
     * body of its 400. A variable the handler names but the mapping lacks stays a server error.
     */
    @Override
    protected ResponseEntity<Object> handleMissingPathVariable(MissingPathVariableException e, HttpHeaders headers,
                                                               HttpStatusCode status, WebRequest request) {
        if (e.isMissingAfterConversion()) {
            return ResponseEntity.badRequest().body(Problems.validation(List.of(
                    new FieldMessage(e.getVariableName(), "Enter a valid value"))));
        }
        return super.handleMissingPathVariable(e, headers, status, request);
    }

    /** A header the firewall refuses, read after StrictHeadersFilter (which reads them all first). */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(RequestRejectedException e) {
        return ResponseEntity.badRequest().body(Problems.problem(HttpStatus.BAD_REQUEST, "invalid-request",
                "Invalid request", "The request holds a character or a form that is not allowed"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected failure", e);
        return ResponseEntity.internalServerError().body(Problems.problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error", "Internal error", "Something went wrong on our side. Try again later."));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(describe(e));
    }

    /**
     * Spring's own problem details (404, 405, 415, ...) get a type of ours instead of
     * {@code about:blank}, so a gateway can match every answer of the services the same way.
     */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem && ABOUT_BLANK.equals(problem.getType()) && problem.getTitle() != null) {
            problem.setType(URI.create(Problems.TYPE_BASE + Problems.slugOf(problem.getTitle())));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    static ProblemDetail describe(HttpMessageNotReadableException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestBodyLimitFilter.BodyTooLargeException tooLarge) {
                return RequestBodyLimitFilter.tooLarge(tooLarge.maxBytes());
            }
            if (cause instanceof UnrecognizedPropertyException unknown) {
                return Problems.validation(List.of(new FieldMessage(path(unknown), "Remove this field: it is not part of the request")));
            }
            if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
                return Problems.validation(List.of(new FieldMessage(path(mismatch), "Enter a value of the right type")));
            }
            if (cause instanceof JsonProcessingException) {
                return Problems.badRequest("The request body is not valid JSON in UTF-8");
            }
        }
        return Problems.badRequest("The request needs a JSON body");
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(reference -> reference.getFieldName() != null
                        ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
