package uk.gov.education.placements.providerview.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import com.fasterxml.jackson.core.JsonGenerator;

import jakarta.servlet.http.HttpServletRequest;

import uk.gov.education.placements.events.EventCatalog;
import uk.gov.education.placements.events.EventType;
import uk.gov.education.placements.providerview.query.PlacementContact;
import uk.gov.education.placements.providerview.query.SchoolUrn;
import uk.gov.education.placements.providerview.query.SchoolView;
import uk.gov.education.placements.providerview.history.CloudEventLines;
import uk.gov.education.placements.providerview.history.ContactRedactor;
import uk.gov.education.placements.providerview.history.EventHistoryRepository;
import uk.gov.education.placements.providerview.history.HistoryFilter;
import uk.gov.education.placements.providerview.history.SchoolAsOf;
import uk.gov.education.placements.providerview.history.SchoolHistory;
import uk.gov.education.placements.support.security.Caller;
import uk.gov.education.placements.support.web.ProblemException;
import uk.gov.education.placements.support.web.Problems;

/**
 * The event history for analysts and support: contacts' personal data redacted, unless a support
 * user asks otherwise ({@code redact=false}), which is audited.
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
class HistoryController {

    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");
    private static final int FLUSH_EVERY = 200;

    private final EventHistoryRepository history;
    private final SchoolHistory schools;
    private final CloudEventLines lines;
    private final ContactRedactor redactor;
    private final UnredactedHistoryAudit audit;

    HistoryController(EventHistoryRepository history, SchoolHistory schools, CloudEventLines lines, ContactRedactor redactor,
                      UnredactedHistoryAudit audit) {
        this.history = history;
        this.schools = schools;
        this.lines = lines;
        this.redactor = redactor;
        this.audit = audit;
    }

    /**
     * {@code from}/{@code to}: event time, from inclusive, to exclusive. {@code type}: event names,
     * comma-separated, with or without revision ({@code PlacementContactChanged} or
     * {@code PlacementContactChanged.v1}). {@code school}: one school's URN.
     */
    @GetMapping(path = "/history/events", produces = "application/x-ndjson")
    ResponseEntity<StreamingResponseBody> events(HttpServletRequest request) {
        Caller caller = ProviderViewAccess.analysingTheHistory();
        QueryParameters parameters = QueryParameters.of(request, Set.of("from", "to", "type", "school", "redact"));
        Instant from = parameters.instant("from");
        Instant to = parameters.instant("to");
        List<String> types = types(parameters);
        String school = parameters.text("school");
        if (school != null && !SchoolUrn.isValid(school)) {
            parameters.reject("school", "Enter a school URN of 6 or 7 digits");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            parameters.reject("to", "Enter a time after from");
        }
        boolean redact = parameters.flag("redact", true);
        if (!redact) {
            ProviderViewAccess.readingPersonalData(caller);
        }
        parameters.throwIfInvalid();
        HistoryFilter filter = new HistoryFilter(from, to, types, school);
        if (!redact) {
            audit.served(caller, "/history/events", "from=" + from + " to=" + to + " type=" + types
                    + " school=" + school);
        }
        StreamingResponseBody body = out -> {
            try (JsonGenerator generator = lines.open(out)) {
                int[] written = {0};
                history.stream(filter, event -> {
                    try {
                        lines.write(generator, event, redact);
                        if (++written[0] % FLUSH_EVERY == 0) {
                            generator.flush();
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        };
        return ResponseEntity.ok().contentType(NDJSON).body(body);
    }

    /** The school and its contact as they were at {@code asOf}, from the history. */
    @GetMapping("/history/schools/{urn}")
    SchoolAsOfResponse schoolAsOf(@PathVariable String urn, HttpServletRequest request) {
        Caller caller = ProviderViewAccess.analysingTheHistory();
        QueryParameters parameters = QueryParameters.of(request, Set.of("asOf", "redact"));
        SchoolUrn schoolUrn = Paths.schoolUrn(urn, parameters);
        Instant asOf = parameters.instant("asOf");
        if (request.getParameter("asOf") == null) {
            parameters.reject("asOf", "Enter the instant to look at, like 2025-09-01T00:00:00Z");
        }
        boolean redact = parameters.flag("redact", true);
        if (!redact) {
            ProviderViewAccess.readingPersonalData(caller);
        }
        parameters.throwIfInvalid();
        if (!redact) {
            audit.served(caller, "/history/schools/{urn}", "school=" + schoolUrn + " asOf=" + asOf);
        }
        SchoolAsOf found = schools.asOf(schoolUrn, asOf).orElseThrow(() -> new ProblemException(Problems.problem(
                HttpStatus.NOT_FOUND, "school-not-found", "School not found",
                "The history has no school with URN " + urn + " at " + asOf)));
        SchoolView school = found.school();
        PlacementContact contact = school.contact();
        if (redact && contact != null) {
            contact = new PlacementContact(redactor.name(contact.firstName()), redactor.name(contact.lastName()),
                    redactor.emailPseudonym(contact.email()));
        }
        return new SchoolAsOfResponse(PlacementContactResponse.of(contact), school.urn(), school.name(),
                school.version(), found.asOf(), found.lastChangedAt());
    }

    private static List<String> types(QueryParameters parameters) {
        String given = parameters.text("type");
        if (given == null) {
            return List.of();
        }
        List<String> types = new ArrayList<>();
        for (String name : given.split(",")) {
            String wanted = name.trim();
            List<String> matching = EventCatalog.all().stream()
                    .filter(type -> type.cloudEventType().equals(wanted) || type.name().equals(wanted))
                    .map(EventType::cloudEventType)
                    .toList();
            if (matching.isEmpty()) {
                parameters.reject("type", "Enter event types this service knows, like PlacementContactChanged: "
                        + wanted + " is not one");
            }
            types.addAll(matching);
        }
        return types;
    }
}
