package uk.gov.education.placements.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import uk.gov.education.placements.faults.Ledger.Kind;
import uk.gov.education.placements.faults.Ledger.Outcome;
import uk.gov.education.placements.localstack.Service;

/**
 * The load generator: a steady mix of what schools do (onboarding, adding and changing their
 * contact, creating, editing, assigning, unassigning and deleting placements, starting and ending
 * partnerships) over its schools, spread at random across both instances of each service, at a
 * fixed pace, on the loopback interface only. Bounded: it stops by itself after
 * {@link #MAX_COMMANDS} commands or {@link #MAX_RUN} of one run, whichever comes first.
 *
 * <p>Each school belongs to one worker, so its commands are sequential and the worker knows what
 * the school looks like; schools run concurrently. Every command goes to the ledger with its
 * answer. A command without a clear answer (no response, a 5xx) is sent again as it was, same
 * email or placement id (the services must not store it twice), and the school is read back from
 * the services before its next command.
 */
final class Load {

    static final int MAX_COMMANDS = 200_000;
    static final Duration MAX_RUN = Duration.ofMinutes(6);
    private static final String[] PROVIDERS = {"1TZ", "2AB", "3CD", "4EF", "5GH", "6JK"};
    private static final int MAX_PLACEMENTS = 8;
    private static final int ATTEMPTS = 3;

    private final Topology topology;
    private final Http http;
    private final Ledger ledger;
    private final List<List<School>> schoolsByWorker = new ArrayList<>();
    private final double commandsPerSecond;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong counter = new AtomicLong();
    private volatile boolean running;
    private volatile String caseName = "setup";
    private final List<Thread> threads = new ArrayList<>();

    Load(Topology topology, Http http, Ledger ledger, List<String> urns, int workers, double commandsPerSecond) {
        this.topology = topology;
        this.http = http;
        this.ledger = ledger;
        this.commandsPerSecond = commandsPerSecond;
        for (int w = 0; w < workers; w++) {
            schoolsByWorker.add(new ArrayList<>());
        }
        for (int i = 0; i < urns.size(); i++) {
            schoolsByWorker.get(i % workers).add(new School(urns.get(i)));
        }
    }

