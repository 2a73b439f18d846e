-- What Tandem tells people. Each notification is derived from a domain event (or a reminder's date) once per
-- recipient: the unique key makes a second instance, or a replayed event, store nothing twice.
CREATE TABLE notification (
    id                   uuid PRIMARY KEY,
    -- "person:{id}" for a person, "email:{address}" for a contributor known only by an email address.
    recipient_key        text NOT NULL CHECK (length(recipient_key) BETWEEN 1 AND 400),
    recipient_person_id  uuid REFERENCES person (id),
    recipient_email      text CHECK (length(recipient_email) <= 320),
    organisation_id      uuid REFERENCES organisation (id),
    partnership_id       uuid REFERENCES partnership (id) ON DELETE SET NULL,
    kind                 text NOT NULL CHECK (length(kind) BETWEEN 1 AND 60),
    -- What it is about, e.g. "meeting:{id}:v3" or "action-due:{id}:2027-02-09": one notification per recipient per key.
    source_key           text NOT NULL CHECK (length(source_key) BETWEEN 1 AND 400),
    title                text NOT NULL CHECK (length(title) BETWEEN 1 AND 400),
    body                 text NOT NULL CHECK (length(body) <= 8000),
    link                 text CHECK (length(link) <= 2000),
    delivery             text NOT NULL CHECK (delivery IN ('NONE', 'IMMEDIATE', 'DIGEST')),
    mail_id              uuid,
    digest_id            uuid,
    read_at              timestamptz,
    created_at           timestamptz NOT NULL,
    CONSTRAINT notification_once UNIQUE (recipient_key, kind, source_key),
    CHECK ((recipient_person_id IS NULL) <> (recipient_email IS NULL))
);
CREATE INDEX notification_person_idx ON notification (recipient_person_id, created_at DESC);
CREATE INDEX notification_digest_due_idx ON notification (recipient_person_id) WHERE delivery = 'DIGEST' AND digest_id IS NULL;

-- A person's choices per kind; kinds they never chose keep the kind's default.
CREATE TABLE notification_settings (
    id               uuid PRIMARY KEY,
    person_id        uuid NOT NULL UNIQUE REFERENCES person (id),
    organisation_id  uuid NOT NULL REFERENCES organisation (id),
    choices     jsonb NOT NULL DEFAULT '{}'::jsonb,
    version     bigint NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL
);

-- Addresses that used the one-click unsubscribe link for a kind (or for everything: kind '*').
CREATE TABLE notification_suppression (
    recipient_key  text NOT NULL,
    kind           text NOT NULL,
    created_at     timestamptz NOT NULL,
    PRIMARY KEY (recipient_key, kind)
);

-- One daily digest per person and London date, whichever instance gets there first.
CREATE TABLE notification_digest (
    id           uuid PRIMARY KEY,
    person_id    uuid NOT NULL REFERENCES person (id),
    digest_date  date NOT NULL,
    mail_id      uuid,
    created_at   timestamptz NOT NULL,
    UNIQUE (person_id, digest_date)
);
