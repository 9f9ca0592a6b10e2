package uk.gov.education.placements.providerview.query;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.education.placements.events.EventEnvelope;
import uk.gov.education.placements.providerview.query.history.EventHistory;
import uk.gov.education.placements.providerview.query.history.IncomingEvent;

/**
 * The live path: in one transaction, stores the consumed events in the history (once per id) and
 * applies the newly stored ones to the live read models.
 */
@Component
public class LiveProjector {

    private final ReadModelSwapLock swapLock;
    private final EventHistory history;
    private final ReadModelWriter writer;

    public LiveProjector(ReadModelSwapLock swapLock, EventHistory history, ReadModelWriter writer) {
        this.swapLock = swapLock;
        this.history = history;
        this.writer = writer;
    }

    /** @return how many events changed the read models */
    @Transactional
    public int project(List<IncomingEvent> events) {
        if (events.isEmpty()) {
            return 0;
        }
        swapLock.holdShared();
        List<EventEnvelope> stored = history.append(events);
        return writer.apply(stored, ReadModelTables.LIVE);
    }
}
