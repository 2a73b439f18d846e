-- Who gave a feedback item, when they may be told what became of it ("you said, we did"): a person of the directory,
-- or just an email address. An address is only kept with their consent to be contacted; a person may be recorded
-- without it (they are then never contacted about it). Anonymising the person clears both (ContributorErasure).
ALTER TABLE feedback
    ADD COLUMN contributor_person_id    uuid REFERENCES person (id),
    ADD COLUMN contributor_email        text CHECK (length(contributor_email) BETWEEN 3 AND 320),
    ADD COLUMN contributor_consented_at timestamptz,
    ADD CONSTRAINT feedback_contributor_email_needs_consent
        CHECK (contributor_email IS NULL OR contributor_consented_at IS NOT NULL),
    ADD CONSTRAINT feedback_contributor_consent_of_someone
        CHECK (contributor_consented_at IS NULL OR contributor_person_id IS NOT NULL OR contributor_email IS NOT NULL);

-- Erasure finds a person's feedback; the "you said, we did" update finds the contributors of an outcome's feedback.
CREATE INDEX feedback_contributor_person_idx ON feedback (contributor_person_id) WHERE contributor_person_id IS NOT NULL;
CREATE INDEX feedback_contributor_email_idx ON feedback (lower(contributor_email)) WHERE contributor_email IS NOT NULL;