    synchronized void start(String caseName) {
        if (running) {
            throw new IllegalStateException("The load is running already");
        }
        this.caseName = caseName;
        running = true;
        threads.clear();
        long started = System.nanoTime();
        for (int w = 0; w < schoolsByWorker.size(); w++) {
            List<School> schools = schoolsByWorker.get(w);
            Thread thread = new Thread(() -> work(schools, started), "load-" + w);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    /**
     * Onboards every school and adds its contact, many schools at a time, so that the cases' load
     * is the steady mix over all of them from the first case on.
     */
    void seed(int parallelism) {
        caseName = "setup";
        running = true;
        java.util.concurrent.ExecutorService seeders = java.util.concurrent.Executors.newFixedThreadPool(parallelism);
        try {
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            schoolsByWorker.forEach(schools -> schools.forEach(school -> done.add(seeders.submit(() -> {
                for (int step = 0; step < 4 && !(school.hasContact && !school.dirty); step++) {
                    step(school, ThreadLocalRandom.current());
                }
            }))));
            for (java.util.concurrent.Future<?> future : done) {
                future.get(5, TimeUnit.MINUTES);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot seed the schools", e);
        } finally {
            running = false;
            seeders.shutdownNow();
        }
    }

    /** Stops the workers and waits for each to finish the command it is sending. */
    synchronized void stop() {
        running = false;
        for (Thread thread : threads) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(90));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (thread.isAlive()) {
                throw new IllegalStateException(thread.getName() + " did not stop within 90 s");
            }
        }
    }

    long sent() {
        return sent.get();
    }

    private void work(List<School> schools, long started) {
        Random random = ThreadLocalRandom.current();
        long interval = (long) (1e9 * schoolsByWorker.size() / commandsPerSecond);
        long next = System.nanoTime();
        while (running && sent.get() < MAX_COMMANDS && System.nanoTime() - started < MAX_RUN.toNanos()) {
            School school = schools.get(random.nextInt(schools.size()));
            try {
                step(school, random);
            } catch (RuntimeException e) {
                school.dirty = true;
                System.out.println("   load: " + school.urn + ": " + e);
            }
            // The pace: a late worker does not burst to catch up by more than a second's worth.
            next = Math.max(next + interval, System.nanoTime() - 1_000_000_000L);
            long wait = next - System.nanoTime();
            if (wait > 0) {
                Deadline.pause(Duration.ofNanos(wait));
            }
        }
    }

    private void step(School school, Random random) {
        if (school.dirty && !readBack(school)) {
            return;
        }
        if (!school.onboarded) {
            onboard(school);
            return;
        }
        if (!school.hasContact) {
            addContact(school);
            return;
        }
        Map<Runnable, Integer> choices = new LinkedHashMap<>();
        choices.put(() -> changeContact(school, random.nextInt(4) == 0), 25);
        List<String> unused = unusedProviders(school);
        if (school.partners.size() < 2 && !unused.isEmpty()) {
            choices.put(() -> createPartnership(school, unused.get(random.nextInt(unused.size()))), 8);
        }
        List<String> endable = school.partners.stream()
                .filter(p -> school.placements.values().stream().noneMatch(pl -> p.equals(pl.provider))).toList();
        if (!endable.isEmpty()) {
            choices.put(() -> endPartnership(school, endable.get(random.nextInt(endable.size()))), 2);
        }
        if (school.placements.size() < MAX_PLACEMENTS) {
            choices.put(() -> createPlacement(school, random), 20);
        }
        List<Placement> placements = new ArrayList<>(school.placements.values());
        if (!placements.isEmpty()) {
            Placement any = placements.get(random.nextInt(placements.size()));
            choices.put(() -> editPlacement(school, any), 18);
        }
        List<Placement> assignable = placements.stream()
                .filter(p -> p.provider == null && !p.everAssigned).toList();
        if (!assignable.isEmpty() && !school.partners.isEmpty()) {
            Placement placement = assignable.get(random.nextInt(assignable.size()));
            String provider = school.partners.get(random.nextInt(school.partners.size()));
            choices.put(() -> assign(school, placement, provider), 10);
        }
        List<Placement> assigned = placements.stream().filter(p -> p.provider != null).toList();
        if (!assigned.isEmpty()) {
            choices.put(() -> unassign(school, assigned.get(random.nextInt(assigned.size()))), 6);
        }
        List<Placement> deletable = placements.stream().filter(p -> p.provider == null).toList();
        if (!deletable.isEmpty()) {
            choices.put(() -> delete(school, deletable.get(random.nextInt(deletable.size()))), 6);
        }
        int total = choices.values().stream().mapToInt(Integer::intValue).sum();
        int pick = random.nextInt(total);
        for (Map.Entry<Runnable, Integer> choice : choices.entrySet()) {
            pick -= choice.getValue();
            if (pick < 0) {
                choice.getKey().run();
                return;
            }
        }
    }

    private void onboard(School school) {
        Http.Response answer = send(Kind.ONBOARD, school, school.urn, null, Service.SCHOOL,
                i -> http.post(i.url("/schools"), Map.of("urn", school.urn, "name", "Fault Suite School " + school.urn),
                        Map.of()));
        if (answer.is2xx() || answer.status() == 409) {
            school.onboarded = true;
        }
    }

    private void addContact(School school) {
        String email = email(school);
        Http.Response answer = send(Kind.ADD_CONTACT, school, school.urn, email, Service.SCHOOL,
                i -> http.post(i.url("/schools/" + school.urn + "/placement-contact"),
                        contact("Ada", "Lovelace", email), Map.of()));
        if (answer.is2xx()) {
            school.hasContact = true;
            school.version = answer.version();
            school.contactVersion = answer.version();
        } else if (answer.status() == 409) {
            school.dirty = true;
        }
    }

    private void changeContact(School school, boolean ifMatch) {
        String email = email(school);
        Map<String, String> headers = ifMatch ? Map.of("If-Match", "\"" + school.version + "\"") : Map.of();
        // Built once: a retry must be the same command, not another change with the same email.
        Map<String, Object> body = contact(counter.get() % 3 == 0 ? null : "Grace", "Hopper", email);
        Http.Response answer = send(Kind.CHANGE_CONTACT, school, school.urn, email, Service.SCHOOL,
                i -> http.put(i.url("/schools/" + school.urn + "/placement-contact"), body, headers));
        if (answer.is2xx()) {
            school.version = answer.version();
        } else if (answer.status() == 412) {
            school.dirty = true;
        }
    }

    private void createPartnership(School school, String provider) {
        school.usedProviders.add(provider);
        Http.Response answer = send(Kind.CREATE_PARTNERSHIP, school, school.urn + ":" + provider, null,
                Service.PLACEMENT, i -> http.post(i.url("/schools/" + school.urn + "/partnerships"),
                        Map.of("providerCode", provider), Map.of()));
        if (answer.is2xx()) {
            school.partners.add(provider);
        }
    }

    private void endPartnership(School school, String provider) {
        Http.Response answer = send(Kind.END_PARTNERSHIP, school, school.urn + ":" + provider, null, Service.PLACEMENT,
                i -> http.delete(i.url("/schools/" + school.urn + "/partnerships/" + provider)));
        if (answer.is2xx() || answer.status() == 404) {
            school.partners.remove(provider);
        }
    }

    private void createPlacement(School school, Random random) {
        UUID id = UUID.randomUUID();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id.toString());
        body.put("phase", "primary");
        body.put("subject", random.nextBoolean() ? "primary_with_mathematics" : "primary_with_science");
        body.put("yearGroup", "year_" + (1 + random.nextInt(6)));
        body.put("mentors", List.of());
        body.put("academicYear", "2025/26");
        body.put("terms", List.of("autumn"));
        Http.Response answer = send(Kind.CREATE_PLACEMENT, school, id.toString(), null, Service.PLACEMENT,
                i -> http.post(i.url("/schools/" + school.urn + "/placements"), body,
                        Map.of("X-School-Version", String.valueOf(school.contactVersion))));
        if (answer.is2xx()) {
            school.placements.put(id, new Placement(id));
        }
    }

