-- A held meeting's notes may be published: they then appear on the partnership's public page,
-- without names of the people linked to the meeting (see PublishedNotes).
ALTER TABLE meeting ADD COLUMN notes_published_at timestamptz;

CREATE INDEX meeting_published_notes_idx ON meeting (partnership_id, starts_at DESC) WHERE notes_published_at IS NOT NULL;
