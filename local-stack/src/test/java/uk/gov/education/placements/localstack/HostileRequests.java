package uk.gov.education.placements.localstack;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import uk.gov.education.placements.infrastructure.TokenIssuer;

/**
 * Generated requests for every endpoint of the three services: the endpoint's own method and
 * path most of the time (so that the request gets past routing and reaches what it should
 * test), with hostile path segments, query strings, headers and bodies: wrong types, missing and
 * extra fields, huge and deeply nested values, duplicate keys, invalid UTF-8, control and
 * bidirectional characters, junk, non-ASCII, oversized and repeated headers.
 */
final class HostileRequests {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The entities the requests aim at, so that many of them reach a real school and placement. */
    record Targets(String urn, String urnWithoutContact, String placementId, String partner, TokenIssuer tokens) {
    }

    /** One endpoint: its method, a path from its parameters, its query parameters and a valid body to mutate. */
    private record Endpoint(Service service, String name, String method, List<String> pathTemplate,
                            List<String> queryParameters, Function<Targets, JsonNode> body) {

        String path() {
            return String.join("/", pathTemplate);
        }
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint(Service.SCHOOL, "onboard", "POST", List.of("schools"), List.of(),
                    t -> object("urn", text(String.valueOf(1_000_000 + (int) (Math.random() * 8_000_000))),
                            "name", text("Fuzzed School"))),
            new Endpoint(Service.SCHOOL, "school", "GET", List.of("schools", "{urn}"), List.of(), t -> null),
            new Endpoint(Service.SCHOOL, "contact", "GET", List.of("schools", "{urn}", "placement-contact"), List.of(), t -> null),
            new Endpoint(Service.SCHOOL, "add contact", "POST", List.of("schools", "{urn}", "placement-contact"), List.of(),
                    t -> contact()),
            new Endpoint(Service.SCHOOL, "change contact", "PUT", List.of("schools", "{urn}", "placement-contact"), List.of(),
                    t -> contact()),
            new Endpoint(Service.SCHOOL, "remove contact", "DELETE", List.of("schools", "{urn}", "placement-contact"),
                    List.of(), t -> null),
            new Endpoint(Service.SCHOOL, "contact history", "GET",
                    List.of("schools", "{urn}", "placement-contact", "history"), List.of(), t -> null),
            new Endpoint(Service.SCHOOL, "re-publish", "POST", List.of("admin", "republications"), List.of(),
                    t -> object("fromPosition", NODES.numberNode(1_000_000_000L))),
            new Endpoint(Service.SCHOOL, "re-publication", "GET", List.of("admin", "republications", "{uuid}"), List.of(),
                    t -> null),

            new Endpoint(Service.PLACEMENT, "create placement", "POST", List.of("schools", "{urn}", "placements"), List.of(),
                    t -> placement()),
            new Endpoint(Service.PLACEMENT, "school's placements", "GET", List.of("schools", "{urn}", "placements"),
                    List.of(), t -> null),
            new Endpoint(Service.PLACEMENT, "placement", "GET", List.of("placements", "{placement}"), List.of(), t -> null),
            new Endpoint(Service.PLACEMENT, "edit placement", "PATCH", List.of("placements", "{placement}"), List.of(),
                    t -> object("mentors", array(text("Sam Mentor")), "terms", array(text("spring")))),
            new Endpoint(Service.PLACEMENT, "assign provider", "PUT", List.of("placements", "{placement}", "provider"),
                    List.of(), t -> object("providerCode", text(t.partner()))),
            new Endpoint(Service.PLACEMENT, "unassign provider", "DELETE", List.of("placements", "{placement}", "provider"),
                    List.of(), t -> null),
            new Endpoint(Service.PLACEMENT, "delete placement", "DELETE", List.of("placements", "{placement}"), List.of(),
                    t -> null),
            new Endpoint(Service.PLACEMENT, "create partnership", "POST", List.of("schools", "{urn}", "partnerships"),
                    List.of(), t -> object("providerCode", text("2AB"))),
            new Endpoint(Service.PLACEMENT, "partnerships", "GET", List.of("schools", "{urn}", "partnerships"), List.of(),
                    t -> null),
            new Endpoint(Service.PLACEMENT, "end partnership", "DELETE",
                    List.of("schools", "{urn}", "partnerships", "{provider}"), List.of(), t -> null),
            new Endpoint(Service.PLACEMENT, "subjects", "GET", List.of("reference", "subjects"), List.of(), t -> null),
            new Endpoint(Service.PLACEMENT, "re-publish", "POST", List.of("admin", "republications"), List.of(),
                    t -> object("fromPosition", NODES.numberNode(1_000_000_000L))),

            new Endpoint(Service.PROVIDER_VIEW, "find placements", "GET", List.of("placements"),
                    List.of("subject", "yearGroup", "status", "providerCode", "partnerOf", "page", "size"), t -> null),
            new Endpoint(Service.PROVIDER_VIEW, "placement", "GET", List.of("placements", "{placement}"),
                    List.of("providerCode"), t -> null),
            new Endpoint(Service.PROVIDER_VIEW, "school", "GET", List.of("schools", "{urn}"), List.of(), t -> null),
            new Endpoint(Service.PROVIDER_VIEW, "replay", "POST", List.of("admin", "replays"), List.of(), t -> null),
            new Endpoint(Service.PROVIDER_VIEW, "replay progress", "GET", List.of("admin", "replays", "{uuid}"), List.of(),
                    t -> null),
            new Endpoint(Service.PROVIDER_VIEW, "history", "GET", List.of("history", "events"),
                    List.of("from", "to", "type", "school", "redact"), t -> null),
            new Endpoint(Service.PROVIDER_VIEW, "school as of", "GET", List.of("history", "schools", "{urn}"),
                    List.of("asOf", "redact"), t -> null));

