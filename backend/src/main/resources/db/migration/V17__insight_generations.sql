-- A generation number per partnership, raised by every statement that adds, changes or removes its theme tags
-- (feedback_theme, whose rows also follow their feedback's date, source and area, and theme merges). The theme
-- insights keep their counts in memory under the generations they were counted at: a count is reused only while no
-- tag of those partnerships changed. The number is read before the counts, so a change that commits in between can
-- only make a count newer than its key, never older. Statement-level, so a bulk tagging raises it once.
CREATE TABLE insight_generation (
    partnership_id uuid   PRIMARY KEY REFERENCES partnership (id) ON DELETE CASCADE,
    generation     bigint NOT NULL
);

CREATE FUNCTION insight_generation_raise() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO insight_generation (partnership_id, generation)
    SELECT DISTINCT partnership_id, 1 FROM changed_tags
    ORDER BY partnership_id -- the same lock order in every transaction: no deadlock between two bulk taggings
    ON CONFLICT (partnership_id) DO UPDATE SET generation = insight_generation.generation + 1;
    RETURN NULL;
END $$;

CREATE TRIGGER insight_generation_after_insert AFTER INSERT ON feedback_theme
    REFERENCING NEW TABLE AS changed_tags FOR EACH STATEMENT EXECUTE FUNCTION insight_generation_raise();
CREATE TRIGGER insight_generation_after_delete AFTER DELETE ON feedback_theme
    REFERENCING OLD TABLE AS changed_tags FOR EACH STATEMENT EXECUTE FUNCTION insight_generation_raise();
-- An update may move tags from one partnership to another: both are raised.
CREATE TRIGGER insight_generation_after_update_old AFTER UPDATE ON feedback_theme
    REFERENCING OLD TABLE AS changed_tags FOR EACH STATEMENT EXECUTE FUNCTION insight_generation_raise();
CREATE TRIGGER insight_generation_after_update_new AFTER UPDATE ON feedback_theme
    REFERENCING NEW TABLE AS changed_tags FOR EACH STATEMENT EXECUTE FUNCTION insight_generation_raise();
