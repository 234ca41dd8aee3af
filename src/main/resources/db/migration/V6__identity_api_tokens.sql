-- Personal API tokens. Only a SHA-256 of the token is stored; the token is shown once.
CREATE TABLE identity_api_token (
    id           uuid        PRIMARY KEY,
    user_id      uuid        NOT NULL REFERENCES identity_user (id),
    name         text        NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
    token_hash   bytea       NOT NULL UNIQUE,
    hint         text        NOT NULL,
    created_at   timestamptz NOT NULL,
    last_used_at timestamptz,
    revoked_at   timestamptz
);

CREATE INDEX identity_api_token_user_idx ON identity_api_token (user_id);
