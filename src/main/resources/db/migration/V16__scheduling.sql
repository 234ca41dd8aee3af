-- Scheduling: locations, practitioners with weekly hours (several intervals a day make the breaks),
-- time off, rooms and equipment (capacity one each), services, appointments, recurring series,
-- the e-mail outbox, the waitlist and its offers.
--
-- Double bookings are refused by PostgreSQL itself: exclusion constraints over the time an
-- appointment occupies, for the practitioner, the room or chair, and the client. No code path and
-- no race can get past them. A staff override (with its reason) is the only way to overlap, and it
-- is never offered online.
CREATE TABLE scheduling_settings (
    id                  integer     PRIMARY KEY CHECK (id = 1),
    online_booking      boolean     NOT NULL DEFAULT true,
    horizon_days        integer     NOT NULL DEFAULT 60 CHECK (horizon_days BETWEEN 1 AND 365),
    min_notice_minutes  integer     NOT NULL DEFAULT 120 CHECK (min_notice_minutes BETWEEN 0 AND 10080),
    late_cancel_hours   integer     NOT NULL DEFAULT 24 CHECK (late_cancel_hours BETWEEN 0 AND 168),
    reminder_leads      integer[]   NOT NULL DEFAULT '{2880,120}',
    slot_step_minutes   integer     NOT NULL DEFAULT 15 CHECK (slot_step_minutes IN (5, 10, 15, 20, 30, 60)),
    link_key            bytea       NOT NULL
);

CREATE TABLE scheduling_location (
    id          uuid        PRIMARY KEY,
    name        text        NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    time_zone   text        NOT NULL,
    address     text        NOT NULL DEFAULT '' CHECK (length(address) <= 300),
    active      boolean     NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL
);

CREATE TABLE scheduling_location_hours (
    location_id uuid     NOT NULL REFERENCES scheduling_location (id),
    weekday     smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    opens       time     NOT NULL,
    closes      time     NOT NULL CHECK (closes > opens)
);

CREATE INDEX scheduling_location_hours_idx ON scheduling_location_hours (location_id);

CREATE TABLE scheduling_practitioner (
    id              uuid        PRIMARY KEY,
    user_id         uuid        UNIQUE,
    name            text        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    email           text        NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
    credentials     text        NOT NULL DEFAULT '' CHECK (length(credentials) <= 100),
    location_id     uuid        NOT NULL REFERENCES scheduling_location (id),
    active          boolean     NOT NULL DEFAULT true,
    feed_token_hash bytea       UNIQUE,
    created_at      timestamptz NOT NULL,
    version         integer     NOT NULL DEFAULT 0
);

CREATE TABLE scheduling_working_hours (
    practitioner_id uuid     NOT NULL REFERENCES scheduling_practitioner (id),
    weekday         smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    starts          time     NOT NULL,
    ends            time     NOT NULL CHECK (ends > starts)
);

CREATE INDEX scheduling_working_hours_idx ON scheduling_working_hours (practitioner_id);

CREATE TABLE scheduling_time_off (
    id              uuid        PRIMARY KEY,
    practitioner_id uuid        NOT NULL REFERENCES scheduling_practitioner (id),
    period          tstzrange   NOT NULL CHECK (NOT isempty(period)),
    reason          text        NOT NULL DEFAULT '' CHECK (length(reason) <= 200),
    created_at      timestamptz NOT NULL,
    withdrawn_at    timestamptz
);

CREATE INDEX scheduling_time_off_idx ON scheduling_time_off USING gist (practitioner_id, period);

CREATE TABLE scheduling_room (
    id          uuid    PRIMARY KEY,
    location_id uuid    NOT NULL REFERENCES scheduling_location (id),
    name        text    NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
    kind        text    NOT NULL CHECK (kind IN ('ROOM', 'TABLE', 'CHAIR')),
    active      boolean NOT NULL DEFAULT true
);