    private void editPlacement(School school, Placement placement) {
        String mentor = "Mentor " + counter.incrementAndGet();
        Http.Response answer = send(Kind.EDIT_PLACEMENT, school, placement.id.toString(), mentor, Service.PLACEMENT,
                i -> http.patch(i.url("/placements/" + placement.id), Map.of("mentors", List.of(mentor)), Map.of()));
        if (answer.status() == 404) {
            school.dirty = true;
        }
    }

    private void assign(School school, Placement placement, String provider) {
        placement.everAssigned = true;
        Http.Response answer = send(Kind.ASSIGN_PROVIDER, school, placement.id.toString(), provider, Service.PLACEMENT,
                i -> http.put(i.url("/placements/" + placement.id + "/provider"), Map.of("providerCode", provider),
                        Map.of()));
        if (answer.is2xx()) {
            placement.provider = provider;
        }
    }

    private void unassign(School school, Placement placement) {
        Http.Response answer = send(Kind.UNASSIGN_PROVIDER, school, placement.id.toString(), null, Service.PLACEMENT,
                i -> http.delete(i.url("/placements/" + placement.id + "/provider")));
        if (answer.is2xx()) {
            placement.provider = null;
        }
    }

    private void delete(School school, Placement placement) {
        Http.Response answer = send(Kind.DELETE_PLACEMENT, school, placement.id.toString(), null, Service.PLACEMENT,
                i -> http.delete(i.url("/placements/" + placement.id)));
        if (answer.is2xx() || answer.status() == 404) {
            school.placements.remove(placement.id);
        }
    }

