-- Failed sign-ins per e-mail address and per remote address, shared by all nodes.
CREATE TABLE identity_sign_in_throttle (
    throttle_key  text        PRIMARY KEY,
    failures      integer     NOT NULL,
    last_failure  timestamptz NOT NULL,
    blocked_until timestamptz
);
