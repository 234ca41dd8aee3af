-- SOAP notes. A draft is edited (and saved while typing) until it is signed; a signed note never
-- changes again: an amendment is a new note pointing at the one it amends, and signing it marks
-- the original as superseded (the only change a signed row accepts).
CREATE TABLE charting_note (
    id               uuid        PRIMARY KEY,
    client_id        uuid        NOT NULL,
    visit_date       date        NOT NULL,
    status           text        NOT NULL CHECK (status IN ('DRAFT', 'SIGNED')),
    subjective       text        NOT NULL DEFAULT '' CHECK (length(subjective) <= 20000),
    objective        text        NOT NULL DEFAULT '' CHECK (length(objective) <= 20000),
    assessment       text        NOT NULL DEFAULT '' CHECK (length(assessment) <= 20000),
    plan             text        NOT NULL DEFAULT '' CHECK (length(plan) <= 20000),
    draft_version    integer     NOT NULL DEFAULT 0,
    author_id        uuid,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    signed_at        timestamptz,
    signed_by        uuid,
    signed_by_name   text,
    content_hash     text,
    amends_note_id   uuid        REFERENCES charting_note (id),
    amendment_reason text        CHECK (length(amendment_reason) <= 500),
    superseded_by    uuid        REFERENCES charting_note (id),
    CHECK (status = 'DRAFT' OR (signed_at IS NOT NULL AND content_hash IS NOT NULL)),
    CHECK (amends_note_id IS NULL OR amendment_reason IS NOT NULL)
);

CREATE INDEX charting_note_client_idx ON charting_note (client_id, visit_date DESC, created_at DESC);

CREATE FUNCTION charting_note_signed_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'notes are never deleted';
    END IF;
    IF OLD.status = 'SIGNED' AND (NEW.superseded_by IS DISTINCT FROM OLD.superseded_by) AND OLD.superseded_by IS NULL
       AND (NEW.subjective, NEW.objective, NEW.assessment, NEW.plan, NEW.status, NEW.visit_date, NEW.signed_at,
            NEW.content_hash) IS NOT DISTINCT FROM
           (OLD.subjective, OLD.objective, OLD.assessment, OLD.plan, OLD.status, OLD.visit_date, OLD.signed_at,
            OLD.content_hash) THEN
        RETURN NEW;
    END IF;
    IF OLD.status = 'SIGNED' THEN
        RAISE EXCEPTION 'a signed note cannot be changed';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER charting_note_final BEFORE UPDATE OR DELETE ON charting_note
    FOR EACH ROW EXECUTE FUNCTION charting_note_signed_is_final();
