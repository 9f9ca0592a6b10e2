-- School events held back because an earlier event of the same school has not arrived yet (a gap
-- in the School's sequence numbers). They are applied, in sequence, once the missing one comes.
-- Only what the contact guard needs is kept: whether the event carries a contact, never who.
CREATE TABLE held_school_event (
    event_id        TEXT        PRIMARY KEY,
    school_urn      VARCHAR(7)  NOT NULL,
    sequence        BIGINT      NOT NULL,
    carries_contact BOOLEAN     NOT NULL,
    event_time      TIMESTAMPTZ NOT NULL,
    held_since      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX held_school_event_school_idx ON held_school_event (school_urn);
