-- The clinic this installation serves. One row; created by the one-time setup.
CREATE TABLE system_clinic (
    id          smallint    PRIMARY KEY CHECK (id = 1),
    name        text        NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    time_zone   text        NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL
);
