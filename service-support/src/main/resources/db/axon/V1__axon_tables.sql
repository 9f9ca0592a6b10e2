-- Axon Framework's JDBC tables, in the shape of its PostgreSQL table factories (unquoted
-- camelCase names, folded to lower case by PostgreSQL, as Axon's SQL expects). Flyway owns them:
-- Axon's createSchema is never called.

CREATE TABLE DomainEventEntry (
    globalIndex         BIGSERIAL    NOT NULL,
    eventIdentifier     VARCHAR(255) NOT NULL,
    aggregateIdentifier VARCHAR(255) NOT NULL,
    sequenceNumber      BIGINT       NOT NULL,
    type                VARCHAR(255),
    timeStamp           VARCHAR(255) NOT NULL,
    payloadType         VARCHAR(255) NOT NULL,
    payloadRevision     VARCHAR(255),
    payload             BYTEA        NOT NULL,
    metaData            BYTEA,
    PRIMARY KEY (globalIndex),
    -- Optimistic concurrency: two commands that both load version n cannot both append n+1.
    CONSTRAINT domainevententry_aggregate_sequence_uk UNIQUE (aggregateIdentifier, sequenceNumber),
    CONSTRAINT domainevententry_event_identifier_uk UNIQUE (eventIdentifier)
);

CREATE TABLE SnapshotEventEntry (
    aggregateIdentifier VARCHAR(255) NOT NULL,
    sequenceNumber      BIGINT       NOT NULL,
    type                VARCHAR(255) NOT NULL,
    eventIdentifier     VARCHAR(255) NOT NULL,
    timeStamp           VARCHAR(255) NOT NULL,
    payloadType         VARCHAR(255) NOT NULL,
    payloadRevision     VARCHAR(255),
    payload             BYTEA        NOT NULL,
    metaData            BYTEA,
    PRIMARY KEY (aggregateIdentifier, sequenceNumber),
    CONSTRAINT snapshotevententry_event_identifier_uk UNIQUE (eventIdentifier)
);

CREATE TABLE TokenEntry (
    processorName VARCHAR(255) NOT NULL,
    segment       INTEGER      NOT NULL,
    token         BYTEA,
    tokenType     VARCHAR(255),
    timestamp     VARCHAR(255),
    owner         VARCHAR(255),
    PRIMARY KEY (processorName, segment)
);

CREATE TABLE SagaEntry (
    sagaId         VARCHAR(255) NOT NULL,
    revision       VARCHAR(255),
    sagaType       VARCHAR(255),
    serializedSaga BYTEA,
    PRIMARY KEY (sagaId)
);

CREATE TABLE AssociationValueEntry (
    id               BIGSERIAL    NOT NULL,
    associationKey   VARCHAR(255) NOT NULL,
    associationValue VARCHAR(255),
    sagaId           VARCHAR(255) NOT NULL,
    sagaType         VARCHAR(255),
    PRIMARY KEY (id)
);
CREATE INDEX associationvalueentry_saga_idx ON AssociationValueEntry (sagaId, sagaType);
CREATE INDEX associationvalueentry_key_idx ON AssociationValueEntry (sagaType, associationKey, associationValue);
