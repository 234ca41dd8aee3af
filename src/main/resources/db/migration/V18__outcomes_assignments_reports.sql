-- Which questionnaires a client is asked to answer, and when: once at intake, every N treatment
-- visits, at the plan's re-evaluation, or before the last authorised visit (discharge). An
-- assignment is ended, never deleted.
CREATE TABLE outcomes_assignment (
    id            uuid        PRIMARY KEY,
    client_id     uuid        NOT NULL,
    instrument_id text        NOT NULL,
    schedule      text        NOT NULL CHECK (schedule IN ('INTAKE', 'EVERY_N_VISITS', 'REEVALUATION', 'DISCHARGE')),
    every_visits  integer     CHECK (every_visits BETWEEN 1 AND 52),
    created_at    timestamptz NOT NULL,
    created_by    uuid,
    ended_at      timestamptz,
    CHECK ((schedule = 'EVERY_N_VISITS') = (every_visits IS NOT NULL))
);

CREATE UNIQUE INDEX outcomes_assignment_open_idx ON outcomes_assignment (client_id, instrument_id, schedule)
    WHERE ended_at IS NULL;

-- A signed progress report: what it said is kept as the PDF that was signed, so a later change to
-- the chart does not change a report someone has already received.
CREATE TABLE outcomes_report (
    id              uuid        PRIMARY KEY,
    client_id       uuid        NOT NULL,
    signed_at       timestamptz NOT NULL,
    signed_by       uuid,
    signed_by_name  text        NOT NULL CHECK (length(signed_by_name) BETWEEN 1 AND 200),
    recommendation  text        NOT NULL CHECK (length(recommendation) BETWEEN 1 AND 4000),
    pdf             bytea       NOT NULL
);

CREATE INDEX outcomes_report_client_idx ON outcomes_report (client_id, signed_at DESC);

-- Every time a report went out by e-mail, and to whom.
CREATE TABLE outcomes_report_send (
    id          uuid        PRIMARY KEY,
    report_id   uuid        NOT NULL REFERENCES outcomes_report (id),
    recipient   text        NOT NULL CHECK (recipient IN ('PRESCRIBER', 'CLIENT', 'OTHER')),
    address     text        NOT NULL CHECK (length(address) BETWEEN 3 AND 254),
    sent_at     timestamptz NOT NULL,
    sent_by     uuid
);

-- A clinic's own licensed instruments, as data (the same shape as the shipped ones). Retired, not
-- deleted, so the measures taken with one keep their meaning.
CREATE TABLE outcomes_instrument (
    id          text        PRIMARY KEY,
    definition  jsonb       NOT NULL,
    created_at  timestamptz NOT NULL,
    created_by  uuid,
    retired_at  timestamptz
);

-- Clinic outcomes read each client's first and latest score per instrument.
CREATE INDEX outcomes_response_instrument_idx ON outcomes_response (instrument_id, client_id, measured_on)
    WHERE withdrawn_at IS NULL;

-- Each client's progress on each instrument and label ("Neck pain", "Low back pain" are separate
-- series), kept up to date as measures are stored and withdrawn, so the clinic's outcomes read one
-- row per series instead of every measure. threshold_key records the threshold it was judged by;
-- rows judged by an older one are redone at start.
CREATE TABLE outcomes_progress (
    client_id     uuid    NOT NULL,
    instrument_id text    NOT NULL,
    label         text    NOT NULL,
    measures      integer NOT NULL,
    baseline_on   date    NOT NULL,
    latest_on     date    NOT NULL,
    latest_met    boolean NOT NULL,
    first_met_on  date,
    threshold_key text    NOT NULL,
    PRIMARY KEY (client_id, instrument_id, label)
);

-- A signed report, the record of where it went, and a stored measure are never deleted; a report
-- and its sends are never changed either (a wrong measure is withdrawn with a reason instead).
CREATE FUNCTION outcomes_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% rows cannot be changed or deleted', TG_TABLE_NAME;
END;
$$;

CREATE TRIGGER outcomes_report_final BEFORE UPDATE OR DELETE ON outcomes_report
    FOR EACH ROW EXECUTE FUNCTION outcomes_is_final();
CREATE TRIGGER outcomes_report_send_final BEFORE UPDATE OR DELETE ON outcomes_report_send
    FOR EACH ROW EXECUTE FUNCTION outcomes_is_final();
CREATE TRIGGER outcomes_response_kept BEFORE DELETE ON outcomes_response
    FOR EACH ROW EXECUTE FUNCTION outcomes_is_final();
