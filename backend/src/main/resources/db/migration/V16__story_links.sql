-- The story's links (issue 13, item 7).

-- An activity of any kind may name the meeting it belonged to (a workshop held at a meeting, a survey it launched),
-- not only one of kind MEETING. The meeting page lists the activities linked to it.
DO $$
DECLARE constraint_name text;
BEGIN
    SELECT conname INTO constraint_name FROM pg_constraint
     WHERE conrelid = 'engagement_activity'::regclass AND contype = 'c'
       AND pg_get_constraintdef(oid) LIKE '%MEETING%meeting_id IS NULL%';
    IF constraint_name IS NOT NULL THEN
        EXECUTE format('ALTER TABLE engagement_activity DROP CONSTRAINT %I', constraint_name);
    END IF;
END $$;
CREATE INDEX engagement_activity_meeting_idx ON engagement_activity (meeting_id) WHERE meeting_id IS NOT NULL;

-- The organisation feedback came from (e.g. a Healthwatch passing on what residents told it): registered, or only
-- named when it is not in the register. Not the source organisation, which is who recorded or sent it.
ALTER TABLE feedback
    ADD COLUMN origin_organisation_id   uuid REFERENCES organisation (id),
    ADD COLUMN origin_organisation_name text CHECK (length(origin_organisation_name) BETWEEN 1 AND 300),
    ADD CONSTRAINT feedback_origin_one_way CHECK (origin_organisation_id IS NULL OR origin_organisation_name IS NULL);
CREATE INDEX feedback_origin_organisation_idx ON feedback (origin_organisation_id) WHERE origin_organisation_id IS NOT NULL;

-- An outcome's responsible organisation need not be registered: it may be only named. One of the three, or none.
ALTER TABLE outcome
    ADD COLUMN responsible_organisation_name text CHECK (length(responsible_organisation_name) BETWEEN 1 AND 300),
    ADD CONSTRAINT outcome_one_responsible CHECK (num_nonnulls(responsible_organisation_id, responsible_organisation_name,
        responsible_board_id) <= 1);
-- The organisation page lists the outcomes it is responsible for; the meeting page those its decisions made.
CREATE INDEX outcome_responsible_organisation_idx ON outcome (responsible_organisation_id) WHERE responsible_organisation_id IS NOT NULL;
CREATE INDEX outcome_decision_idx ON outcome (decision_id) WHERE decision_id IS NOT NULL;
