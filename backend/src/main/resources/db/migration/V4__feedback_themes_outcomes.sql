-- Engagement activities: where feedback came from. Reach is counts only, never individuals.
CREATE TABLE engagement_activity (
    id                          uuid PRIMARY KEY,
    partnership_id              uuid NOT NULL REFERENCES partnership (id),
    kind                        text NOT NULL CHECK (kind IN ('WORKSHOP', 'WEBINAR', 'SURVEY', 'DROP_IN', 'MEETING', 'SOCIAL_MEDIA', 'OTHER')),
    meeting_id                  uuid REFERENCES meeting (id),
    title                       text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    held_on                     date NOT NULL,
    area                        text CHECK (length(area) <= 200),
    audience                    text CHECK (length(audience) <= 2000),
    reach_people                int CHECK (reach_people >= 0),
    reach_carers                int CHECK (reach_carers >= 0),
    reach_young_people          int CHECK (reach_young_people >= 0),
    reach_ethnic_minority       int CHECK (reach_ethnic_minority >= 0),
    reach_disability            int CHECK (reach_disability >= 0),
    version                     bigint NOT NULL DEFAULT 0,
    created_at                  timestamptz NOT NULL,
    updated_at                  timestamptz NOT NULL,
    CHECK (kind = 'MEETING' OR meeting_id IS NULL)
);
CREATE INDEX engagement_activity_partnership_idx ON engagement_activity (partnership_id, held_on);

-- A theme tree per organisation: focus areas hold ambitions, which hold themes. Themes are retired, never deleted.
CREATE TABLE theme (
    id               uuid PRIMARY KEY,
    organisation_id  uuid NOT NULL REFERENCES organisation (id),
    parent_id        uuid REFERENCES theme (id),
    kind             text NOT NULL CHECK (kind IN ('FOCUS_AREA', 'AMBITION', 'THEME')),
    name             text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    description      text CHECK (length(description) <= 4000),
    status           text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'RETIRED')),
    merged_into_id   uuid REFERENCES theme (id),
    version          bigint NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    CHECK (kind <> 'FOCUS_AREA' OR parent_id IS NULL),
    CHECK (merged_into_id IS NULL OR status = 'RETIRED'),
    CHECK (merged_into_id IS NULL OR merged_into_id <> id)
);
CREATE INDEX theme_organisation_idx ON theme (organisation_id, parent_id);

-- One thing people said. source_organisation_id is who recorded or sent it (a partner over the API, or staff).
CREATE TABLE feedback (
    id                      uuid PRIMARY KEY,
    partnership_id          uuid NOT NULL REFERENCES partnership (id),
    activity_id             uuid REFERENCES engagement_activity (id),
    source_organisation_id  uuid NOT NULL REFERENCES organisation (id),
    text                    text NOT NULL CHECK (length(text) BETWEEN 1 AND 10000),
    received_on             date NOT NULL,
    area                    text CHECK (length(area) <= 200),
    version                 bigint NOT NULL DEFAULT 0,
    created_at              timestamptz NOT NULL,
    updated_at              timestamptz NOT NULL
);
-- Lists filter by partnership and date.
CREATE INDEX feedback_partnership_received_idx ON feedback (partnership_id, received_on);
CREATE INDEX feedback_received_idx ON feedback (received_on);
CREATE INDEX feedback_activity_idx ON feedback (activity_id);

-- A tag. It also carries copies of its feedback's partnership, date, source and area (filled by the triggers below, so
-- the application writes only the two ids): the theme insight query then reads one index-only range of
-- feedback_theme_insight_idx instead of joining a million feedback rows (see bin/bench-insights, docs/benchmarks.md).
CREATE TABLE feedback_theme (
    feedback_id             uuid NOT NULL REFERENCES feedback (id) ON DELETE CASCADE,
    theme_id                uuid NOT NULL REFERENCES theme (id),
    partnership_id          uuid NOT NULL,
    received_on             date NOT NULL,
    source_organisation_id  uuid NOT NULL,
    area                    text,
    PRIMARY KEY (feedback_id, theme_id)
);
-- Theme filters and merges start from the theme.
CREATE INDEX feedback_theme_theme_idx ON feedback_theme (theme_id, feedback_id);
CREATE INDEX feedback_theme_insight_idx ON feedback_theme (partnership_id, received_on)
    INCLUDE (theme_id, source_organisation_id, area);

