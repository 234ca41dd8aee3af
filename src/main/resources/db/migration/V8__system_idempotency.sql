-- Responses to API requests that carried an Idempotency-Key, stored in the same transaction as
-- the change they describe, so a retried request gets the first answer and changes nothing.
CREATE TABLE system_idempotent_request (
    principal     text        NOT NULL,
    key           text        NOT NULL CHECK (length(key) BETWEEN 1 AND 255),
    method        text        NOT NULL,
    path          text        NOT NULL,
    request_hash  text        NOT NULL,
    status        integer     NOT NULL,
    content_type  text,
    location      text,
    body          bytea       NOT NULL,
    created_at    timestamptz NOT NULL,
    PRIMARY KEY (principal, key)
);

CREATE INDEX system_idempotent_request_created_idx ON system_idempotent_request (created_at);
