-- Home-care programs: generated from the muscles treated and the client's activities, edited by the
-- therapist, then sent. A sent program no longer changes (a revision is a new program); the client
-- opens it with a secret link (only its hash is stored). Adherence is recorded at later visits.
CREATE TABLE homecare_program (
    id               uuid        PRIMARY KEY,
    client_id        uuid        NOT NULL,
    session_id       uuid,
    items            jsonb       NOT NULL,
    frequency        text        NOT NULL DEFAULT '' CHECK (length(frequency) <= 1000),
    note             text        NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
    status           text        NOT NULL CHECK (status IN ('DRAFT', 'SENT')),
    version          integer     NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL,
    created_by       uuid,
    created_by_name  text,
    sent_at          timestamptz,
    sent_to          text,
    token_hash       bytea       UNIQUE,
    token_expires_at timestamptz,
    last_viewed_at   timestamptz
);

CREATE INDEX homecare_program_client_idx ON homecare_program (client_id, created_at DESC);

CREATE TABLE homecare_adherence (
    id           uuid        PRIMARY KEY,
    program_id   uuid        NOT NULL REFERENCES homecare_program (id),
    level        text        NOT NULL CHECK (level IN ('DAILY', 'MOST_DAYS', 'SOME_DAYS', 'RARELY', 'NOT_AT_ALL')),
    note         text        NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
    recorded_at  timestamptz NOT NULL,
    recorded_by  uuid
);

CREATE INDEX homecare_adherence_idx ON homecare_adherence (program_id, recorded_at);

CREATE FUNCTION homecare_sent_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'home-care programs are never deleted';
    END IF;
    IF OLD.status = 'SENT' AND (NEW.items, NEW.frequency, NEW.note, NEW.status) IS DISTINCT FROM
                                (OLD.items, OLD.frequency, OLD.note, OLD.status) THEN
        RAISE EXCEPTION 'a sent home-care program cannot be changed';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER homecare_program_final BEFORE UPDATE OR DELETE ON homecare_program
    FOR EACH ROW EXECUTE FUNCTION homecare_sent_is_final();

CREATE FUNCTION homecare_never_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'adherence records are never deleted';
END;
$$;

CREATE TRIGGER homecare_adherence_keep BEFORE DELETE ON homecare_adherence FOR EACH ROW EXECUTE FUNCTION homecare_never_deleted();
