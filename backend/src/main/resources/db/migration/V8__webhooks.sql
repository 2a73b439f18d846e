-- Webhooks: partner systems (and admins) of an organisation subscribe a URL to event types of the catalogue; each
-- domain event they may see becomes one delivery per subscription, sent and retried by any backend instance.
CREATE TABLE webhook_subscription (
    id              uuid        PRIMARY KEY,
    organisation_id uuid        NOT NULL REFERENCES organisation (id),
    url             text        NOT NULL CHECK (length(url) BETWEEN 1 AND 2000),
    description     text        CHECK (length(description) <= 500),
    event_types     text[]      NOT NULL CHECK (cardinality(event_types) BETWEEN 1 AND 100),
    -- The signing secret (whsec_ + base64): kept to sign, never answered after it is made.
    secret          text        NOT NULL,
    status          text        NOT NULL CHECK (status IN ('ACTIVE', 'DISABLED')),
    disabled_reason text        CHECK (length(disabled_reason) <= 1000),
    disabled_at     timestamptz,
    version         bigint      NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL
);
CREATE INDEX webhook_subscription_organisation_idx ON webhook_subscription (organisation_id);

CREATE TABLE webhook_delivery (
    id               uuid        PRIMARY KEY,
    subscription_id  uuid        NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    -- The domain event's id: the webhook-id header, the same on every attempt and replay (receivers de-duplicate on it).
    event_id         uuid        NOT NULL,
    event_type       text        NOT NULL,
    body             text        NOT NULL,
    status           text        NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         integer     NOT NULL DEFAULT 0,
    -- Retries go on until 24 hours after this (the first attempt, or the last replay).
    retrying_since   timestamptz NOT NULL,
    next_attempt_at  timestamptz,
    -- Claimed by an instance while it sends, so that no two send it at once; a lapsed lease is taken over.
    leased_until     timestamptz,
    last_attempt_at  timestamptz,
    last_status_code integer,
    last_duration_ms integer,
    last_error       text        CHECK (length(last_error) <= 500),
    delivered_at     timestamptz,
    version          bigint      NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    UNIQUE (subscription_id, event_id)
);
CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_log_idx ON webhook_delivery (subscription_id, created_at DESC, id);
