package uk.gov.education.placements.school.rest;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;

import uk.gov.education.placements.school.command.ExpectedVersion;
import uk.gov.education.placements.support.web.Problems;
import uk.gov.education.placements.support.web.ProblemException;

/**
 * Entity tags are the School's version, quoted: {@code "3"}. {@code If-Match} is read with strong
 * comparison (RFC 9110 13.1.1): {@code *} or a list of tags; a weak tag or a tag that is not a
 * version can never match, so it leads to 412, while a header that is not an entity-tag list at
 * all is a 400.
 */
final class ETags {

    /** One member of an entity-tag list (empty members are allowed), up to its comma or the end. */
    private static final Pattern LIST_MEMBER =
            Pattern.compile("\\G[ \\t]*(?:(W/)?\"([\\x21\\x23-\\x7e\\x80-\\xff]*)\")?[ \\t]*(,|\\z)");
    private static final Pattern VERSION = Pattern.compile("0|[1-9][0-9]{0,17}");

    private ETags() {
    }

    static String of(long version) {
        return "\"" + version + "\"";
    }

    static ExpectedVersion ifMatch(List<String> headerValues) {
        if (headerValues == null || headerValues.isEmpty()) {
            return ExpectedVersion.any();
        }
        Set<Long> versions = new HashSet<>();
        for (String headerValue : headerValues) {
            if (headerValue.isBlank()) {
                throw invalid();
            }
            if (headerValue.strip().equals("*")) {
                // Any current representation: the school exists, or the command fails with 404 anyway.
                return ExpectedVersion.any();
            }
            int tags = 0;
            Matcher member = LIST_MEMBER.matcher(headerValue);
            do {
                if (!member.find()) {
                    throw invalid();
                }
                if (member.group(2) != null) {
                    tags++;
                    boolean weak = member.group(1) != null;
                    if (!weak && VERSION.matcher(member.group(2)).matches()) {
                        versions.add(Long.parseLong(member.group(2)));
                    }
                }
            } while (!member.group(3).isEmpty());
            if (tags == 0) {
                throw invalid();
            }
        }
        return ExpectedVersion.oneOf(versions);
    }

    private static ProblemException invalid() {
        return new ProblemException(Problems.problem(HttpStatus.BAD_REQUEST, "invalid-if-match", "Invalid If-Match",
                "If-Match must be * or a list of entity tags, such as \"3\", as sent in the ETag header"));
    }
}
