-- A member's answer to a meeting of their partnership before it is held: attending or apologies. One per person per
-- meeting, changed in place; the register shows them beside who actually came.
CREATE TABLE meeting_response (
    id            uuid PRIMARY KEY,
    meeting_id    uuid NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    person_id     uuid NOT NULL REFERENCES person (id),
    response      text NOT NULL CHECK (response IN ('ATTENDING', 'APOLOGIES')),
    responded_at  timestamptz NOT NULL,
    version       bigint NOT NULL DEFAULT 0,
    CONSTRAINT meeting_response_person_uq UNIQUE (meeting_id, person_id)
);
CREATE INDEX meeting_response_person_idx ON meeting_response (person_id);
