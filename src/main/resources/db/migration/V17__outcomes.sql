-- Outcome measures: every completed questionnaire or rating, scored when it is stored (the answers
-- are kept with it, so a score can always be explained), and the single-use links clients answer
-- assigned questionnaires through. A wrong entry is withdrawn with a reason, never deleted.
CREATE TABLE outcomes_response (
    id              uuid        PRIMARY KEY,
    client_id       uuid        NOT NULL,
    instrument_id   text        NOT NULL,
    answers         jsonb       NOT NULL,
    score           numeric     NOT NULL,
    answered        integer     NOT NULL,
    prorated        boolean     NOT NULL,
    measured_on     date        NOT NULL,
    source          text        NOT NULL CHECK (source IN ('CLIENT_LINK', 'STAFF', 'PAPER')),
    label           text        NOT NULL DEFAULT '' CHECK (length(label) <= 120),
    link_id         uuid,
    created_at      timestamptz NOT NULL,
    created_by      uuid,
    withdrawn_at    timestamptz,
    withdrawn_reason text       CHECK (length(withdrawn_reason) <= 300)
);

CREATE INDEX outcomes_response_client_idx ON outcomes_response (client_id, instrument_id, measured_on);

CREATE TABLE outcomes_link (
    id           uuid        PRIMARY KEY,
    client_id    uuid        NOT NULL,
    instruments  text[]      NOT NULL CHECK (cardinality(instruments) BETWEEN 1 AND 10),
    token_hash   bytea       NOT NULL UNIQUE,
    created_at   timestamptz NOT NULL,
    created_by   uuid,
    expires_at   timestamptz NOT NULL,
    used_at      timestamptz,
    sent_to      text
);

CREATE INDEX outcomes_link_client_idx ON outcomes_link (client_id, created_at DESC);
