-- Treatment plans are versioned: saving a plan adds a version, the newest is the client's current
-- plan. Sessions record every technique applied to every trigger point, with its dose, and every
-- override of a contraindication (who, when, why). Nothing here is ever deleted.
CREATE TABLE treatment_plan (
    id               uuid        PRIMARY KEY,
    client_id        uuid        NOT NULL,
    assessment_id    uuid,
    problems         jsonb       NOT NULL,
    goals            jsonb       NOT NULL,
    targets          jsonb       NOT NULL,
    phases           jsonb       NOT NULL,
    current_phase    integer     NOT NULL DEFAULT 0 CHECK (current_phase >= 0),
    re_evaluation_on date,
    created_at       timestamptz NOT NULL,
    created_by       uuid,
    created_by_name  text
);

CREATE INDEX treatment_plan_client_idx ON treatment_plan (client_id, created_at DESC);

CREATE TABLE treatment_session (
    id             uuid        PRIMARY KEY,
    client_id      uuid        NOT NULL,
    plan_id        uuid        REFERENCES treatment_plan (id),
    assessment_id  uuid,
    visit_date     date        NOT NULL,
    client_report  text        NOT NULL DEFAULT '' CHECK (length(client_report) <= 4000),
    pain_before    integer     CHECK (pain_before BETWEEN 0 AND 10),
    pain_after     integer     CHECK (pain_after BETWEEN 0 AND 10),
    closing_note   text        NOT NULL DEFAULT '' CHECK (length(closing_note) <= 4000),
    started_at     timestamptz NOT NULL,
    started_by     uuid,
    finished_at    timestamptz,
    note_id        uuid
);

CREATE INDEX treatment_session_client_idx ON treatment_session (client_id, started_at DESC);

CREATE TABLE treatment_override (
    id          uuid        PRIMARY KEY,
    session_id  uuid        NOT NULL REFERENCES treatment_session (id),
    scope       text        NOT NULL,
    concerns    text        NOT NULL,
    reason      text        NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
    made_at     timestamptz NOT NULL,
    made_by     uuid,
    made_by_name text
);

CREATE TABLE treatment_application (
    id                  uuid        PRIMARY KEY,
    session_id          uuid        NOT NULL REFERENCES treatment_session (id),
    position            integer     NOT NULL,
    muscle_id           text        NOT NULL,
    trigger_point       integer     NOT NULL CHECK (trigger_point >= 0),
    side                text        NOT NULL CHECK (side IN ('left', 'right', 'midline')),
    technique           text        NOT NULL,
    hold_seconds        integer     CHECK (hold_seconds BETWEEN 1 AND 600),
    repetitions         integer     CHECK (repetitions BETWEEN 1 AND 20),
    pressure            integer     CHECK (pressure BETWEEN 1 AND 5),
    contact             text,
    discomfort          integer     CHECK (discomfort BETWEEN 0 AND 10),
    release             text        CHECK (release IN ('YES', 'PARTIAL', 'NO')),
    contraction_seconds integer     CHECK (contraction_seconds BETWEEN 1 AND 60),
    effort_percent      integer     CHECK (effort_percent BETWEEN 1 AND 100),
    relaxation_seconds  integer     CHECK (relaxation_seconds BETWEEN 1 AND 120),
    cycles              integer     CHECK (cycles BETWEEN 1 AND 10),
    rom_before          integer     CHECK (rom_before BETWEEN -30 AND 200),
    rom_after           integer     CHECK (rom_after BETWEEN -30 AND 200),
    note                text        NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
    override_id         uuid        REFERENCES treatment_override (id),
    recorded_at         timestamptz NOT NULL,
    recorded_by         uuid
);

CREATE INDEX treatment_application_idx ON treatment_application (session_id, position);

CREATE FUNCTION treatment_never_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'treatment records are never deleted';
END;
$$;

CREATE TRIGGER treatment_plan_keep BEFORE DELETE ON treatment_plan FOR EACH ROW EXECUTE FUNCTION treatment_never_deleted();
CREATE TRIGGER treatment_session_keep BEFORE DELETE ON treatment_session FOR EACH ROW EXECUTE FUNCTION treatment_never_deleted();
CREATE TRIGGER treatment_override_keep BEFORE DELETE ON treatment_override FOR EACH ROW EXECUTE FUNCTION treatment_never_deleted();
CREATE TRIGGER treatment_application_keep BEFORE DELETE ON treatment_application FOR EACH ROW EXECUTE FUNCTION treatment_never_deleted();
