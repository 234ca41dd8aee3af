-- Accent- and case-insensitive search needs an IMMUTABLE wrapper around unaccent (itself only STABLE,
-- because its dictionary could change; ours never does).
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE FUNCTION client_fold(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

CREATE TABLE client_client (
    id                   uuid        PRIMARY KEY,
    given_name           text        NOT NULL CHECK (length(given_name) BETWEEN 1 AND 100),
    family_name          text        NOT NULL CHECK (length(family_name) BETWEEN 1 AND 100),
    preferred_name       text        CHECK (length(preferred_name) <= 100),
    date_of_birth        date,
    email                text        CHECK (length(email) <= 254),
    phone                text        CHECK (length(phone) <= 40),
    phone_digits         text        GENERATED ALWAYS AS (regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g')) STORED,
    address              text        CHECK (length(address) <= 500),
    emergency_name       text        CHECK (length(emergency_name) <= 100),
    emergency_phone      text        CHECK (length(emergency_phone) <= 40),
    emergency_relation   text        CHECK (length(emergency_relation) <= 60),
    preferred_contact    text        NOT NULL DEFAULT 'EMAIL' CHECK (preferred_contact IN ('EMAIL', 'PHONE', 'SMS', 'POST')),
    treatment_consent_by text        CHECK (length(treatment_consent_by) <= 100),
    treatment_consent_at timestamptz,
    email_consent_by     text        CHECK (length(email_consent_by) <= 100),
    email_consent_at     timestamptz,
    notes                text        CHECK (length(notes) <= 4000),
    archived_at          timestamptz,
    archive_reason       text,
    search_name          text        GENERATED ALWAYS AS
        (client_fold(given_name || ' ' || coalesce(preferred_name || ' ', '') || family_name)) STORED,
    created_at           timestamptz NOT NULL,
    created_by           uuid,
    updated_at           timestamptz NOT NULL,
    updated_by           uuid,
    version              integer     NOT NULL DEFAULT 0
);

CREATE INDEX client_client_name_trgm_idx ON client_client USING gin (search_name gin_trgm_ops);
CREATE INDEX client_client_phone_trgm_idx ON client_client USING gin (phone_digits gin_trgm_ops);
CREATE INDEX client_client_email_idx ON client_client (lower(email) text_pattern_ops);
CREATE INDEX client_client_birth_idx ON client_client (date_of_birth);
CREATE INDEX client_client_sort_idx ON client_client (lower(family_name), lower(given_name), id);

-- Every edit keeps the record as it was before, so a client's history can be read back.
CREATE TABLE client_client_version (
    id          bigserial   PRIMARY KEY,
    client_id   uuid        NOT NULL REFERENCES client_client (id),
    version     integer     NOT NULL,
    snapshot    jsonb       NOT NULL,
    replaced_at timestamptz NOT NULL,
    replaced_by uuid,
    UNIQUE (client_id, version)
);

-- What happened to a client, newest first; modules add entries through ClientTimeline.
-- Clinical entries are hidden from roles that may not read clinical data.
CREATE TABLE client_timeline_entry (
    id          uuid        PRIMARY KEY,
    client_id   uuid        NOT NULL REFERENCES client_client (id),
    occurred_at timestamptz NOT NULL,
    kind        text        NOT NULL,
    clinical    boolean     NOT NULL,
    summary     text        NOT NULL CHECK (length(summary) <= 300),
    link        text,
    recorded_by uuid
);

CREATE INDEX client_timeline_entry_client_idx ON client_timeline_entry (client_id, occurred_at DESC, id DESC);
