package uk.gov.education.placements.placement.command.placement;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The subject reference data, read once from {@code reference/subjects.csv}. The rules ask it
 * questions ("is this a secondary subject?", "which additional subjects does it have?") instead of
 * branching on subject names, so the list can change without touching them.
 */
public final class Subjects {

    private static final String RESOURCE = "/reference/subjects.csv";
    private static final Subjects REFERENCE = load(RESOURCE);

    private final Map<String, Subject> byCode;
    private final List<Subject> ordered;

    Subjects(List<Subject> subjects) {
        Map<String, Subject> map = new LinkedHashMap<>();
        for (Subject subject : subjects) {
            if (map.putIfAbsent(subject.code(), subject) != null) {
                throw new IllegalStateException("Subject " + subject.code() + " is listed twice");
            }
        }
        for (Subject subject : subjects) {
            if (!subject.isTopLevel()) {
                Subject parent = map.get(subject.parentCode());
                if (parent == null || parent.phase() != subject.phase() || !parent.isTopLevel()) {
                    throw new IllegalStateException("Subject " + subject.code() + " has no top-level parent of its phase");
                }
            }
        }
        this.byCode = Map.copyOf(map);
        this.ordered = List.copyOf(map.values());
    }

    public static Subjects reference() {
        return REFERENCE;
    }

    public List<Subject> all() {
        return ordered;
    }

    public Optional<Subject> byCode(String code) {
        return Optional.ofNullable(code).map(byCode::get);
    }

    /** The subjects that can only be chosen as additional subjects of {@code subject}. */
    public List<Subject> additionalSubjectsOf(Subject subject) {
        return ordered.stream().filter(child -> subject.code().equals(child.parentCode())).toList();
    }

    static Subjects load(String resource) {
        try (InputStream in = Subjects.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing reference data " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Subject> subjects = new ArrayList<>();
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                subjects.add(parse(line));
            }
            return new Subjects(subjects);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    private static Subject parse(String line) {
        String[] columns = line.split(",", -1);
        if (columns.length != 4) {
            throw new IllegalStateException("Not 4 columns: " + line);
        }
        Phase phase = Phase.ofCode(columns[2].trim()).orElse(null);
        String parent = columns[3].isBlank() ? null : columns[3].trim();
        return new Subject(columns[0].trim(), columns[1].trim(), phase, parent);
    }
}
