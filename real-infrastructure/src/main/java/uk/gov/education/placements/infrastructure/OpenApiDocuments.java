package uk.gov.education.placements.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

/**
 * The checks every service's OpenAPI test makes: the committed document (top-level
 * {@code openapi/<service>.yaml}) equals what the running service serves at {@code /v3/api-docs},
 * every handler Spring MVC registered is in it, and every problem slug the code can produce has a
 * page. {@code -Dopenapi.write=true} rewrites the committed document from the running service.
 */
public final class OpenApiDocuments {

    public static final String WRITE_PROPERTY = "openapi.write";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS))
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    /** springdoc's own endpoints and Spring Boot's error page: the service's contract is the rest. */
    private static final Set<String> NOT_THE_CONTRACT = Set.of("org.springdoc", "org.springframework.boot");

    /** A slug passed to Problems.problem, a RuleViolation or a RequestHeaders refusal (possibly on the next line). */
    private static final Pattern SLUG = Pattern.compile(
            "(?:(?:Kind|HttpStatus)\\.[A-Z_]+\\s*,\\s*\"([a-z][a-z0-9-]*)\")|(?:\\binvalid\\(\\s*\"(invalid-[a-z0-9-]+)\")");

    private OpenApiDocuments() {
    }

    /** The committed document of a service, from its module's folder (the tests' working directory). */
    public static Path committed(String service) {
        return Path.of("..", "openapi", service + ".yaml");
    }

    /**
     * Compares as trees (so neither key order nor YAML against JSON matters) and names the first
     * differences, or rewrites the file when {@code -Dopenapi.write=true}.
     */
    public static List<String> differences(Path committed, String liveJson) {
        JsonNode live = read(JSON, liveJson);
        if (Boolean.getBoolean(WRITE_PROPERTY)) {
            try {
                Files.writeString(committed, YAML.writeValueAsString(JSON.treeToValue(live, Object.class)), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!Files.exists(committed)) {
            return List.of(committed + " does not exist");
        }
        JsonNode expected;
        try {
            expected = read(YAML, Files.readString(committed, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> differences = new ArrayList<>();
        compare("", expected, live, differences);
        return differences;
    }

    /** What to tell the developer when the document drifted. */
    public static String howToRegenerate(String module) {
        return "The OpenAPI document of " + module + " differs from the committed " + committed(module)
                + ". If the change is meant, rewrite it and commit it: ./mvnw verify -pl " + module
                + " -am -D" + WRITE_PROPERTY + "=true -Dsurefire.failIfNoSpecifiedTests=false -Dtest=none"
                + " -Dit.test=OpenApiDocumentIT; then check the diff, it is the contract. Differences:";
    }

    /** "METHOD /path" for every handler Spring MVC registered but springdoc's own and Boot's error page. */
    public static Set<String> handledOperations(RequestMappingHandlerMapping mapping) {
        Set<String> operations = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> handler : mapping.getHandlerMethods().entrySet()) {
            String type = handler.getValue().getBeanType().getName();
            if (NOT_THE_CONTRACT.stream().anyMatch(type::startsWith)) {
                continue;
            }
            Set<RequestMethod> methods = handler.getKey().getMethodsCondition().getMethods();
            for (String path : handler.getKey().getPatternValues()) {
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.values()) : methods) {
                    operations.add(method + " " + path);
                }
            }
        }
        return operations;
    }

    /** "METHOD /path" for every operation in an OpenAPI document. */
    public static Set<String> documentedOperations(String documentJson) {
        Set<String> operations = new TreeSet<>();
        read(JSON, documentJson).path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> operations.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey())));
        return operations;
    }

    /**
     * Every problem slug written in the main sources under these folders: the second argument of
     * {@code Problems.problem(HttpStatus.X, "slug", ...)} and of a {@code RuleViolation}'s
     * {@code super(Kind.X, "slug", ...)}, and {@code RequestHeaders}' {@code invalid("invalid-...", ...)}.
     */
    public static Set<String> problemSlugs(Path... sourceFolders) {
        Set<String> slugs = new TreeSet<>();
        for (Path folder : sourceFolders) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                    Matcher matcher = SLUG.matcher(Files.readString(file, StandardCharsets.UTF_8));
                    while (matcher.find()) {
                        slugs.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return slugs;
    }

    private static JsonNode read(ObjectMapper mapper, String text) {
        try {
            return mapper.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void compare(String at, JsonNode expected, JsonNode actual, List<String> differences) {
        if (differences.size() >= 20 || expected.equals(actual)) {
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            Set<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String here = at + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!expected.has(name)) {
                    differences.add(here + ": served, not committed");
                } else if (!actual.has(name)) {
                    differences.add(here + ": committed, not served");
                } else {
                    compare(here, expected.get(name), actual.get(name), differences);
                }
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            Iterator<JsonNode> e = expected.elements();
            Iterator<JsonNode> a = actual.elements();
            for (int i = 0; e.hasNext(); i++) {
                compare(at + "/" + i, e.next(), a.next(), differences);
            }
        } else {
            differences.add(at + ": committed " + expected + ", served " + actual);
        }
    }
}
