package uk.gov.education.placements.school.rest;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import uk.gov.education.placements.school.command.ExpectedVersion;
import uk.gov.education.placements.support.web.EntityTags;

/**
 * Entity tags are the School's version, quoted: {@code "3"}. {@code If-Match} (parsed, strictly,
 * by service-support's {@code RequestHeaders}) is read with strong comparison (RFC 9110 13.1.1):
 * {@code *} or a list of tags; a weak tag or a tag that is not a version can never match, so it
 * leads to 412.
 */
final class ETags {

    private static final Pattern VERSION = Pattern.compile("0|[1-9][0-9]{0,17}");

    private ETags() {
    }

    static String of(long version) {
        return "\"" + version + "\"";
    }

    static ExpectedVersion ifMatch(EntityTags ifMatch) {
        if (ifMatch == null || ifMatch.any()) {
            // No header: last write wins. "*": any current representation; a missing school is 404 anyway.
            return ExpectedVersion.any();
        }
        Set<Long> versions = new HashSet<>();
        for (EntityTags.Tag tag : ifMatch.tags()) {
            if (!tag.weak() && VERSION.matcher(tag.opaque()).matches()) {
                versions.add(Long.parseLong(tag.opaque()));
            }
        }
        return ExpectedVersion.oneOf(versions);
    }
}
