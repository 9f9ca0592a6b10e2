-- The CRUD baseline's tables (benchmark, CrudBaseline): one row per school, its contact in it, and
-- an outbox row per change, written in the same transaction as the change.

CREATE TABLE school (
    urn                VARCHAR(7) NOT NULL PRIMARY KEY,
    name               TEXT       NOT NULL,
    contact_first_name TEXT,
    contact_last_name  TEXT,
    contact_email      TEXT,
    version            BIGINT     NOT NULL
);

CREATE TABLE outbox (
    id              BIGSERIAL    PRIMARY KEY,
    event_id        VARCHAR(36)  NOT NULL UNIQUE,
    aggregate_id    VARCHAR(7)   NOT NULL,
    sequence_number BIGINT       NOT NULL,
    type            VARCHAR(100) NOT NULL,
    payload         TEXT         NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (aggregate_id, sequence_number)
);
