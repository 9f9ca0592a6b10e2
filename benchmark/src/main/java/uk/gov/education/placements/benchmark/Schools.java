package uk.gov.education.placements.benchmark;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/** Set-up through school-service's HTTP API: onboarding schools and adding their first contacts (not timed). */
final class Schools {

    private static final AtomicLong EMAILS = new AtomicLong();

    private Schools() {
    }

    static void onboard(Context context, List<String> urns) {
        parallel(urns, urn -> context.http.post(context.school("/schools"), Http.schoolJson(urn, "Bench School " + urn))
                .expect(201, "POST /schools " + urn));
    }

    static void addContacts(Context context, List<String> urns) {
        parallel(urns, urn -> context.http.post(context.school("/schools/" + urn + "/placement-contact"),
                Http.contactJson("Ada", "Lovelace", uniqueEmail())).expect(201, "POST contact " + urn));
    }

    /** A new address each time, so that every change is visible as a different value. */
    static String uniqueEmail() {
        return "contact" + EMAILS.incrementAndGet() + "@bench.example";
    }

    private static void parallel(List<String> urns, Consumer<String> task) {
        ExecutorService pool = Executors.newFixedThreadPool(8, Threads.named("bench-setup"));
        try {
            List<Future<?>> futures = urns.stream().map(urn -> pool.submit(() -> task.accept(urn))).<Future<?>>map(f -> f).toList();
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Set-up failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
    }
}
