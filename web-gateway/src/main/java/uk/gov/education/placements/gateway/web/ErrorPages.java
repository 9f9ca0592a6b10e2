package uk.gov.education.placements.gateway.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import uk.gov.education.placements.gateway.client.ServiceProblem;
import uk.gov.education.placements.gateway.client.ServiceUnavailable;

/**
 * What the user sees when a page cannot be shown: GOV.UK's "Sorry, there is a problem with the
 * service" (5xx) when a service is down or fails, "Page not found" (404) for what does not
 * exist, "You cannot perform this action" (403) for what is not theirs. No stack trace, ever;
 * the cause goes to the log. Anything not handled here reaches Spring Boot's error page, which
 * renders templates/error/404.html, 4xx.html or 5xx.html the same way.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorPages {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

    @ExceptionHandler
    ModelAndView serviceUnavailable(ServiceUnavailable e) {
        LOG.warn("Showing the service problem page: {}", e.getMessage());
        return page("error/5xx", HttpStatus.SERVICE_UNAVAILABLE);
    }

    @ExceptionHandler
    ModelAndView noAnswer(ResourceAccessException e) {
        LOG.warn("Showing the service problem page: {}", e.getMessage());
        return page("error/5xx", HttpStatus.SERVICE_UNAVAILABLE);
    }

    @ExceptionHandler
    ModelAndView notYours(OrganisationAccess.NotYourOrganisation e) {
        return page("error/403", HttpStatus.FORBIDDEN);
    }

    @ExceptionHandler
    ModelAndView notHere(PageNotFound e) {
        return page("error/404", HttpStatus.NOT_FOUND);
    }

    /** A path that names nothing (an id that is not one) is a page that does not exist. */
    @ExceptionHandler
    ModelAndView notAnId(MethodArgumentTypeMismatchException e) {
        return page("error/404", HttpStatus.NOT_FOUND);
    }

    /** Nor is an id that converts to nothing (only a control character): Spring calls it missing. */
    @ExceptionHandler
    ModelAndView blankId(MissingPathVariableException e) throws MissingPathVariableException {
        if (!e.isMissingAfterConversion()) {
            throw e;
        }
        return page("error/404", HttpStatus.NOT_FOUND);
    }

    /** A refusal no page expected: 401 means the token ran out, so sign in again. */
    @ExceptionHandler
    ModelAndView refused(ServiceProblem e, HttpServletRequest request) {
        return switch (e.status()) {
            case 401 -> {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                yield new ModelAndView("redirect:/sign-in");
            }
            case 403 -> page("error/403", HttpStatus.FORBIDDEN);
            case 404 -> page("error/404", HttpStatus.NOT_FOUND);
            default -> {
                LOG.error("Unexpected answer from {}: {} {} {}", e.service(), e.status(), e.type(), e.detail());
                yield page("error/5xx", HttpStatus.INTERNAL_SERVER_ERROR);
            }
        };
    }

    private static ModelAndView page(String view, HttpStatus status) {
        ModelAndView page = new ModelAndView(view);
        page.setStatus(status);
        return page;
    }
}
