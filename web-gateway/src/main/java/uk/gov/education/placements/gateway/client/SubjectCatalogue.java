package uk.gov.education.placements.gateway.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * placement-service's subject reference data, held by the gateway for as long as the service's
 * Cache-Control allows, then revalidated with its ETag (a 304 costs no body). If the service
 * cannot be reached when the copy is due, the copy it has keeps serving: the subjects only
 * change with a deployment. The first read needs the service.
 */
@Component
public class SubjectCatalogue {

    private static final Pattern MAX_AGE = Pattern.compile("max-age=(\\d+)");
    private static final Duration DEFAULT_MAX_AGE = Duration.ofMinutes(5);

    private record Held(List<Subject> subjects, String etag, Instant freshUntil) {
    }

    private final PlacementService placements;
    private final Clock clock;
    private volatile Held held;

    public SubjectCatalogue(PlacementService placements, Clock clock) {
        this.placements = placements;
        this.clock = clock;
    }

    public List<Subject> all() {
        Held current = held;
        if (current != null && clock.instant().isBefore(current.freshUntil())) {
            return current.subjects();
        }
        return refresh(current).subjects();
    }

    public List<Subject> mainSubjectsOf(String phase) {
        return all().stream().filter(Subject::isTopLevel).filter(subject -> subject.phase().equals(phase)).toList();
    }

    public List<Subject> additionalSubjectsOf(String code) {
        return all().stream().filter(subject -> code.equals(subject.parent())).toList();
    }

    public Optional<Subject> byCode(String code) {
        return all().stream().filter(subject -> subject.code().equals(code)).findFirst();
    }

    /** The name to show; a code the catalogue does not know is shown as it is rather than hidden. */
    public String nameOf(String code) {
        return code == null ? null : byCode(code).map(Subject::name).orElse(code);
    }

    private synchronized Held refresh(Held current) {
        if (held != current) {
            return held;
        }
        try {
            ResponseEntity<Subject[]> response = placements.subjects(current == null ? null : current.etag());
            Instant freshUntil = clock.instant().plus(maxAge(response));
            Held next = response.getStatusCode().value() == 304 && current != null
                    ? new Held(current.subjects(), current.etag(), freshUntil)
                    : new Held(List.copyOf(Arrays.asList(response.getBody())), response.getHeaders().getETag(), freshUntil);
            held = next;
            return next;
        } catch (ServiceUnavailable e) {
            if (current == null) {
                throw e;
            }
            return current;
        }
    }

    private static Duration maxAge(ResponseEntity<?> response) {
        String cacheControl = response.getHeaders().getCacheControl();
        if (cacheControl != null) {
            Matcher matcher = MAX_AGE.matcher(cacheControl);
            if (matcher.find()) {
                return Duration.ofSeconds(Long.parseLong(matcher.group(1)));
            }
        }
        return DEFAULT_MAX_AGE;
    }
}