    private HostileRequests() {
    }

    static Arbitrary<HostileRequest> to(Service service, Targets targets) {
        List<Tuple.Tuple2<Integer, Arbitrary<Endpoint>>> weighted = ENDPOINTS.stream()
                .filter(endpoint -> endpoint.service() == service)
                .map(endpoint -> Tuple.of(weight(endpoint), Arbitraries.just(endpoint)))
                .toList();
        return Arbitraries.frequencyOf(weighted.toArray(Tuple.Tuple2[]::new))
                .flatMap(endpoint -> request((Endpoint) endpoint, targets));
    }

    /** A replay or a re-publication that is accepted does real work for seconds: tried less often. */
    private static int weight(Endpoint endpoint) {
        return endpoint.path().contains("replays") || endpoint.path().contains("republications") ? 1 : 5;
    }

    private static Arbitrary<HostileRequest> request(Endpoint endpoint, Targets targets) {
        return Combinators.combine(method(endpoint), target(endpoint, targets), headers(endpoint, targets),
                        body(endpoint, targets))
                .as((method, target, headers, body) ->
                        new HostileRequest(endpoint.service(), endpoint.name(), method, target, headers, body));
    }

    private static Arbitrary<String> method(Endpoint endpoint) {
        return Arbitraries.frequencyOf(
                Tuple.of(20, Arbitraries.just(endpoint.method())),
                Tuple.of(1, Arbitraries.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE", "PROPFIND",
                        "get", "X".repeat(40))));
    }

    // ---- path and query -------------------------------------------------------------------------------------

    private static Arbitrary<byte[]> target(Endpoint endpoint, Targets targets) {
        List<Arbitrary<String>> segments = new ArrayList<>();
        for (String segment : endpoint.pathTemplate()) {
            segments.add(switch (segment) {
                case "{urn}" -> parameter(Arbitraries.of(targets.urn(), targets.urn(), targets.urnWithoutContact(), "100000",
                        "9999999"));
                case "{placement}" -> parameter(Arbitraries.of(targets.placementId(), targets.placementId(),
                        UUID.randomUUID().toString()));
                case "{provider}" -> parameter(Arbitraries.of(targets.partner(), "2AB"));
                case "{uuid}" -> parameter(Arbitraries.just(UUID.randomUUID().toString()));
                default -> Arbitraries.frequencyOf(Tuple.of(30, Arbitraries.just(segment)),
                        Tuple.of(1, hostileSegment()));
            });
        }
        Arbitrary<String> path = Combinators.combine(segments).as(parts -> "/" + String.join("/", parts));
        Arbitrary<String> query = query(endpoint.queryParameters());
        return Combinators.combine(path, query, Arbitraries.frequency(Tuple.of(40, ""), Tuple.of(1, "/"), Tuple.of(1, ";x=1"),
                        Tuple.of(1, "#fragment"), Tuple.of(1, "/..")))
                .as((p, q, tail) -> (p + tail + q).getBytes(StandardCharsets.UTF_8))
                .flatMap(bytes -> Arbitraries.frequencyOf(
                        Tuple.of(30, Arbitraries.just(bytes)),
                        Tuple.of(1, rawBytes().map(raw -> concat(bytes, raw)))));
    }

    /** A path parameter: a real one, or something hostile in its place (percent-encoded, as a client would). */
    private static Arbitrary<String> parameter(Arbitrary<String> real) {
        return Arbitraries.frequencyOf(Tuple.of(8, real), Tuple.of(2, hostileSegment()));
    }

    private static Arbitrary<String> hostileSegment() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, hostileText(200).map(text -> URLEncoder.encode(text, StandardCharsets.UTF_8))),
                Tuple.of(1, Arbitraries.of("%2F", "%2e%2e", "..", ".", "%00", "%zz", "%", "%E2%80%AE", "%C3%28", "%FF",
                        "a%2Fb", "%252F", "~", "+", "%20", "123456789012345678901234567890", "-1", "0", "1e3", "null",
                        "undefined", "true", "[]", "{}", "%7B%7D", "' OR '1'='1", "x".repeat(5000))));
    }

    private static Arbitrary<String> query(List<String> known) {
        Arbitrary<String> name = known.isEmpty() ? Arbitraries.of("x", "page", "redact", "a[b]")
                : Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.of(known)), Tuple.of(1, Arbitraries.of("x", "a[b]", "")));
        Arbitrary<String> value = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of("primary", "year_1", "available", "assigned", "assigned_to_you", "1TZ", "100000",
                        "0", "1", "20", "-1", "999999999999", "false", "true", "2026-01-01T00:00:00Z", "PlacementContactAdded",
                        "not a date", "")),
                Tuple.of(2, hostileText(100).map(text -> URLEncoder.encode(text, StandardCharsets.UTF_8))),
                Tuple.of(1, Arbitraries.of("%zz", "%", "%00", "%E2%80%AE", "%FF%FE", "a&b=c", "x".repeat(3000))));
        Arbitrary<String> pair = Combinators.combine(name, value).as((n, v) -> n + "=" + v);
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just("")),
                Tuple.of(3, pair.list().ofMinSize(1).ofMaxSize(5).map(pairs -> "?" + String.join("&", pairs))),
                Tuple.of(1, Arbitraries.of("?", "?&&", "?=", "?==x", "?page&page")));
    }

    // ---- headers --------------------------------------------------------------------------------------------

    private static Arbitrary<List<HostileRequest.Header>> headers(Endpoint endpoint, Targets targets) {
        Arbitrary<List<HostileRequest.Header>> extra = extraHeader(endpoint).list().ofMaxSize(4);
        return Combinators.combine(authorization(endpoint, targets), contentType(endpoint), extra)
                .as((authorization, contentType, more) -> {
                    List<HostileRequest.Header> headers = new ArrayList<>();
                    authorization.ifPresent(headers::add);
                    contentType.ifPresent(headers::add);
                    headers.addAll(more);
                    return headers;
                });
    }

    private static Arbitrary<java.util.Optional<HostileRequest.Header>> authorization(Endpoint endpoint, Targets targets) {
        TokenIssuer tokens = targets.tokens();
        Arbitrary<String> valid = Arbitraries.of("support", "school", "other school", "provider", "analyst")
                .map(kind -> switch (kind) {
                    case "support" -> tokens.support("fuzz-support");
                    case "school" -> tokens.schoolUser("fuzz-school-user", targets.urn());
                    case "other school" -> tokens.schoolUser("fuzz-other-user", "100000");
                    case "provider" -> tokens.providerUser("fuzz-provider-user", targets.partner());
                    default -> tokens.analyst("fuzz-analyst");
                }).map(token -> "Bearer " + token);
        Arbitrary<String> invalid = Arbitraries.of(
                "Bearer", "Bearer ", "Bearer garbage", "Basic dXNlcjpwYXNz", "bearer x.y.z", "Bearer a.b.c",
                "Bearer " + tokens.sign(tokens.claims("fuzz-no-exp").expirationTime(null).claim("role", "support").build()),
                "Bearer " + tokens.sign(tokens.claims("fuzz-other-audience").audience("elsewhere").build()),
                "Bearer " + tokens.support("fuzz-support") + "\u0099", "Bearer " + "A".repeat(9000));
        return Arbitraries.frequencyOf(
                Tuple.of(12, valid.map(value -> java.util.Optional.of(HostileRequest.Header.of("Authorization", value)))),
                Tuple.of(2, invalid.map(value -> java.util.Optional.of(HostileRequest.Header.of("Authorization", value)))),
                Tuple.of(1, Arbitraries.just(java.util.Optional.empty())));
    }

    private static Arbitrary<java.util.Optional<HostileRequest.Header>> contentType(Endpoint endpoint) {
        Arbitrary<String> usual = endpoint.method().equals("PATCH")
                ? Arbitraries.of("application/json", "application/merge-patch+json")
                : Arbitraries.just("application/json");
        Arbitrary<String> odd = Arbitraries.of("text/plain", "application/xml", "application/json; charset=ISO-8859-1",
                "application/json; charset=utf-16", "application/json;;", "json", "*/*", "application/", "",
                "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "application/json\u0085");
        return Arbitraries.frequencyOf(
                Tuple.of(10, usual.map(value -> java.util.Optional.of(HostileRequest.Header.of("Content-Type", value)))),
                Tuple.of(2, odd.map(value -> java.util.Optional.of(HostileRequest.Header.of("Content-Type", value)))),
                Tuple.of(1, Arbitraries.just(java.util.Optional.empty())));
    }

    private static Arbitrary<HostileRequest.Header> extraHeader(Endpoint endpoint) {
        Arbitrary<HostileRequest.Header> ifMatch = Arbitraries.of("\"1\"", "\"2\"", "\"0\"", "*", "W/\"1\"", "\"1\", \"2\"",
                        "1", "\"", "\"\u00e9\"", "\"1\" \"2\"", "*, \"1\"", "", "\"9223372036854775808\"")
                .map(value -> HostileRequest.Header.of("If-Match", value));
        Arbitrary<HostileRequest.Header> schoolVersion = Arbitraries.frequencyOf(
                        Tuple.of(60, Arbitraries.of("0", "1", "\"1\"", "W/\"0\"", "-1", "x", "", "1.0", "00",
                                "99999999999999999999", "\u0661")),
                        // A version not reached: the contract's 503, after the 2 s wait; rare, for the time it takes.
                        Tuple.of(1, Arbitraries.just("50")))
                .map(value -> HostileRequest.Header.of("X-School-Version", value));
        Arbitrary<HostileRequest.Header> accept = Arbitraries.of("application/json", "*/*", "application/*",
                        "application/problem+json", "application/x-ndjson", "text/html", "image/png",
                        "9223372036854775808", "application/json;q=2", "application/json;q=x", "*/*;q=0", "", ",",
                        "application/json, text/html;q=0.1", "text/*;level=1")
                .map(value -> HostileRequest.Header.of("Accept", value));
        Arbitrary<HostileRequest.Header> junk = Combinators.combine(
                        Arbitraries.of("X-Junk", "User-Agent", "Accept-Language", "Cookie", "Origin", "Forwarded", "Range",
                                "If-None-Match", "X-Forwarded-For", "Transfer-Encoding", "Expect", "Content-Encoding",
                                "X-School-Version", "If-Match", "Authorization"),
                        rawHeaderValue())
                .as((name, value) -> new HostileRequest.Header(name.getBytes(StandardCharsets.US_ASCII), value));
        Arbitrary<HostileRequest.Header> badName = Arbitraries.of("Bad Name", "X-\u00e9", "X:Y", "", "X-\u0001")
                .map(name -> new HostileRequest.Header(name.getBytes(StandardCharsets.UTF_8),
                        "x".getBytes(StandardCharsets.US_ASCII)));
        return Arbitraries.frequencyOf(Tuple.of(3, ifMatch), Tuple.of(3, schoolVersion), Tuple.of(3, accept),
                Tuple.of(4, junk), Tuple.of(1, badName));
    }

    /** Header value bytes: anything but CR and LF (which would end the header and frame another). */
    private static Arbitrary<byte[]> rawHeaderValue() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, hostileText(120).map(text -> text.replace("\r", "").replace("\n", ""))
                        .map(text -> text.getBytes(StandardCharsets.UTF_8))),
                Tuple.of(2, Arbitraries.bytes().filter(b -> b != '\r' && b != '\n').array(byte[].class).ofMaxSize(60)),
                Tuple.of(1, Arbitraries.of(9_000, 20_000).map(size -> "v".repeat(size).getBytes(StandardCharsets.US_ASCII))),
                Tuple.of(1, Arbitraries.of("chunked", "gzip", "100-continue", "bytes=0-1").map(v -> v.getBytes(StandardCharsets.US_ASCII))));
    }

    // ---- bodies ---------------------------------------------------------------------------------------------

    private static Arbitrary<byte[]> body(Endpoint endpoint, Targets targets) {
        JsonNode valid = endpoint.body().apply(targets);
        if (valid == null) {
            return Arbitraries.frequencyOf(Tuple.of(10, Arbitraries.just(new byte[0])),
                    Tuple.of(1, rawBytes()), Tuple.of(1, Arbitraries.just(bytes("{}"))));
        }
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(bytes(valid.toString()))),
                Tuple.of(8, mutatedTree(valid).map(tree -> bytes(tree.toString()))),
                Tuple.of(3, byteLevel(valid.toString())),
                Tuple.of(1, deeplyNested()),
                Tuple.of(1, rawBytes()),
                Tuple.of(1, Arbitraries.of("", "null", "[]", "\"text\"", "42", "{", "}", "{\"a\":}", "{}", "[{}]")
                        .map(HostileRequests::bytes)));
    }

    /** One field of the valid body changed, dropped, or joined by another. */
    private static Arbitrary<JsonNode> mutatedTree(JsonNode valid) {
        List<String> fields = new ArrayList<>();
        valid.fieldNames().forEachRemaining(fields::add);
        Arbitrary<String> field = Arbitraries.of(fields);
        return Arbitraries.frequencyOf(
                Tuple.of(6, Combinators.combine(field, hostileValue()).as((name, value) -> {
                    ObjectNode copy = ((ObjectNode) valid).deepCopy();
                    copy.set(name, value);
                    return copy;
                })),
                Tuple.of(2, field.map(name -> {
                    ObjectNode copy = ((ObjectNode) valid).deepCopy();
                    copy.remove(name);
                    return copy;
                })),
                Tuple.of(2, Combinators.combine(Arbitraries.of("extra", "id", "urn", "schoolUrn", "__proto__", ""),
                        hostileValue()).as((name, value) -> {
                    ObjectNode copy = ((ObjectNode) valid).deepCopy();
                    copy.set(name, value);
                    return copy;
                })));
    }

    private static Arbitrary<JsonNode> hostileValue() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, hostileText(300).map(NODES::textNode)),
                Tuple.of(1, Arbitraries.of(NODES.nullNode(), NODES.booleanNode(true), NODES.numberNode(42),
                        NODES.numberNode(-1), NODES.numberNode(1.5), NODES.numberNode(new java.math.BigDecimal("1e400")),
                        NODES.numberNode(Long.MAX_VALUE), NODES.arrayNode(), NODES.objectNode(),
                        array(NODES.nullNode()), array(text("a"), NODES.numberNode(1)))),
                Tuple.of(1, Arbitraries.of(10_000, 70_000).map(size -> NODES.textNode("é".repeat(size)))),
                Tuple.of(1, hostileText(30).list().ofMaxSize(200).map(values -> {
                    ArrayNode array = NODES.arrayNode();
                    values.forEach(array::add);
                    return array;
                })));
    }

    /** Valid JSON turned into bytes that are not: duplicate keys, invalid UTF-8, trailing garbage, cut short. */
    private static Arbitrary<byte[]> byteLevel(String validJson) {
        byte[] valid = bytes(validJson);
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(bytes(validJson.replaceFirst("\\{\"(\\w+)\":([^,}]+)", "{\"$1\":$2,\"$1\":$2")))),
                Tuple.of(2, Arbitraries.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF},
                                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF8, (byte) 0x88},
                                new byte[] {0}, new byte[] {(byte) 0xC0, (byte) 0xAF})
                        .map(bad -> insertIntoFirstString(valid, bad))),
                Tuple.of(1, Arbitraries.integers().between(0, Math.max(0, valid.length - 1))
                        .map(cut -> java.util.Arrays.copyOf(valid, cut))),
                Tuple.of(1, Arbitraries.of(" x", "}", ",", "\u0000", " {\"a\":1}", "\n\n[]").map(tail -> bytes(validJson + tail))));
    }

    private static Arbitrary<byte[]> deeplyNested() {
        return Arbitraries.of(50, 1_000, 20_000).flatMap(depth -> Arbitraries.of("[", "{\"a\":").map(open -> {
            String close = open.equals("[") ? "]" : "}";
            return bytes(open.repeat(depth) + "1" + close.repeat(depth));
        }));
    }

    private static Arbitrary<byte[]> rawBytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
    }

    /** Text that a hostile client sends: control and bidirectional characters, lone surrogates, emoji, NUL. */
    static Arbitrary<String> hostileText(int maxLength) {
        Arbitrary<Character> hostileChars = Arbitraries.of('\u0000', '\u0001', '\u0007', '\t', '\n', '\r', '\u001b', '\u007f',
                '\u0085', '\u00a0', '\u200b', '\u200e', '\u202e', '\u2066', '\u2069', '\ufeff', '\ufffd', '\ud800', '\udfff',
                '"', '\\', '/', '<', '>', '%', '&', '\'', ';', ' ', '@', '.');
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.strings().all().ofMaxLength(maxLength)),
                Tuple.of(3, Arbitraries.strings().withChars("abcxyz019@. ").withCharRange('\u0000', '\u001f')
                        .ofMaxLength(maxLength)),
                Tuple.of(3, hostileChars.list().ofMaxSize(Math.min(maxLength, 20)).map(chars -> {
                    StringBuilder text = new StringBuilder("a");
                    chars.forEach(text::append);
                    return text.append("@example.com").toString();
                })),
                Tuple.of(1, Arbitraries.of("\ud83d\ude00@example.com", "\u202egnp.exe@evil.com", "ada@example.com",
                        "ADA@EXAMPLE.COM", " ada@example.com ", "", " ")));
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private static ObjectNode contact() {
        return object("firstName", text("Ada"), "lastName", text("Lovelace"),
                "email", text("ada" + System.nanoTime() % 100_000 + "@example.com"));
    }

    private static ObjectNode placement() {
        return object("phase", text("primary"), "subject", text("primary_with_mathematics"), "yearGroup", text("year_3"),
                "mentors", NODES.arrayNode(), "academicYear", text("2025/26"), "terms", array(text("autumn")));
    }

    private static ObjectNode object(Object... pairs) {
        ObjectNode node = NODES.objectNode();
        for (int i = 0; i < pairs.length; i += 2) {
            node.set((String) pairs[i], (JsonNode) pairs[i + 1]);
        }
        return node;
    }

    private static ArrayNode array(JsonNode... values) {
        ArrayNode array = NODES.arrayNode();
        for (JsonNode value : values) {
            array.add(value);
        }
        return array;
    }

    private static JsonNode text(String value) {
        return NODES.textNode(value);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        for (byte b : second) {
            // Raw bytes in the request target, but not the space, CR or LF that would end it.
            if (b != ' ' && b != '\r' && b != '\n') {
                out.write(b);
            }
        }
        return out.toByteArray();
    }

    private static byte[] insertIntoFirstString(byte[] json, byte[] bad) {
        int quote = 0;
        for (int i = 0, quotes = 0; i < json.length; i++) {
            if (json[i] == '"' && ++quotes == 3) {
                quote = i + 1;
                break;
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(json, 0, quote);
        out.writeBytes(bad);
        out.write(json, quote, json.length - quote);
        return out.toByteArray();
    }
}
