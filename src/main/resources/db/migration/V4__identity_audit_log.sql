-- Append-only audit trail. Each event carries the hash of its predecessor, so a changed,
-- inserted or deleted row breaks the chain and `tonus audit verify` finds it. seq is assigned
-- under an advisory lock and has no gaps (unlike a sequence, which skips values after a crash).
CREATE TABLE identity_audit_event (
    seq            bigint      PRIMARY KEY,
    occurred_at    timestamptz NOT NULL,
    actor_id       uuid,
    actor_label    text        NOT NULL,
    action         text        NOT NULL,
    target_type    text,
    target_id      text,
    outcome        text        NOT NULL,
    remote_address text,
    detail         text,
    previous_hash  text        NOT NULL,
    hash           text        NOT NULL
);

CREATE INDEX identity_audit_event_occurred_idx ON identity_audit_event (occurred_at);
CREATE INDEX identity_audit_event_actor_idx ON identity_audit_event (actor_id, seq);
CREATE INDEX identity_audit_event_target_idx ON identity_audit_event (target_type, target_id);

-- The newest link, so deleting the last events is detected too.
CREATE TABLE identity_audit_head (
    id   smallint PRIMARY KEY CHECK (id = 1),
    seq  bigint   NOT NULL,
    hash text     NOT NULL
);

CREATE FUNCTION identity_audit_event_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit events are append-only';
END;
$$;

CREATE TRIGGER identity_audit_event_no_update BEFORE UPDATE OR DELETE ON identity_audit_event
    FOR EACH ROW EXECUTE FUNCTION identity_audit_event_immutable();
CREATE TRIGGER identity_audit_event_no_truncate BEFORE TRUNCATE ON identity_audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION identity_audit_event_immutable();
