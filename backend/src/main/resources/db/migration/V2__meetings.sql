-- A meeting is held by exactly one partnership or one board. Meetings are cancelled, never deleted.
CREATE TABLE meeting (
    id                  uuid PRIMARY KEY,
    partnership_id      uuid REFERENCES partnership (id),
    board_id            uuid REFERENCES board (id),
    title               text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    starts_at           timestamptz NOT NULL,
    ends_at             timestamptz,
    -- false: only the (Europe/London) date is known, the time is "TBC"; starts_at is then midnight of that date.
    time_confirmed      boolean NOT NULL DEFAULT true,
    format              text NOT NULL CHECK (format IN ('IN_PERSON', 'ONLINE', 'HYBRID')),
    venue               text CHECK (length(venue) <= 500),
    online_link         text CHECK (length(online_link) <= 2000),
    status              text NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED', 'HELD', 'CANCELLED')),
    cancellation_reason text CHECK (length(cancellation_reason) <= 2000),
    chatham_house       boolean NOT NULL DEFAULT false,
    summary             text CHECK (length(summary) <= 20000),
    version             bigint NOT NULL DEFAULT 0,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    CHECK ((partnership_id IS NULL) <> (board_id IS NULL)),
    CHECK (ends_at IS NULL OR ends_at > starts_at),
    CHECK (time_confirmed OR ends_at IS NULL),
    CHECK (status = 'CANCELLED' OR cancellation_reason IS NULL)
);
CREATE INDEX meeting_partnership_starts_idx ON meeting (partnership_id, starts_at);
CREATE INDEX meeting_board_starts_idx ON meeting (board_id, starts_at);
CREATE INDEX meeting_starts_idx ON meeting (starts_at);

-- Positions are unique per meeting, checked at commit so that a reorder can swap them within one transaction.
CREATE TABLE agenda_item (
    id             uuid PRIMARY KEY,
    meeting_id     uuid NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position       int NOT NULL CHECK (position >= 1),
    kind           text NOT NULL CHECK (kind IN ('ARRIVALS', 'ITEM', 'BREAK', 'ANY_OTHER_BUSINESS')),
    title          text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    planned_start  timestamptz,
    planned_end    timestamptz,
    presenter      text CHECK (length(presenter) <= 200),
    notes          text CHECK (length(notes) <= 20000),
    version        bigint NOT NULL DEFAULT 0,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    CHECK (planned_end IS NULL OR planned_start IS NULL OR planned_end >= planned_start),
    CONSTRAINT agenda_item_position_uq UNIQUE (meeting_id, position) DEFERRABLE INITIALLY DEFERRED
);

-- Decisions keep their ids while their item is edited, so outcomes can point at them.
CREATE TABLE decision (
    id              uuid PRIMARY KEY,
    agenda_item_id  uuid NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
    position        int NOT NULL CHECK (position >= 1),
    text            text NOT NULL CHECK (length(text) BETWEEN 1 AND 4000),
    CONSTRAINT decision_position_uq UNIQUE (agenda_item_id, position) DEFERRABLE INITIALLY DEFERRED
);

-- The register: one entry per person per meeting, in the order they were added.
CREATE TABLE attendance (
    id               uuid PRIMARY KEY,
    meeting_id       uuid NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    person_id        uuid NOT NULL REFERENCES person (id),
    role_as_recorded text CHECK (length(role_as_recorded) <= 300),
    status           text NOT NULL CHECK (status IN ('ATTENDED', 'APOLOGIES', 'ABSENT')),
    mode             text CHECK (mode IN ('IN_PERSON', 'ONLINE')),
    position         int NOT NULL DEFAULT 0,
    version          bigint NOT NULL DEFAULT 0,
    UNIQUE (meeting_id, person_id)
);
CREATE INDEX attendance_person_idx ON attendance (person_id);

-- Actions outlive their meeting: they are tracked across meetings until done or dropped, never deleted.
CREATE TABLE meeting_action (
    id               uuid PRIMARY KEY,
    meeting_id       uuid NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    agenda_item_id   uuid REFERENCES agenda_item (id) ON DELETE SET NULL,
    description      text NOT NULL CHECK (length(description) BETWEEN 1 AND 2000),
    owner_person_id  uuid REFERENCES person (id),
    due_on           date,
    status           text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'DONE', 'DROPPED')),
    closed_at        timestamptz,
    version          bigint NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    CHECK ((status = 'OPEN') = (closed_at IS NULL))
);
CREATE INDEX meeting_action_meeting_idx ON meeting_action (meeting_id);
CREATE INDEX meeting_action_status_due_idx ON meeting_action (status, due_on);
CREATE INDEX meeting_action_owner_idx ON meeting_action (owner_person_id);

CREATE TABLE meeting_document (
    id          uuid PRIMARY KEY,
    meeting_id  uuid NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position    int NOT NULL CHECK (position >= 1),
    title       text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    url         text NOT NULL CHECK (length(url) <= 2000),
    kind        text NOT NULL DEFAULT 'PAPER' CHECK (kind IN ('PAPER', 'SLIDES', 'VISUAL_RECORDING', 'MINUTES', 'OTHER')),
    CONSTRAINT meeting_document_position_uq UNIQUE (meeting_id, position) DEFERRABLE INITIALLY DEFERRED
);
