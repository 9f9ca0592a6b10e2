package uk.gov.education.placements.support.consumer;

import java.time.Instant;
import java.util.List;

/**
 * What a consuming service holds back because an earlier event of the same aggregate has not
 * arrived ({@link InSequence}), for its health details: an operator sees at once which
 * aggregates wait for which event.
 */
public interface HeldEvents {

    /** Up to {@code limit} aggregates with held events, oldest first. */
    Summary summary(int limit);

    record Summary(long events, long aggregates, Instant oldestHeldSince, List<Gap> gaps) {
    }

    /**
     * @param aggregate the aggregate ({@code <source>/<id>})
     * @param missing   the first sequence number it waits for
     * @param held      how many of its events wait
     */
    record Gap(String aggregate, long missing, long held, Instant since) {
    }
}
