CREATE TABLE identity_user (
    id                  uuid        PRIMARY KEY,
    email               text        NOT NULL CHECK (length(email) <= 254),
    display_name        text        NOT NULL CHECK (length(display_name) BETWEEN 1 AND 100),
    password_hash       text        NOT NULL,
    roles               text[]      NOT NULL CHECK (roles <@ ARRAY['OWNER', 'THERAPIST', 'FRONT_DESK', 'BILLING', 'CLIENT']
                                                    AND cardinality(roles) > 0),
    active              boolean     NOT NULL DEFAULT true,
    deactivated_at      timestamptz,
    deactivation_reason text,
    totp_secret         text,
    totp_enabled_at     timestamptz,
    password_changed_at timestamptz NOT NULL,
    created_at          timestamptz NOT NULL,
    created_by          uuid,
    updated_at          timestamptz NOT NULL,
    updated_by          uuid,
    version             integer     NOT NULL DEFAULT 0
);

CREATE UNIQUE INDEX identity_user_email_uk ON identity_user (lower(email));

-- Clinic-wide sign-in rules, changed by the owner. One row.
CREATE TABLE identity_security_policy (
    id                          smallint    PRIMARY KEY CHECK (id = 1),
    two_factor_required_for_staff boolean   NOT NULL DEFAULT false,
    idle_timeout_minutes        integer     NOT NULL DEFAULT 15 CHECK (idle_timeout_minutes BETWEEN 2 AND 30),
    updated_at                  timestamptz NOT NULL,
    updated_by                  uuid
);
