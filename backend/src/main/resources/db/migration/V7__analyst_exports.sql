-- Analysts' exports: change feeds read the outbox in commit order, every dataset can say what changed since a
-- time, and people appear only as pseudonyms keyed by a secret of each organisation.

-- The outbox in commit order. seq is handed out when a row is written, not when its transaction commits, so a
-- reader going by seq alone can pass over a row whose transaction commits late. Events are read in (tx_id, seq)
-- order and only from transactions older than every one still running (pg_snapshot_xmin): what a reader has
-- passed can no longer change.
ALTER TABLE outbox_event ADD COLUMN tx_id xid8 NOT NULL DEFAULT pg_current_xact_id();
-- The partnership or board the record belongs to, so that consumers show an event (a deletion too) only to the
-- organisations that may see that body.
ALTER TABLE outbox_event ADD COLUMN partnership_id uuid;
ALTER TABLE outbox_event ADD COLUMN board_id uuid;
CREATE INDEX outbox_event_feed_idx ON outbox_event (entity_type, tx_id, seq);

-- Parts that had no time of their own: when each row last changed, for updatedSince.
CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END $$;

ALTER TABLE attendance ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
CREATE TRIGGER attendance_touch BEFORE UPDATE ON attendance FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
ALTER TABLE decision ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
CREATE TRIGGER decision_touch BEFORE UPDATE ON decision FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
ALTER TABLE feedback_theme ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
CREATE TRIGGER feedback_theme_touch BEFORE UPDATE ON feedback_theme FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- Exports filter on when records last changed.
CREATE INDEX feedback_updated_idx ON feedback (updated_at);

-- Each organisation's secret for pseudonymous person ids: HMAC-SHA256(secret, person id). Stable within the
-- organisation, different between organisations, and not reversible without the secret, which never leaves here.
CREATE TABLE export_pseudonym_key (
    organisation_id uuid        PRIMARY KEY REFERENCES organisation (id),
    secret          bytea       NOT NULL CHECK (length(secret) = 32),
    created_at      timestamptz NOT NULL DEFAULT now()
);
