package uk.gov.education.placements.support.consumer;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * Shows the events held behind a gap in their aggregate's sequence. Always up: the service
 * answers correctly for everything else, and taking it out of rotation would not bring the
 * missing event; but the details name every aggregate that waits, and for which sequence number.
 */
public class SequenceGapsHealthIndicator extends AbstractHealthIndicator {

    private static final int SHOWN = 20;

    private final HeldEvents held;

    public SequenceGapsHealthIndicator(HeldEvents held) {
        this.held = held;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        HeldEvents.Summary summary = held.summary(SHOWN);
        builder.up()
                .withDetail("heldEvents", summary.events())
                .withDetail("aggregatesWaiting", summary.aggregates());
        if (summary.events() > 0) {
            builder.withDetail("oldestHeldSince", summary.oldestHeldSince().toString())
                    .withDetail("gaps", summary.gaps());
        }
    }
}
