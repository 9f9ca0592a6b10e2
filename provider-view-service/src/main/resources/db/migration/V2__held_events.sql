-- Events held back because an earlier event of their aggregate has not arrived yet (a gap in its
-- sequence numbers: a late re-publication, a re-drive from the dead-letter topic). They are in
-- event_history already; this table says which, until the missing event arrives and they are
-- applied in sequence. Part of the read-model set: a replay builds its own and swaps it in.
CREATE TABLE held_event (
    position           BIGINT      PRIMARY KEY,
    source             TEXT        NOT NULL,
    aggregate_id       TEXT        NOT NULL,
    aggregate_sequence BIGINT      NOT NULL,
    held_since         TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX held_event_aggregate_idx ON held_event (source, aggregate_id);
