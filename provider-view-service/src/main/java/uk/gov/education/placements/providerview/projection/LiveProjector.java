package uk.gov.education.placements.providerview.projection;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.education.placements.providerview.history.EventHistoryRepository;
import uk.gov.education.placements.support.consumer.ConsumedEvent;
import uk.gov.education.placements.support.consumer.EventBatchProjection;

/**
 * The live path: in one transaction, stores the consumed events in the history (once per id) and
 * applies the newly stored ones to the live read models, each aggregate's in sequence.
 */
@Component
public class LiveProjector implements EventBatchProjection {

    private final ReadModelSwapLock swapLock;
    private final EventHistoryRepository history;
    private final ReadModelWriter writer;

    public LiveProjector(ReadModelSwapLock swapLock, EventHistoryRepository history, ReadModelWriter writer) {
        this.swapLock = swapLock;
        this.history = history;
        this.writer = writer;
    }

    @Override
    @Transactional
    public void project(List<ConsumedEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        swapLock.holdShared();
        writer.apply(history.append(events), ReadModelTables.LIVE);
    }
}
