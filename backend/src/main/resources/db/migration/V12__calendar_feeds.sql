-- Calendar subscriptions: a person's signed, revocable feed of a partnership's or board's meetings, fetched by
-- calendar programs without a bearer token. Only the SHA-256 of the feed's token is kept; the token itself is
-- shown once, when the feed is made. Each fetch reads the meetings as the owner's stored roles and organisation
-- may read them now.
CREATE TABLE calendar_feed (
    id                uuid        PRIMARY KEY,
    token_hash        bytea       NOT NULL UNIQUE CHECK (length(token_hash) = 32),
    owner_subject     text        NOT NULL CHECK (length(owner_subject) BETWEEN 1 AND 255),
    organisation_id   uuid        NOT NULL REFERENCES organisation (id),
    organisation_code text        NOT NULL CHECK (length(organisation_code) BETWEEN 1 AND 100),
    owner_roles       text[]      NOT NULL CHECK (cardinality(owner_roles) BETWEEN 1 AND 20),
    -- No foreign keys to the partnership or board: deleting one must not be blocked by someone's feed (which then
    -- answers 404).
    partnership_id    uuid,
    board_id          uuid,
    revoked_at        timestamptz,
    version           bigint      NOT NULL DEFAULT 0,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    CHECK ((partnership_id IS NULL) <> (board_id IS NULL))
);
-- "My calendar subscriptions" lists a person's feeds that are not revoked.
CREATE INDEX calendar_feed_owner_idx ON calendar_feed (owner_subject, created_at) WHERE revoked_at IS NULL;
