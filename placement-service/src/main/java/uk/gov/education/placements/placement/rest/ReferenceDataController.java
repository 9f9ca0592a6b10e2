package uk.gov.education.placements.placement.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import uk.gov.education.placements.placement.command.placement.Subjects;

/**
 * The subject reference data the rules check placements against, so that gateways build their
 * forms from the same list instead of keeping a copy. Any signed-in caller may read it (it names
 * no organisation and no person). It only changes with a deployment, so it carries an ETag of its
 * content and may be cached for an hour; a client that revalidates with If-None-Match gets 304.
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
class ReferenceDataController {

    private static final CacheControl CACHE_FOR_AN_HOUR = CacheControl.maxAge(Duration.ofHours(1)).cachePrivate();

    private final List<SubjectResponse> subjects;
    private final String etag;

    ReferenceDataController() {
        this.subjects = Subjects.reference().all().stream().map(SubjectResponse::of).toList();
        this.etag = "\"" + contentHash(subjects) + "\"";
    }

    @GetMapping("/reference/subjects")
    ResponseEntity<List<SubjectResponse>> subjects(WebRequest request) {
        PlacementAccess.readingReferenceData();
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(304).eTag(etag).cacheControl(CACHE_FOR_AN_HOUR).build();
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(CACHE_FOR_AN_HOUR).body(subjects);
    }

    private static String contentHash(List<SubjectResponse> subjects) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (SubjectResponse subject : subjects) {
                sha256.update((subject.code() + ',' + subject.name() + ',' + subject.phase() + ',' + subject.parent() + '\n')
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha256.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
