-- The consultation questionnaire: answers as structured JSON, validated by the application.
CREATE TABLE intake_form (
    id           uuid        PRIMARY KEY,
    client_id    uuid        NOT NULL,
    status       text        NOT NULL CHECK (status IN ('SUBMITTED', 'REVIEWED')),
    source       text        NOT NULL CHECK (source IN ('STAFF', 'CLIENT_LINK')),
    answers      jsonb       NOT NULL,
    submitted_at timestamptz NOT NULL,
    submitted_by uuid,
    reviewed_at  timestamptz,
    reviewed_by  uuid
);

CREATE INDEX intake_form_client_idx ON intake_form (client_id, submitted_at DESC);

-- Single-use links that let a client fill the questionnaire without an account. Only a hash is kept.
CREATE TABLE intake_link (
    id          uuid        PRIMARY KEY,
    client_id   uuid        NOT NULL,
    token_hash  bytea       NOT NULL UNIQUE,
    sent_to     text,
    created_at  timestamptz NOT NULL,
    created_by  uuid,
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz,
    revoked_at  timestamptz
);

CREATE INDEX intake_link_client_idx ON intake_link (client_id, created_at DESC);

-- Contraindication and precaution screens; the newest one is the client's current status.
CREATE TABLE intake_screening (
    id          uuid        PRIMARY KEY,
    client_id   uuid        NOT NULL,
    screened_at timestamptz NOT NULL,
    screened_by uuid,
    source      text        NOT NULL CHECK (source IN ('STAFF', 'CLIENT_LINK')),
    findings    jsonb       NOT NULL,
    note        text        CHECK (length(note) <= 2000)
);

CREATE INDEX intake_screening_client_idx ON intake_screening (client_id, screened_at DESC);

CREATE TABLE intake_prescription (
    id                 uuid        PRIMARY KEY,
    client_id          uuid        NOT NULL,
    prescriber_name    text        NOT NULL CHECK (length(prescriber_name) BETWEEN 1 AND 120),
    prescriber_npi     text        CHECK (prescriber_npi ~ '^[0-9]{10}$'),
    prescriber_practice text       CHECK (length(prescriber_practice) <= 160),
    prescriber_contact text        CHECK (length(prescriber_contact) <= 160),
    prescribed_on      date        NOT NULL,
    diagnoses          text[]      NOT NULL CHECK (cardinality(diagnoses) BETWEEN 1 AND 12),
    authorised_visits  integer     NOT NULL CHECK (authorised_visits BETWEEN 1 AND 200),
    frequency          text        CHECK (length(frequency) <= 120),
    expires_on         date,
    notes              text        CHECK (length(notes) <= 2000),
    voided_at          timestamptz,
    void_reason        text,
    created_at         timestamptz NOT NULL,
    created_by         uuid,
    CHECK (expires_on IS NULL OR expires_on >= prescribed_on)
);

CREATE INDEX intake_prescription_client_idx ON intake_prescription (client_id, prescribed_on DESC);

-- Visits counted against a prescription (recorded by the therapist now, by the session module later).
CREATE TABLE intake_prescription_visit (
    id              uuid        PRIMARY KEY,
    prescription_id uuid        NOT NULL REFERENCES intake_prescription (id),
    visit_date      date        NOT NULL,
    recorded_at     timestamptz NOT NULL,
    recorded_by     uuid,
    voided_at       timestamptz,
    void_reason     text
);

CREATE INDEX intake_prescription_visit_idx ON intake_prescription_visit (prescription_id) WHERE voided_at IS NULL;
