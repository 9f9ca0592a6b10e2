-- placement-service's own tables. Axon's tables (event store, tokens) come from V1 in service-support.

-- What this service knows of each school, projected from school-events (Kafka). Only whether a
-- placement contact exists, never who it is: the guard needs no personal data, so none is kept.
CREATE TABLE school_contact_state (
    school_urn       VARCHAR(7)  NOT NULL PRIMARY KEY,
    has_contact      BOOLEAN     NOT NULL,
    -- The School aggregate's sequence number of the newest event applied: the "school version"
    -- that X-School-Version asks for, and the idempotency check for redelivered events.
    applied_sequence BIGINT      NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL
);

-- The school side's view of its placements, kept in the same transaction as the events.
CREATE TABLE placement (
    placement_id        UUID        NOT NULL PRIMARY KEY,
    school_urn          VARCHAR(7)  NOT NULL,
    phase               VARCHAR(16) NOT NULL,
    subject             VARCHAR(64) NOT NULL,
    additional_subjects TEXT[]      NOT NULL,
    year_group          VARCHAR(32),
    mentors             TEXT[]      NOT NULL,
    academic_year       VARCHAR(7)  NOT NULL,
    terms               TEXT[]      NOT NULL,
    provider_code       VARCHAR(3),
    version             BIGINT      NOT NULL,
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL
);
CREATE INDEX placement_school_provider_idx ON placement (school_urn, provider_code);

-- Partnerships; an ended one keeps its row (active = false), which is the row that assignments
-- and the end of the partnership lock to exclude each other.
CREATE TABLE partnership (
    school_urn    VARCHAR(7)  NOT NULL,
    provider_code VARCHAR(3)  NOT NULL,
    active        BOOLEAN     NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (school_urn, provider_code)
);