CREATE TABLE scheduling_service (
    id            uuid    PRIMARY KEY,
    name          text    NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    minutes       integer NOT NULL CHECK (minutes BETWEEN 5 AND 480),
    buffer_before integer NOT NULL DEFAULT 0 CHECK (buffer_before BETWEEN 0 AND 120),
    buffer_after  integer NOT NULL DEFAULT 0 CHECK (buffer_after BETWEEN 0 AND 120),
    price_cents   integer NOT NULL DEFAULT 0 CHECK (price_cents BETWEEN 0 AND 10000000),
    needs         text    CHECK (needs IN ('ROOM', 'TABLE', 'CHAIR')),
    online        boolean NOT NULL DEFAULT true,
    active        boolean NOT NULL DEFAULT true,
    position      integer NOT NULL DEFAULT 0
);

CREATE TABLE scheduling_service_practitioner (
    service_id      uuid NOT NULL REFERENCES scheduling_service (id),
    practitioner_id uuid NOT NULL REFERENCES scheduling_practitioner (id),
    PRIMARY KEY (service_id, practitioner_id)
);

CREATE TABLE scheduling_series (
    id              uuid        PRIMARY KEY,
    client_id       uuid        NOT NULL,
    practitioner_id uuid        NOT NULL REFERENCES scheduling_practitioner (id),
    rule            jsonb       NOT NULL,
    created_at      timestamptz NOT NULL,
    created_by      uuid
);

CREATE TABLE scheduling_appointment (
    id              uuid        PRIMARY KEY,
    practitioner_id uuid        NOT NULL REFERENCES scheduling_practitioner (id),
    client_id       uuid        NOT NULL,
    service_id      uuid        REFERENCES scheduling_service (id),
    room_id         uuid        REFERENCES scheduling_room (id),
    location_id     uuid        NOT NULL REFERENCES scheduling_location (id),
    starts_at       timestamptz NOT NULL,
    ends_at         timestamptz NOT NULL CHECK (ends_at > starts_at),
    -- the time the practitioner and the room are taken: the visit plus the service's buffers
    busy            tstzrange   NOT NULL CHECK (busy @> tstzrange(starts_at, ends_at)),
    status          text        NOT NULL CHECK (status IN ('BOOKED', 'ARRIVED', 'ATTENDED', 'CANCELLED', 'NO_SHOW')),
    override_reason text        CHECK (length(override_reason) BETWEEN 1 AND 300),
    series_id       uuid        REFERENCES scheduling_series (id),
    series_index    integer,
    source          text        NOT NULL CHECK (source IN ('STAFF', 'ONLINE', 'WAITLIST', 'API')),
    notes           text        NOT NULL DEFAULT '' CHECK (length(notes) <= 1000),
    cancel_reason   text        CHECK (length(cancel_reason) <= 300),
    cancelled_late  boolean,
    cancelled_at    timestamptz,
    created_at      timestamptz NOT NULL,
    created_by      uuid,
    updated_at      timestamptz NOT NULL,
    version         integer     NOT NULL DEFAULT 0,
    CONSTRAINT scheduling_practitioner_free EXCLUDE USING gist (practitioner_id WITH =, busy WITH &&)
        WHERE (status IN ('BOOKED', 'ARRIVED', 'ATTENDED') AND override_reason IS NULL),
    CONSTRAINT scheduling_room_free EXCLUDE USING gist (room_id WITH =, busy WITH &&)
        WHERE (room_id IS NOT NULL AND status IN ('BOOKED', 'ARRIVED', 'ATTENDED') AND override_reason IS NULL),
    CONSTRAINT scheduling_client_free EXCLUDE USING gist (client_id WITH =, tstzrange(starts_at, ends_at) WITH &&)
        WHERE (status IN ('BOOKED', 'ARRIVED', 'ATTENDED') AND override_reason IS NULL)
);

