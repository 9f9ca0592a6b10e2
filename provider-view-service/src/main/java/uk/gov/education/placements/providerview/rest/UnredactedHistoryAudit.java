package uk.gov.education.placements.providerview.rest;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import uk.gov.education.placements.support.security.Caller;

/**
 * One INFO line per request that is served contacts' personal data unredacted: who (the token's
 * user id), when, which endpoint and which filter. Written only once the request is valid and
 * allowed, just before the answer starts; every value in it has been validated (instants, known
 * event types, URNs), so a request cannot forge lines of its own.
 */
@Component
class UnredactedHistoryAudit {

    private static final Logger log = LoggerFactory.getLogger(UnredactedHistoryAudit.class);

    private final Clock clock;

    UnredactedHistoryAudit(Clock clock) {
        this.clock = clock;
    }

    void served(Caller caller, String endpoint, String filter) {
        log.info("AUDIT unredacted history: user={} at={} endpoint={} filter={}", caller.userId(), clock.instant(),
                endpoint, filter);
    }
}
