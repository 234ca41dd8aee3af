-- Spring Session JDBC, so several application nodes can share one PostgreSQL.
CREATE TABLE identity_http_session (
    primary_id            char(36)     NOT NULL,
    session_id            char(36)     NOT NULL,
    creation_time         bigint       NOT NULL,
    last_access_time      bigint       NOT NULL,
    max_inactive_interval integer      NOT NULL,
    expiry_time           bigint       NOT NULL,
    principal_name        varchar(100),
    CONSTRAINT identity_http_session_pk PRIMARY KEY (primary_id)
);

CREATE UNIQUE INDEX identity_http_session_ix1 ON identity_http_session (session_id);
CREATE INDEX identity_http_session_ix2 ON identity_http_session (expiry_time);
CREATE INDEX identity_http_session_ix3 ON identity_http_session (principal_name);

CREATE TABLE identity_http_session_attributes (
    session_primary_id char(36)     NOT NULL,
    attribute_name     varchar(200) NOT NULL,
    attribute_bytes    bytea        NOT NULL,
    CONSTRAINT identity_http_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT identity_http_session_attributes_fk FOREIGN KEY (session_primary_id)
        REFERENCES identity_http_session (primary_id) ON DELETE CASCADE
);