-- the constraints' own indexes are partial; reads over any status use these
CREATE INDEX scheduling_appointment_practitioner_idx ON scheduling_appointment USING gist (practitioner_id, busy);
CREATE INDEX scheduling_appointment_room_idx ON scheduling_appointment USING gist (room_id, busy) WHERE room_id IS NOT NULL;
CREATE INDEX scheduling_appointment_start_idx ON scheduling_appointment (starts_at);
CREATE INDEX scheduling_appointment_client_idx ON scheduling_appointment (client_id, starts_at);
CREATE INDEX scheduling_appointment_series_idx ON scheduling_appointment (series_id, series_index) WHERE series_id IS NOT NULL;

CREATE TABLE scheduling_waitlist (
    id              uuid        PRIMARY KEY,
    client_id       uuid        NOT NULL,
    service_id      uuid        NOT NULL REFERENCES scheduling_service (id),
    practitioner_id uuid        REFERENCES scheduling_practitioner (id),
    from_date       date        NOT NULL,
    to_date         date        NOT NULL CHECK (to_date >= from_date),
    day_part        text        NOT NULL CHECK (day_part IN ('ANY', 'MORNING', 'AFTERNOON', 'EVENING')),
    note            text        NOT NULL DEFAULT '' CHECK (length(note) <= 300),
    status          text        NOT NULL CHECK (status IN ('WAITING', 'BOOKED', 'WITHDRAWN')),
    appointment_id  uuid        REFERENCES scheduling_appointment (id),
    created_at      timestamptz NOT NULL,
    created_by      uuid
);

CREATE INDEX scheduling_waitlist_waiting_idx ON scheduling_waitlist (created_at) WHERE status = 'WAITING';

CREATE TABLE scheduling_offer (
    id              uuid        PRIMARY KEY,
    waitlist_id     uuid        NOT NULL REFERENCES scheduling_waitlist (id),
    practitioner_id uuid        NOT NULL REFERENCES scheduling_practitioner (id),
    room_id         uuid        REFERENCES scheduling_room (id),
    starts_at       timestamptz NOT NULL,
    offered_at      timestamptz NOT NULL,
    claimed_at      timestamptz,
    appointment_id  uuid        REFERENCES scheduling_appointment (id)
);

CREATE INDEX scheduling_offer_waitlist_idx ON scheduling_offer (waitlist_id);

-- Messages are written in the same transaction as the change they announce, then sent by a
-- scheduler: a restart neither loses one nor sends one twice (a sent row is marked in the
-- transaction that claimed it with FOR UPDATE SKIP LOCKED).
CREATE TABLE scheduling_outbox (
    id              uuid        PRIMARY KEY,
    kind            text        NOT NULL CHECK (kind IN ('CONFIRMATION', 'REMINDER', 'CHANGE', 'CANCELLATION', 'OFFER')),
    appointment_id  uuid        REFERENCES scheduling_appointment (id),
    offer_id        uuid        REFERENCES scheduling_offer (id),
    lead_minutes    integer,
    extra           text,
    base_url        text        NOT NULL,
    due_at          timestamptz NOT NULL,
    created_at      timestamptz NOT NULL,
    attempts        integer     NOT NULL DEFAULT 0,
    sent_at         timestamptz,
    dropped_at      timestamptz,
    dropped_why     text,
    CHECK (appointment_id IS NOT NULL OR offer_id IS NOT NULL)
);

CREATE INDEX scheduling_outbox_due_idx ON scheduling_outbox (due_at) WHERE sent_at IS NULL AND dropped_at IS NULL;
CREATE INDEX scheduling_outbox_appointment_idx ON scheduling_outbox (appointment_id) WHERE sent_at IS NULL AND dropped_at IS NULL;

-- the key that signs clients' links: 32 bytes from PostgreSQL's strong random source (gen_random_uuid)
INSERT INTO scheduling_settings (id, link_key)
VALUES (1, decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex'));