CREATE FUNCTION feedback_theme_copy_feedback() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT f.partnership_id, f.received_on, f.source_organisation_id, f.area
      INTO NEW.partnership_id, NEW.received_on, NEW.source_organisation_id, NEW.area
      FROM feedback f WHERE f.id = NEW.feedback_id;
    RETURN NEW;
END $$;
CREATE TRIGGER feedback_theme_copy_feedback BEFORE INSERT OR UPDATE OF feedback_id ON feedback_theme
    FOR EACH ROW EXECUTE FUNCTION feedback_theme_copy_feedback();

CREATE FUNCTION feedback_copy_to_tags() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE feedback_theme SET partnership_id = NEW.partnership_id, received_on = NEW.received_on,
           source_organisation_id = NEW.source_organisation_id, area = NEW.area
     WHERE feedback_id = NEW.id;
    RETURN NEW;
END $$;
CREATE TRIGGER feedback_copy_to_tags AFTER UPDATE OF partnership_id, received_on, source_organisation_id, area ON feedback
    FOR EACH ROW EXECUTE FUNCTION feedback_copy_to_tags();

-- Partner writes are idempotent: a retried request with the same key returns the stored response.
CREATE TABLE idempotency_record (
    caller         text NOT NULL CHECK (length(caller) <= 300),
    idem_key       text NOT NULL CHECK (length(idem_key) BETWEEN 1 AND 200),
    request_hash   text NOT NULL,
    status         int NOT NULL,
    response       text NOT NULL,
    location       text,
    created_at     timestamptz NOT NULL,
    CONSTRAINT idempotency_record_pk PRIMARY KEY (caller, idem_key)
);

-- "You said, we did".
CREATE TABLE outcome (
    id                           uuid PRIMARY KEY,
    partnership_id               uuid NOT NULL REFERENCES partnership (id),
    you_said                     text NOT NULL CHECK (length(you_said) BETWEEN 1 AND 4000),
    we_did                       text CHECK (length(we_did) <= 4000),
    -- A decision removed from its agenda item leaves the outcome standing (the link is cleared, not the outcome).
    decision_id                  uuid REFERENCES decision (id) ON DELETE SET NULL,
    responsible_organisation_id  uuid REFERENCES organisation (id),
    responsible_board_id         uuid REFERENCES board (id),
    status                       text NOT NULL CHECK (status IN ('UNDER_CONSIDERATION', 'IN_PROGRESS', 'DONE', 'NOT_POSSIBLE')),
    status_reason                text CHECK (length(status_reason) <= 4000),
    due_on                       date,
    completed_on                 date,
    published                    boolean NOT NULL DEFAULT false,
    published_at                 timestamptz,
    version                      bigint NOT NULL DEFAULT 0,
    created_at                   timestamptz NOT NULL,
    updated_at                   timestamptz NOT NULL,
    CHECK (status <> 'NOT_POSSIBLE' OR length(status_reason) > 0),
    CHECK (responsible_organisation_id IS NULL OR responsible_board_id IS NULL)
);
CREATE INDEX outcome_partnership_idx ON outcome (partnership_id, published, status);

CREATE TABLE outcome_theme (
    outcome_id  uuid NOT NULL REFERENCES outcome (id) ON DELETE CASCADE,
    theme_id    uuid NOT NULL REFERENCES theme (id),
    PRIMARY KEY (outcome_id, theme_id)
);
CREATE INDEX outcome_theme_theme_idx ON outcome_theme (theme_id);

CREATE TABLE outcome_feedback (
    outcome_id   uuid NOT NULL REFERENCES outcome (id) ON DELETE CASCADE,
    feedback_id  uuid NOT NULL REFERENCES feedback (id),
    PRIMARY KEY (outcome_id, feedback_id)
);

-- Status changes are evidence: appended, never rewritten.
CREATE TABLE outcome_status_change (
    id           uuid PRIMARY KEY,
    outcome_id   uuid NOT NULL REFERENCES outcome (id) ON DELETE CASCADE,
    from_status  text,
    to_status    text NOT NULL,
    reason       text CHECK (length(reason) <= 4000),
    changed_by   text NOT NULL,
    changed_at   timestamptz NOT NULL
);
CREATE INDEX outcome_status_change_outcome_idx ON outcome_status_change (outcome_id, changed_at);
