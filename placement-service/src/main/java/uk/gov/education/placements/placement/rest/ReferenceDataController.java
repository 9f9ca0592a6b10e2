package uk.gov.education.placements.placement.rest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.gov.education.placements.placement.command.placement.Phase;
import uk.gov.education.placements.placement.command.placement.Subjects;
import uk.gov.education.placements.placement.command.placement.Term;
import uk.gov.education.placements.placement.command.placement.YearGroup;

/**
 * The reference data the rules check placements against (subjects, year groups, terms, phases) and the
 * statuses a placement can show, so that gateways build their forms and pages from the same lists and
 * production's names instead of keeping a copy. Any signed-in caller may read them (they name no
 * organisation and no person). They only change with a deployment, so each carries an ETag of its content
 * (the JSON it answers) and may be cached for an hour; a client that revalidates with If-None-Match gets 304.
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
class ReferenceDataController {

    private static final CacheControl CACHE_FOR_AN_HOUR = CacheControl.maxAge(Duration.ofHours(1)).cachePrivate();

    private final ReferenceList<SubjectResponse> subjects;
    private final ReferenceList<ReferenceItemResponse> yearGroups;
    private final ReferenceList<ReferenceItemResponse> terms;
    private final ReferenceList<ReferenceItemResponse> phases;
    private final ReferenceList<PlacementStatusResponse> placementStatuses;

    ReferenceDataController(ObjectMapper json) {
        this.subjects = ReferenceList.of(json, Subjects.reference().all().stream().map(SubjectResponse::of).toList());
        this.yearGroups = ReferenceList.of(json, ReferenceItemResponse.all(YearGroup.values()));
        this.terms = ReferenceList.of(json, ReferenceItemResponse.all(Term.values()));
        this.phases = ReferenceList.of(json, ReferenceItemResponse.all(Phase.values()));
        this.placementStatuses = ReferenceList.of(json, PlacementStatusResponse.all());
    }

    @GetMapping("/reference/subjects")
    ResponseEntity<List<SubjectResponse>> subjects(WebRequest request) {
        PlacementAccess.readingReferenceData();
        return subjects.answer(request);
    }

    @GetMapping("/reference/year-groups")
    ResponseEntity<List<ReferenceItemResponse>> yearGroups(WebRequest request) {
        PlacementAccess.readingReferenceData();
        return yearGroups.answer(request);
    }

    @GetMapping("/reference/terms")
    ResponseEntity<List<ReferenceItemResponse>> terms(WebRequest request) {
        PlacementAccess.readingReferenceData();
        return terms.answer(request);
    }

    @GetMapping("/reference/phases")
    ResponseEntity<List<ReferenceItemResponse>> phases(WebRequest request) {
        PlacementAccess.readingReferenceData();
        return phases.answer(request);
    }

    @GetMapping("/reference/placement-statuses")
    ResponseEntity<List<PlacementStatusResponse>> placementStatuses(WebRequest request) {
        PlacementAccess.readingReferenceData();
        return placementStatuses.answer(request);
    }

    /** One list, fixed at start-up, with the ETag of the JSON it answers: the one caching mechanism of every list. */
    private record ReferenceList<T>(List<T> items, String etag) {

        static <T> ReferenceList<T> of(ObjectMapper json, List<T> items) {
            try {
                return new ReferenceList<>(items, "\"" + contentHash(json.writeValueAsBytes(items)) + "\"");
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Reference data that cannot be written as JSON: " + items, e);
            }
        }

        ResponseEntity<List<T>> answer(WebRequest request) {
            if (request.checkNotModified(etag)) {
                return ResponseEntity.status(304).eTag(etag).cacheControl(CACHE_FOR_AN_HOUR).build();
            }
            return ResponseEntity.ok().eTag(etag).cacheControl(CACHE_FOR_AN_HOUR).body(items);
        }

        private static String contentHash(byte[] content) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content), 0, 16);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("Every JVM has SHA-256", e);
            }
        }
    }
}
