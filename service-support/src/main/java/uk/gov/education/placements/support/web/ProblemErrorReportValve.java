package uk.gov.education.placements.support.web;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What Tomcat answers itself, before any filter or controller runs (a path it cannot decode, a
 * header too large or malformed): a problem detail like every other error, instead of Tomcat's
 * HTML page.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        if (status == 501 || status == 505) {
            // Tomcat's answer to a transfer coding or HTTP version it does not speak: the request's
            // fault, and every fault of a request is a 4xx here.
            status = 400;
            response.setStatus(status);
        }
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error " + status : known.getReasonPhrase();
        ProblemDetail problem = Problems.problem(known == null ? HttpStatus.BAD_REQUEST : known,
                Problems.slugOf(title), title,
                status < 500 ? "The request is not one this service can read" : "Something went wrong on our side");
        problem.setStatus(status);
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(JSON.writeValueAsString(problem));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The connection is going away; nothing more to tell the client.
        }
    }
}
