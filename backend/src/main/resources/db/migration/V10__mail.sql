-- Mail to people: queued in the transaction of the change that causes it (one row per dedup key), sent through SMTP
-- and retried by any backend instance. Recipients' addresses, names and bodies are erased when they are anonymised.
CREATE TABLE mail_message (
    id              uuid        PRIMARY KEY,
    to_address      text        NOT NULL CHECK (length(to_address) <= 320),
    to_name         text        CHECK (length(to_name) <= 200),
    kind            text        NOT NULL CHECK (length(kind) BETWEEN 1 AND 100),
    subject         text        NOT NULL CHECK (length(subject) <= 998),
    body_text       text,
    body_html       text,
    unsubscribe_url text        CHECK (length(unsubscribe_url) <= 2000),
    dedup_key       text        NOT NULL UNIQUE CHECK (length(dedup_key) BETWEEN 1 AND 500),
    -- The people (and so the organisations) the address belonged to when it was queued: whose admins read the row,
    -- and whose anonymisation erases it.
    person_ids      uuid[]      NOT NULL DEFAULT '{}',
    organisation_ids uuid[]     NOT NULL DEFAULT '{}',
    status          text        NOT NULL CHECK (status IN ('QUEUED', 'SENDING', 'SENT', 'FAILED')),
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz,
    -- Claimed by an instance while it sends, so that no two send it at once; a lapsed lease is taken over.
    leased_until    timestamptz,
    last_error      text        CHECK (length(last_error) <= 500),
    sent_at         timestamptz,
    version         bigint      NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL
);
-- The send queue: due mail, and mail whose sender stopped before it was sent (its lease lapsed).
CREATE INDEX mail_message_due_idx ON mail_message (next_attempt_at) WHERE status IN ('QUEUED', 'SENDING');
CREATE INDEX mail_message_log_idx ON mail_message (created_at DESC, id);
CREATE INDEX mail_message_organisations_idx ON mail_message USING gin (organisation_ids);
CREATE INDEX mail_message_people_idx ON mail_message USING gin (person_ids);

CREATE TABLE mail_attachment (
    mail_id      uuid    NOT NULL REFERENCES mail_message (id) ON DELETE CASCADE,
    position     integer NOT NULL CHECK (position >= 0),
    filename     text    NOT NULL CHECK (length(filename) BETWEEN 1 AND 255),
    content_type text    NOT NULL CHECK (length(content_type) BETWEEN 1 AND 255),
    content      bytea   NOT NULL,
    PRIMARY KEY (mail_id, position)
);
