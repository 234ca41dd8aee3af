-- A visit's assessment: the pain drawing with the engine's suggestions at the time, palpation
-- findings per trigger point, the NMT elements found per area, posture and range of motion.
-- Clinical data is never deleted: a finding recorded in error is withdrawn (kept, marked).
CREATE TABLE assessment_assessment (
    id           uuid        PRIMARY KEY,
    client_id    uuid        NOT NULL,
    visit_date   date        NOT NULL,
    drawing      jsonb       NOT NULL DEFAULT '{"marks": []}',
    activities   text[]      NOT NULL DEFAULT '{}',
    suggestions  jsonb       NOT NULL DEFAULT '[]',
    posture      text        NOT NULL DEFAULT '' CHECK (length(posture) <= 4000),
    author_id    uuid,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    version      integer     NOT NULL DEFAULT 0
);

CREATE INDEX assessment_client_idx ON assessment_assessment (client_id, visit_date DESC, created_at DESC);

CREATE TABLE assessment_finding (
    id                  uuid        PRIMARY KEY,
    assessment_id       uuid        NOT NULL REFERENCES assessment_assessment (id),
    muscle_id           text        NOT NULL,
    trigger_point       integer     NOT NULL CHECK (trigger_point >= 0),
    side                text        NOT NULL CHECK (side IN ('left', 'right', 'midline')),
    activity            text        NOT NULL CHECK (activity IN ('ACTIVE', 'LATENT')),
    taut_band           boolean     NOT NULL,
    twitch_response     boolean     NOT NULL,
    referral_reproduced boolean     NOT NULL,
    referred_to         text,
    tenderness          integer     CHECK (tenderness BETWEEN 0 AND 10),
    pressure_threshold  numeric(4,1) CHECK (pressure_threshold > 0 AND pressure_threshold <= 20),
    note                text        NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
    recorded_at         timestamptz NOT NULL,
    recorded_by         uuid,
    withdrawn_at        timestamptz,
    withdrawn_by        uuid
);

CREATE INDEX assessment_finding_idx ON assessment_finding (assessment_id, recorded_at);

CREATE TABLE assessment_element (
    id             uuid        PRIMARY KEY,
    assessment_id  uuid        NOT NULL REFERENCES assessment_assessment (id),
    area           text        NOT NULL,
    side           text        CHECK (side IN ('left', 'right')),
    element        text        NOT NULL,
    entrapment_by  text        CHECK (entrapment_by IN ('BONE', 'SOFT_TISSUE', 'CARTILAGE')),
    note           text        NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
    recorded_at    timestamptz NOT NULL,
    recorded_by    uuid,
    withdrawn_at   timestamptz,
    withdrawn_by   uuid
);

CREATE INDEX assessment_element_idx ON assessment_element (assessment_id, recorded_at);

CREATE TABLE assessment_range_of_motion (
    id             uuid        PRIMARY KEY,
    assessment_id  uuid        NOT NULL REFERENCES assessment_assessment (id),
    joint          text        NOT NULL,
    movement       text        NOT NULL,
    side           text        CHECK (side IN ('left', 'right')),
    measured       integer     NOT NULL CHECK (measured BETWEEN -30 AND 200),
    painful        boolean     NOT NULL DEFAULT false,
    recorded_at    timestamptz NOT NULL,
    recorded_by    uuid,
    withdrawn_at   timestamptz,
    withdrawn_by   uuid
);

CREATE INDEX assessment_rom_idx ON assessment_range_of_motion (assessment_id, recorded_at);

CREATE FUNCTION assessment_never_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'assessment records are never deleted';
END;
$$;

CREATE TRIGGER assessment_keep BEFORE DELETE ON assessment_assessment FOR EACH ROW EXECUTE FUNCTION assessment_never_deleted();
CREATE TRIGGER assessment_finding_keep BEFORE DELETE ON assessment_finding FOR EACH ROW EXECUTE FUNCTION assessment_never_deleted();
CREATE TRIGGER assessment_element_keep BEFORE DELETE ON assessment_element FOR EACH ROW EXECUTE FUNCTION assessment_never_deleted();
CREATE TRIGGER assessment_rom_keep BEFORE DELETE ON assessment_range_of_motion FOR EACH ROW EXECUTE FUNCTION assessment_never_deleted();
