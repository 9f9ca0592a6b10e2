-- The event history: every CloudEvent this service consumed, once (deduplicated by ce_id), in the
-- order it was stored. It is this service's source of truth for replays, the analysts' NDJSON feed
-- and as-of answers, so none of them depends on Kafka's retention.
CREATE TABLE event_history (
    position           BIGSERIAL    PRIMARY KEY,
    event_id           TEXT         NOT NULL,
    type               TEXT         NOT NULL,
    source             TEXT         NOT NULL,
    subject            TEXT         NOT NULL,
    time               TIMESTAMPTZ  NOT NULL,
    aggregate_id       TEXT         NOT NULL,
    aggregate_sequence BIGINT       NOT NULL,
    -- json, not jsonb: the payload's bytes are kept as they came, so the feed shows them unchanged.
    data               JSON         NOT NULL,
    kafka_topic        TEXT         NOT NULL,
    kafka_partition    INT          NOT NULL,
    kafka_offset       BIGINT       NOT NULL,
    CONSTRAINT event_history_event_id_key UNIQUE (event_id)
);
CREATE INDEX event_history_subject_position_idx ON event_history (subject, position);
CREATE INDEX event_history_time_idx ON event_history (time);

-- Read models. A replay rebuilds them as shadow copies (CREATE TABLE ... LIKE ... INCLUDING ALL)
-- and swaps them in by renaming, so: no serial or identity columns (their sequences would stay
-- with the retired table) and no foreign keys between them (either topic may arrive first).

-- One row per school as providers see it, with its current placement contact. Placements join
-- it at read time, so a contact change is one row, whatever the number of placements.
CREATE TABLE school_view (
    urn                TEXT         PRIMARY KEY,
    name               TEXT,
    contact_first_name TEXT,
    contact_last_name  TEXT,
    contact_email      TEXT,
    -- The School aggregate's sequence number of the last event applied (its version).
    version            BIGINT       NOT NULL
);

CREATE TABLE placement_view (
    id                  UUID         PRIMARY KEY,
    school_urn          TEXT         NOT NULL,
    phase               TEXT,
    subject             TEXT,
    additional_subjects TEXT[]       NOT NULL,
    year_group          TEXT,
    mentors             TEXT[]       NOT NULL,
    academic_year       TEXT,
    terms               TEXT[]       NOT NULL,
    provider_code       TEXT,
    version             BIGINT       NOT NULL
);
-- The list's stable order (school, then id) and its filters.
CREATE INDEX placement_view_school_urn_id_idx ON placement_view (school_urn, id);
CREATE INDEX placement_view_provider_code_idx ON placement_view (provider_code);

CREATE TABLE partnership_view (
    school_urn    TEXT NOT NULL,
    provider_code TEXT NOT NULL,
    PRIMARY KEY (school_urn, provider_code)
);
CREATE INDEX partnership_view_provider_code_idx ON partnership_view (provider_code, school_urn);

-- The last sequence number applied per aggregate, in the same transaction as the read-model
-- change: an event at or below it changes nothing (duplicate delivery, re-publication). Keyed by
-- source too, because two write services may use the same aggregate identifier (a school's URN).
CREATE TABLE applied_sequence (
    source        TEXT   NOT NULL,
    aggregate_id  TEXT   NOT NULL,
    last_sequence BIGINT NOT NULL,
    PRIMARY KEY (source, aggregate_id)
);

-- Replays requested by analysts, with their progress. At most one runs at a time.
CREATE TABLE replay (
    id              UUID         PRIMARY KEY,
    state           TEXT         NOT NULL,
    requested_at    TIMESTAMPTZ  NOT NULL,
    started_at      TIMESTAMPTZ,
    finished_at     TIMESTAMPTZ,
    events_applied  BIGINT       NOT NULL DEFAULT 0,
    position        BIGINT       NOT NULL DEFAULT 0,
    failure         TEXT
);
CREATE UNIQUE INDEX replay_one_running_idx ON replay ((true)) WHERE state = 'running';