    /**
     * Sends a command to a serving instance of the service, again (as it was) while the answer is
     * unclear, and writes it to the ledger.
     */
    private Http.Response send(Kind kind, School school, String aggregate, String marker, Service service,
                               Function<Instance, Http.Response> request) {
        sent.incrementAndGet();
        Http.Response answer = null;
        Instance instance = null;
        int attempts = 0;
        while (attempts < ATTEMPTS && (attempts == 0 || running)) {
            if (attempts > 0) {
                Deadline.pause(Duration.ofMillis(500L * attempts));
            }
            instance = anyServing(service);
            answer = request.apply(instance);
            attempts++;
            if (!answer.isAmbiguous()) {
                break;
            }
        }
        Outcome outcome = answer.is2xx() ? Outcome.ACCEPTED
                : !answer.isAmbiguous() && attempts == 1 ? Outcome.REJECTED : Outcome.UNKNOWN;
        ledger.record(kind, aggregate, marker, outcome, answer.status() + " " + answer.problemType(), instance.name(),
                caseName);
        if (outcome == Outcome.UNKNOWN) {
            school.dirty = true;
        }
        return answer;
    }

    private Instance anyServing(Service service) {
        List<Instance> serving = topology.serving(service);
        return serving.get(ThreadLocalRandom.current().nextInt(serving.size()));
    }

    /** Reads the school back from the services after a command whose outcome is not known. */
    private boolean readBack(School school) {
        Http.Response found = http.get(anyServing(Service.SCHOOL).url("/schools/" + school.urn));
        if (found.status() == 404) {
            school.onboarded = false;
            school.hasContact = false;
            school.dirty = false;
            return true;
        }
        if (found.status() != 200) {
            return false;
        }
        Http.Response partnerships = http.get(anyServing(Service.PLACEMENT).url("/schools/" + school.urn + "/partnerships"));
        Http.Response placements = http.get(anyServing(Service.PLACEMENT).url("/schools/" + school.urn + "/placements"));
        if (partnerships.status() != 200 || placements.status() != 200) {
            return false;
        }
        school.onboarded = true;
        JsonNode contact = found.json().get("placementContact");
        school.hasContact = contact != null && !contact.isNull();
        school.version = found.version();
        if (school.hasContact && school.contactVersion < 0) {
            school.contactVersion = found.version();
        }
        school.partners.clear();
        partnerships.json().forEach(p -> school.partners.add(p.get("providerCode").asText()));
        school.usedProviders.addAll(school.partners);
        Map<UUID, Placement> known = new LinkedHashMap<>(school.placements);
        school.placements.clear();
        placements.json().forEach(p -> {
            UUID id = UUID.fromString(p.get("id").asText());
            Placement placement = known.getOrDefault(id, new Placement(id));
            JsonNode provider = p.get("providerCode");
            placement.provider = provider == null || provider.isNull() ? null : provider.asText();
            placement.everAssigned |= placement.provider != null;
            school.placements.put(id, placement);
        });
        school.dirty = false;
        return true;
    }

    private List<String> unusedProviders(School school) {
        List<String> unused = new ArrayList<>();
        for (String provider : PROVIDERS) {
            if (!school.usedProviders.contains(provider)) {
                unused.add(provider);
            }
        }
        return unused;
    }

    /** Unique across the run: the ledger finds each change's event by it. */
    private String email(School school) {
        return "contact." + counter.incrementAndGet() + "." + school.urn + "@fault-suite.sch.uk";
    }

    static Map<String, Object> contact(String firstName, String lastName, String email) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("firstName", firstName);
        body.put("lastName", lastName);
        body.put("email", email);
        return body;
    }

    /** What the load knows of one school. */
    private static final class School {
        final String urn;
        boolean onboarded;
        boolean hasContact;
        long version = -1;
        /** The school version at which it had a contact: placement creates ask placement-service to have seen it. */
        long contactVersion = -1;
        boolean dirty;
        final List<String> partners = new ArrayList<>();
        /** A pair is never started twice, so each partnership's events are one command's. */
        final java.util.Set<String> usedProviders = new java.util.HashSet<>();
        final Map<UUID, Placement> placements = new LinkedHashMap<>();

        School(String urn) {
            this.urn = urn;
        }
    }

    /** A placement is assigned at most once and unassigned at most once, so each such event is one command's. */
    private static final class Placement {
        final UUID id;
        String provider;
        boolean everAssigned;

        Placement(UUID id) {
            this.id = id;
        }
    }
}
