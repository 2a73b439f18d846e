-- Every change is evidence: an append-only, hash-chained audit trail and a transactional outbox of domain events,
-- both written in the transaction of the change they record (see org.tandem.common.change).

-- Entries are written with the change, without a lock, so that writes do not queue behind one another; the
-- sealer (AuditSealer) then chains them, a batch at a time, as it finds them committed (audit_seal).
CREATE TABLE audit_entry (
    id                bigserial   PRIMARY KEY,
    occurred_at       timestamptz NOT NULL,
    actor_kind        text        NOT NULL CHECK (actor_kind IN ('USER', 'PARTNER_CLIENT', 'SYSTEM')),
    actor_id          text        NOT NULL,
    organisation_id   uuid,
    request_id        text        NOT NULL,
    entity_type       text        NOT NULL,
    entity_id         uuid        NOT NULL,
    -- The record it belongs to, when it is a part of one (an agenda item of a meeting, a line of a claim).
    parent_type       text,
    parent_id         uuid,
    action            text        NOT NULL,
    -- Canonical JSON {"field": [before, after]} of the changed fields that are not personal data.
    changes           text        NOT NULL,
    -- The person whose personal data personal_changes holds, encrypted with that person's key (audit_subject_key):
    -- destroying the key erases them without touching the entry, so the chain still verifies.
    subject_person_id uuid,
    personal_changes  text
);

CREATE INDEX audit_entry_organisation_idx ON audit_entry (organisation_id, id DESC);
CREATE INDEX audit_entry_entity_idx ON audit_entry (entity_type, entity_id, id DESC);
CREATE INDEX audit_entry_parent_idx ON audit_entry (parent_type, parent_id, id DESC) WHERE parent_id IS NOT NULL;
CREATE INDEX audit_entry_request_idx ON audit_entry (request_id);

-- Entries written but not sealed yet: the sealer's queue (filled by the trigger below, emptied as it seals).
CREATE TABLE audit_unsealed (
    entry_id bigint PRIMARY KEY REFERENCES audit_entry (id)
);

CREATE FUNCTION audit_entry_queue_for_seal() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO audit_unsealed (entry_id) VALUES (NEW.id);
    RETURN NEW;
END $$;

CREATE TRIGGER audit_entry_queue AFTER INSERT ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_queue_for_seal();

-- The chain: each seal's hash covers its entry's content and the hash of the seal before it.
CREATE TABLE audit_seal (
    seq       bigint      PRIMARY KEY CHECK (seq > 0),
    entry_id  bigint      NOT NULL UNIQUE REFERENCES audit_entry (id),
    sealed_at timestamptz NOT NULL,
    prev_hash text        NOT NULL CHECK (prev_hash ~ '^[0-9a-f]{64}$'),
    hash      text        NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$')
);

-- The trail is append-only: the database refuses to change or remove an entry or a seal, whoever asks.
CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_seal_no_update BEFORE UPDATE OR DELETE ON audit_seal
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_seal_no_truncate BEFORE TRUNCATE ON audit_seal
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

-- A seal joins the chain only at its end, linked to the seal before it.
CREATE FUNCTION audit_seal_check_link() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    last audit_seal%ROWTYPE;
BEGIN
    SELECT * INTO last FROM audit_seal ORDER BY seq DESC LIMIT 1;
    IF NOT FOUND THEN
        IF NEW.seq <> 1 OR NEW.prev_hash <> repeat('0', 64) THEN
            RAISE EXCEPTION 'the first audit seal must have seq 1 and the zero hash before it';
        END IF;
    ELSIF NEW.seq <> last.seq + 1 OR NEW.prev_hash <> last.hash THEN
        RAISE EXCEPTION 'audit seal % does not follow seal % in the chain', NEW.seq, last.seq;
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER audit_seal_link BEFORE INSERT ON audit_seal
    FOR EACH ROW EXECUTE FUNCTION audit_seal_check_link();

REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry, audit_seal FROM PUBLIC;

-- Who an actor id is, for people to read. Outside the hashed content: a name can be erased.
CREATE TABLE audit_actor (
    actor_id   text        PRIMARY KEY,
    name       text        NOT NULL,
    updated_at timestamptz NOT NULL
);

-- One key per person whose personal data the trail holds; deleted when the person is anonymised.
CREATE TABLE audit_subject_key (
    person_id  uuid        PRIMARY KEY,
    secret     bytea       NOT NULL,
    created_at timestamptz NOT NULL
);

-- Domain events, written with the change; dispatchers claim them with FOR UPDATE SKIP LOCKED.
CREATE TABLE outbox_event (
    seq             bigserial   PRIMARY KEY,
    id              uuid        NOT NULL UNIQUE,
    type            text        NOT NULL,
    entity_type     text        NOT NULL,
    entity_id       uuid        NOT NULL,
    organisation_id uuid,
    occurred_at     timestamptz NOT NULL,
    request_id      text        NOT NULL,
    audit_entry_id  bigint      NOT NULL REFERENCES audit_entry (id),
    payload         jsonb       NOT NULL,
    dispatched_at   timestamptz,
    attempts        integer     NOT NULL DEFAULT 0
);

CREATE INDEX outbox_event_pending_idx ON outbox_event (seq) WHERE dispatched_at IS NULL;
CREATE INDEX outbox_event_request_idx ON outbox_event (request_id);
