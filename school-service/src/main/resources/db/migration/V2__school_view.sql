-- school-service's own view of each school, kept by the "school-view" subscribing processor in the
-- same transaction as the command that changed the school, so a read right after a write sees it.

CREATE TABLE school_view (
    urn                VARCHAR(7)  NOT NULL PRIMARY KEY,
    name               TEXT        NOT NULL,
    -- The School aggregate's sequence number after the last event applied here: the ETag.
    version            BIGINT      NOT NULL,
    onboarded_at       TIMESTAMPTZ NOT NULL,
    contact_first_name TEXT,
    contact_last_name  TEXT,
    contact_email      TEXT,
    contact_changed_at TIMESTAMPTZ
);

-- Every version of every school's placement contact, for support users.
CREATE TABLE placement_contact_history (
    urn        VARCHAR(7)  NOT NULL REFERENCES school_view (urn),
    version    BIGINT      NOT NULL,
    change     VARCHAR(8)  NOT NULL CHECK (change IN ('added', 'changed')),
    first_name TEXT,
    last_name  TEXT,
    email      TEXT        NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (urn, version)
);
