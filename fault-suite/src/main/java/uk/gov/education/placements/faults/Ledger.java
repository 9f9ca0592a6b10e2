package uk.gov.education.placements.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Every command the suite sent and how it was answered, with what identifies its effect in an
 * event store: the event type, the aggregate and a marker the command made unique (an email
 * address, a mentor's name). Afterwards, every command answered 2xx must have exactly one
 * effect, none may have two, and a command refused at its first attempt none.
 */
final class Ledger {

    enum Kind {
        ONBOARD("SchoolOnboarded", false),
        ADD_CONTACT("PlacementContactAdded", true),
        CHANGE_CONTACT("PlacementContactChanged", true),
        CREATE_PARTNERSHIP("PartnershipCreated", false),
        END_PARTNERSHIP("PartnershipEnded", false),
        CREATE_PLACEMENT("PlacementCreated", true),
        EDIT_PLACEMENT("PlacementUpdated", true),
        ASSIGN_PROVIDER("PlacementProviderAssigned", false),
        UNASSIGN_PROVIDER("PlacementProviderUnassigned", false),
        DELETE_PLACEMENT("PlacementDeleted", false);

        final String eventType;
        /** Whether a refusal proves the command left no effect (its marker is its own; others' may share it). */
        final boolean uniqueMarker;

        Kind(String eventType, boolean uniqueMarker) {
            this.eventType = eventType;
            this.uniqueMarker = uniqueMarker;
        }
    }

    /** ACCEPTED: answered 2xx; REJECTED: answered 4xx at the first attempt; UNKNOWN: no clear answer, or one after a retry. */
    enum Outcome { ACCEPTED, REJECTED, UNKNOWN }

    record Effect(String eventType, String aggregate, String marker) {
    }

    record Command(Kind kind, Effect effect, Outcome outcome, String answer, String instance, String caseName) {
    }

    private final ConcurrentLinkedQueue<Command> commands = new ConcurrentLinkedQueue<>();

    void record(Kind kind, String aggregate, String marker, Outcome outcome, String answer, String instance,
                String caseName) {
        commands.add(new Command(kind, new Effect(kind.eventType, aggregate, marker == null ? "" : marker), outcome,
                answer, instance, caseName));
    }

    List<Command> commands() {
        return new ArrayList<>(commands);
    }

    long accepted(String caseName) {
        return commands.stream().filter(c -> c.caseName().equals(caseName) && c.outcome() == Outcome.ACCEPTED).count();
    }

    long sent(String caseName) {
        return commands.stream().filter(c -> c.caseName().equals(caseName)).count();
    }

    /** What the commands' effects in the stores say: one line per breach. */
    List<String> breaches(Map<Effect, Integer> effects) {
        List<String> breaches = new ArrayList<>();
        for (Command command : commands) {
            int stored = effects.getOrDefault(command.effect(), 0);
            switch (command.outcome()) {
                case ACCEPTED -> {
                    if (stored != 1) {
                        breaches.add(describe(command, stored == 0 ? "was answered 2xx but is in no event store"
                                : "was answered 2xx and is stored " + stored + " times"));
                    }
                }
                case UNKNOWN -> {
                    if (stored > 1) {
                        breaches.add(describe(command, "is stored " + stored + " times"));
                    }
                }
                case REJECTED -> {
                    if (command.kind().uniqueMarker && stored > 0) {
                        breaches.add(describe(command, "was refused (" + command.answer() + ") but is stored"));
                    }
                }
            }
        }
        return breaches;
    }

    private static String describe(Command command, String what) {
        return command.kind() + " " + command.effect().aggregate()
                + (command.effect().marker().isEmpty() ? "" : " (" + command.effect().marker() + ")")
                + " via " + command.instance() + " in " + command.caseName() + " " + what;
    }
}
