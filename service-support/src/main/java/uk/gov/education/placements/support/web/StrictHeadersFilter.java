package uk.gov.education.placements.support.web;

import java.io.IOException;
import java.util.Enumeration;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Decides everything about a request's headers before the request reaches a controller: every
 * header's characters (Spring Security's firewall checks a header only when something reads it,
 * which may be half-way through a command, so this reads them all here), and the grammar of the
 * headers the services read ({@link RequestHeaders}). A refusal is a 400 problem detail and
 * nothing else happens. It runs after authentication, so a caller without a valid token hears
 * 401 whatever its headers.
 */
public class StrictHeadersFilter extends OncePerRequestFilter {

    private final ObjectMapper objectMapper;

    public StrictHeadersFilter(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            readEveryHeader(request);
            RequestHeaders.parse(request);
        } catch (RequestRejectedException e) {
            write(response, request, Problems.problem(HttpStatus.BAD_REQUEST, "invalid-header", "Invalid header",
                    "A header holds a character that is not allowed"));
            return;
        } catch (ProblemException e) {
            write(response, request, e.problem());
            return;
        }
        chain.doFilter(request, response);
    }

    private static void readEveryHeader(HttpServletRequest request) {
        Enumeration<String> names = request.getHeaderNames();
        while (names.hasMoreElements()) {
            Enumeration<String> values = request.getHeaders(names.nextElement());
            while (values.hasMoreElements()) {
                values.nextElement();
            }
        }
    }

    private void write(HttpServletResponse response, HttpServletRequest request, ProblemDetail problem)
            throws IOException {
        Problems.setInstance(problem, request.getRequestURI());
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
