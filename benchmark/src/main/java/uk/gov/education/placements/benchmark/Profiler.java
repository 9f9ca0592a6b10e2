package uk.gov.education.placements.benchmark;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import uk.gov.education.placements.localstack.Service;

/**
 * Records the services with JFR (through jcmd) during an extra, uncounted command window, and
 * summarises with the JDK's jfr tool: {@code jfr view} (JDK 21+: this JDK's, else the newest in
 * /usr/lib/jvm), else {@code jfr summary}. What no view gives is counted over {@code jfr print}'s
 * samples: the share with a named activity anywhere on the stack, and self time by library (JDK
 * frames charged to their caller).
 */
final class Profiler {

    private static final String JCMD = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    private static final List<Service> PROFILED = List.of(Service.SCHOOL, Service.PROVIDER_VIEW, Service.PLACEMENT);
    private static final List<String> VIEWS = List.of("hot-methods", "gc-pauses", "cpu-load", "thread-cpu-load",
            "allocation-by-class", "exception-count");
    /** Activities worth naming, by the start of a frame's class and method; libraries by the start of a class. */
    private static final Map<String, String> ACTIVITIES = load("/profile-activities.txt");
    private static final Map<String, String> LIBRARIES = load("/profile-libraries.txt");

    private final Path directory;
    private final String jfr;
    private final boolean views;
    private Stack stack;
    private Stack.Window window;
    private Stack.Usage usage;

    private Profiler(Path directory, String jfr) {
        this.directory = directory;
        this.jfr = jfr;
        this.views = run(jfr, "help", "view").startsWith("Display");
    }

    /** A profiler writing into the directory, with the first jfr tool that has views, else any; null without jcmd or jfr. */
    static Profiler find(Path directory) {
        File[] installed = new File("/usr/lib/jvm").listFiles();
        List<String> tools = Stream.concat(Stream.of(System.getProperty("java.home")), Arrays.stream(installed == null
                ? new File[0] : installed).map(File::getPath).sorted(Comparator.reverseOrder()))
                .map(home -> home + "/bin/jfr").filter(tool -> new File(tool).canExecute()).toList();
        return tools.isEmpty() || !new File(JCMD).canExecute() ? null : new Profiler(directory, tools.stream()
                .filter(tool -> run(tool, "help", "view").startsWith("Display")).findFirst().orElse(tools.get(0)));
    }

    /**
     * A continuous recording (default settings, about 1 % overhead) before any measurement: JFR
     * instruments JDK I/O classes when it first starts in a JVM, which throws away compiled code;
     * started mid-run, that made the profiled window 3× slower and its hottest code an artefact. It
     * keeps its last 2 minutes on disk, not in memory: the window's recording then starts a chunk of
     * its own instead of taking in what an in-memory one had buffered before the window began.
     */
    void prepare(Stack profiled) {
        this.stack = profiled;
        PROFILED.forEach(service -> jcmd(service, "JFR.start", "name=continuous", "settings=default", "maxage=2m"));
    }

    void start() {
        directory.toFile().mkdirs();
        PROFILED.forEach(service -> jcmd(service, "JFR.start", "name=window", "settings=profile"));
        window = stack.cpu(PROFILED.toArray(Service[]::new));
    }

    void stop() {
        usage = window.stop();
        PROFILED.forEach(service -> jcmd(service, "JFR.stop", "name=window", "filename=" + recording(service)));
    }

    private String recording(Service service) {
        return directory.resolve(service.module() + ".jfr").toAbsolutePath().toString();
    }

