package uk.gov.education.placements.support.web;

import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The one place where the request headers the services read are parsed, strictly: every value is
 * printable ASCII, and each has its grammar. {@link StrictHeadersFilter} runs this before any
 * controller, so a malformed header is a 400 before anything is looked up or any command runs;
 * controllers take the parsed values from the request attributes named here.
 */
public final class RequestHeaders {

    public static final String SCHOOL_VERSION_HEADER = "X-School-Version";

    /** Request attribute: the parsed {@code If-Match} ({@link EntityTags}), absent without the header. */
    public static final String IF_MATCH = "uk.gov.education.placements.support.web.RequestHeaders.ifMatch";
    /** Request attribute: the parsed {@code X-School-Version} ({@link Long}), absent without the header. */
    public static final String SCHOOL_VERSION = "uk.gov.education.placements.support.web.RequestHeaders.schoolVersion";

    /** The headers whose values the services interpret; any other header is only checked for its characters. */
    static final List<String> READ = List.of(HttpHeaders.IF_MATCH, SCHOOL_VERSION_HEADER, HttpHeaders.ACCEPT,
            HttpHeaders.CONTENT_TYPE, HttpHeaders.AUTHORIZATION);

    /** One member of an entity-tag list (empty members are allowed), up to its comma or the end. */
    private static final Pattern LIST_MEMBER = Pattern.compile("\\G[ \\t]*(?:(W/)?\"([\\x21\\x23-\\x7e]*)\")?[ \\t]*(,|\\z)");
    // The school version as a number, or as the ETag school-service sent it ("3", W/"3").
    private static final Pattern SCHOOL_VERSION_VALUE = Pattern.compile("(?:W/)?(\"?)(0|[1-9][0-9]{0,17})\\1");

    private RequestHeaders() {
    }

    /** Parses what the services read, stores it in the request's attributes, or refuses the request. */
    static void parse(HttpServletRequest request) {
        for (String name : READ) {
            for (String value : values(request, name)) {
                if (!printableAscii(value)) {
                    throw invalid("invalid-header", "Invalid " + name + " header",
                            "The " + name + " header must hold printable ASCII characters only");
                }
            }
        }
        // Spring Security reads the first; a proxy might read another: one token, or none.
        if (values(request, HttpHeaders.AUTHORIZATION).size() > 1) {
            throw invalid("invalid-header", "Invalid Authorization header",
                    "A request carries one Authorization header, with one bearer token");
        }
        List<String> ifMatch = values(request, HttpHeaders.IF_MATCH);
        if (!ifMatch.isEmpty()) {
            request.setAttribute(IF_MATCH, ifMatch(ifMatch));
        }
        List<String> schoolVersion = values(request, SCHOOL_VERSION_HEADER);
        if (!schoolVersion.isEmpty()) {
            request.setAttribute(SCHOOL_VERSION, schoolVersion(schoolVersion));
        }
        for (String accept : values(request, HttpHeaders.ACCEPT)) {
            try {
                MediaType.parseMediaTypes(accept);
            } catch (InvalidMediaTypeException e) {
                throw invalid("invalid-accept", "Invalid Accept header",
                        "Accept must be a list of media types, such as application/json");
            }
        }
        List<String> contentType = values(request, HttpHeaders.CONTENT_TYPE);
        if (contentType.size() > 1) {
            throw invalid("invalid-content-type", "Invalid Content-Type header", "Send one Content-Type header only");
        }
        for (String value : contentType) {
            MediaType type;
            try {
                type = MediaType.parseMediaType(value);
            } catch (InvalidMediaTypeException e) {
                throw invalid("invalid-content-type", "Invalid Content-Type header",
                        "Content-Type must be a media type, such as application/json");
            }
            // A wildcard says what a client accepts, never what it sends.
            if (type.isWildcardType() || type.isWildcardSubtype()) {
                throw invalid("invalid-content-type", "Invalid Content-Type header",
                        "Content-Type must name the body's media type, such as application/json, not a wildcard");
            }
        }
        checkQuery(request.getQueryString());
    }

    /**
     * The query string, read here rather than through the servlet's parameters (which would read a
     * form body): every parameter must decode as UTF-8 to text without control characters, which no
     * value of these services holds.
     */
    static void checkQuery(String query) {
        if (query == null) {
            return;
        }
        for (String pair : query.split("&", -1)) {
            String decoded;
            try {
                decoded = java.net.URLDecoder.decode(pair, java.nio.charset.StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw invalidQuery();
            }
            for (int i = 0; i < decoded.length(); i++) {
                char c = decoded.charAt(i);
                if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == '\ufffd') {
                    throw invalidQuery();
                }
            }
        }
    }

    private static ProblemException invalidQuery() {
        return invalid("invalid-query", "Invalid query string",
                "The query string must be percent-encoded UTF-8 without control characters");
    }

    static EntityTags ifMatch(List<String> headerValues) {
        List<EntityTags.Tag> tags = new ArrayList<>();
        for (String headerValue : headerValues) {
            if (headerValue.strip().equals("*")) {
                if (headerValues.size() > 1) {
                    throw invalidIfMatch();
                }
                return new EntityTags(true, List.of());
            }
            int before = tags.size();
            Matcher member = LIST_MEMBER.matcher(headerValue);
            do {
                if (!member.find()) {
                    throw invalidIfMatch();
                }
                if (member.group(2) != null) {
                    tags.add(new EntityTags.Tag(member.group(1) != null, member.group(2)));
                }
            } while (!member.group(3).isEmpty());
            if (tags.size() == before) {
                throw invalidIfMatch();
            }
        }
        return new EntityTags(false, tags);
    }

    static long schoolVersion(List<String> headerValues) {
        Matcher matcher = SCHOOL_VERSION_VALUE.matcher(headerValues.size() == 1 ? headerValues.get(0).strip() : "");
        if (!matcher.matches()) {
            throw invalid("invalid-school-version", "Invalid X-School-Version header",
                    SCHOOL_VERSION_HEADER + " must be a school version (the ETag school-service returned), like 3");
        }
        return Long.parseLong(matcher.group(2));
    }

    private static List<String> values(HttpServletRequest request, String name) {
        List<String> values = new ArrayList<>();
        Enumeration<String> headers = request.getHeaders(name);
        while (headers != null && headers.hasMoreElements()) {
            values.add(headers.nextElement());
        }
        return values;
    }

    /** VCHAR, space and tab: what RFC 9110 allows in a field value, without the obsolete octets above 0x7e. */
    static boolean printableAscii(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c > 0x7e) {
                return false;
            }
        }
        return true;
    }

    private static ProblemException invalidIfMatch() {
        return invalid("invalid-if-match", "Invalid If-Match header",
                "If-Match must be * or a list of entity tags, such as \"3\", as sent in the ETag header");
    }

    private static ProblemException invalid(String slug, String title, String detail) {
        ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, slug, title, detail);
        return new ProblemException(problem);
    }
}
