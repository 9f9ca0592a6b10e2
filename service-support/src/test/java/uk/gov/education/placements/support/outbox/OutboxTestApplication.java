package uk.gov.education.placements.support.outbox;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The smallest Axon application: an event store on PostgreSQL and the outbox, nothing else. */
@SpringBootApplication
class OutboxTestApplication {
}