    /** Each recording's summary for the results' JSON; {@code markdown} receives the same as text. */
    Map<String, Object> summarise(double commandsPerSecond, StringBuilder markdown) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("seconds", Results.round(usage.seconds(), 1));
        summary.put("commandsPerSecond", Results.round(commandsPerSecond, 1));
        summary.put("jfr", jfr);
        markdown.append(String.format("## Profile (JFR, %.1f s of an extra command window at 8 clients after the measured"
                + " scenarios, %.0f commands/s; the recordings are in benchmark/target/profile)%n", usage.seconds(), commandsPerSecond));
        for (Service service : PROFILED) {
            Map<String, Object> part = new LinkedHashMap<>();
            part.put("cpuCoresByThreadGroup", usage.threads().get(service.module()));
            List<Sample> samples = Sample.parse(run(jfr, "print", "--events", "jdk.ExecutionSample", "--stack-depth", "256",
                    recording(service)));
            part.put("executionSamples", samples.size());
            markdown.append("\n### ").append(service.module()).append(" (").append(samples.size())
                    .append(" execution samples)\n\nCPU by thread group (cores, from /proc): ")
                    .append(Results.describe(usage.threads().get(service.module()))).append("\n");
            for (Map.Entry<String, Function<Sample, List<String>>> count : List.<Map.Entry<String, Function<Sample, List<String>>>>of(
                    Map.entry("Samples with the activity anywhere on the stack", Profiler::activities),
                    Map.entry("Self time by library (JDK frames charged to their caller)", sample -> List.of(library(sample))))) {
                Map<String, Double> shares = shares(samples, count.getValue());
                part.put(count.getKey(), shares);
                markdown.append("\n").append(count.getKey()).append(" (%): ").append(shares.toString().replace("=", " ")
                        .replaceAll("[{}]", "")).append("\n");
            }
            markdown.append("\n");
            for (String view : views ? VIEWS : List.of("summary")) {
                String text = (views ? run(jfr, "view", "--width", "180", view, recording(service))
                        : run(jfr, view, recording(service))).strip();
                part.put(view, text.lines().toList());
                markdown.append("```\n").append(text).append("\n```\n\n");
            }
            summary.put(service.module(), part);
        }
        return summary;
    }

    /** An execution sample's frames as {@code jfr print} prints them, the top one first. */
    record Sample(List<String> frames) {

        static List<Sample> parse(String printed) {
            return Arrays.stream(printed.split("jdk\\.ExecutionSample \\{")).skip(1).map(sample -> new Sample(sample.lines()
                    .filter(line -> line.startsWith("    ")).map(String::strip).filter(frame -> !frame.equals("...")).toList())).toList();
        }
    }

    /** Each key's share of the samples (a sample counts once for each key it gives), the largest first, 1 % or more. */
    static Map<String, Double> shares(List<Sample> samples, Function<Sample, List<String>> keys) {
        Map<String, Long> counts = samples.stream().flatMap(sample -> keys.apply(sample).stream().distinct())
                .collect(Collectors.groupingBy(key -> key, Collectors.counting()));
        Map<String, Double> shares = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .filter(count -> count.getValue() * 100.0 / samples.size() >= 1)
                .forEach(count -> shares.put(count.getKey(), Results.round(count.getValue() * 100.0 / samples.size(), 1)));
        return shares;
    }

    /** The named activities with a frame anywhere on the sample's stack. */
    static List<String> activities(Sample sample) {
        return ACTIVITIES.entrySet().stream().filter(activity -> sample.frames().stream().anyMatch(frame ->
                frame.startsWith(activity.getKey()))).map(Map.Entry::getValue).toList();
    }

    /** The library of the topmost frame outside the JDK, by the longest matching prefix; else the class's first two packages. */
    static String library(Sample sample) {
        return sample.frames().stream().filter(frame -> !frame.matches("(java|javax|jdk|sun|com\\.sun)\\..*")).findFirst()
                .map(frame -> LIBRARIES.entrySet().stream().filter(library -> frame.startsWith(library.getKey()))
                        .max(Comparator.comparingInt(library -> library.getKey().length())).map(Map.Entry::getValue)
                        .orElse(frame.replaceAll("^([^.]+\\.[^.(]+).*", "$1"))).orElse("JDK only (GC/JIT helpers, JDK threads)");
    }

    /** "prefix = name" lines; # starts a comment. */
    private static Map<String, String> load(String resource) {
        Map<String, String> names = new LinkedHashMap<>();
        new BufferedReader(new InputStreamReader(Profiler.class.getResourceAsStream(resource), StandardCharsets.UTF_8)).lines()
                .filter(line -> line.contains(" = ") && !line.startsWith("#"))
                .forEach(line -> names.put(line.substring(0, line.indexOf(" = ")), line.substring(line.indexOf(" = ") + 3)));
        return names;
    }

    private void jcmd(Service service, String... command) {
        List<String> line = new ArrayList<>(List.of(JCMD, Long.toString(stack.pid(service))));
        line.addAll(List.of(command));
        String output = run(line.toArray(String[]::new));
        if (output.contains("Exception") || output.contains("Could not")) {
            throw new IllegalStateException("jcmd failed: " + String.join(" ", line) + "\n" + output);
        }
    }

    /** Runs a JDK tool and returns what it printed. */
    private static String run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            return new String(process.getInputStream().readAllBytes());
        } catch (IOException e) {
            return "cannot run " + command[0] + ": " + e.getMessage();
        }
    }
}
