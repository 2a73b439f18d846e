-- A directory at real size for the browser tests, on top of the demo data: 1,000 people in the
-- Lewisham ICB organisation, 300 (held) meetings of Lewisham People's Partnership on the 300 days
-- before today, and 500 claims waiting for finance (claim n is Seeded Person n's, claim 500 for
-- meeting 300). Past 200 of anything, a chooser or list that does not search or page loses rows.
-- Plain SQL with ids derived from the row's number, so running it twice changes nothing.
-- It writes the tables directly (no audit entries or events): it is test data, not evidence.
\set ON_ERROR_STOP on
BEGIN;

CREATE TEMP TABLE seed_context ON COMMIT DROP AS
SELECT o.id AS organisation_id, p.id AS partnership_id,
       (SELECT rp.id FROM reimbursement_policy rp WHERE rp.partnership_id = p.id
         ORDER BY rp.effective_from DESC LIMIT 1) AS policy_id
  FROM organisation o
  JOIN partnership p ON p.owner_organisation_id = o.id AND p.name = 'Lewisham People''s Partnership'
 WHERE o.code = 'sel-icb-lewisham';

DO $$
BEGIN
  IF (SELECT count(*) FROM seed_context WHERE policy_id IS NOT NULL) <> 1 THEN
    RAISE EXCEPTION 'seed-directory: the demo data (sel-icb-lewisham, Lewisham People''s Partnership, its policy) is not loaded';
  END IF;
END $$;

INSERT INTO person (id, organisation_id, display_name, affiliation, created_at, updated_at)
SELECT md5('seed-person-' || n)::uuid, c.organisation_id, 'Seeded Person ' || lpad(n::text, 4, '0'),
       'Seeded directory', now(), now()
  FROM seed_context c, generate_series(1, 1000) AS n
ON CONFLICT (id) DO NOTHING;

INSERT INTO meeting (id, partnership_id, title, starts_at, ends_at, format, venue, status, created_at, updated_at)
SELECT md5('seed-meeting-' || n)::uuid, c.partnership_id, 'Seeded meeting ' || lpad(n::text, 3, '0'),
       (current_date - (301 - n)) + time '10:00', (current_date - (301 - n)) + time '12:00',
       'IN_PERSON', 'Laurence House, Catford', 'HELD', now(), now()
  FROM seed_context c, generate_series(1, 300) AS n
ON CONFLICT (id) DO NOTHING;

INSERT INTO claim (id, organisation_id, claimant_person_id, meeting_id, partnership_id, policy_id, status,
                   created_by_subject, created_by_name, submitted_at, created_at, updated_at)
SELECT md5('seed-claim-' || n)::uuid, c.organisation_id, md5('seed-person-' || n)::uuid,
       md5('seed-meeting-' || (300 - (500 - n) % 300))::uuid, c.partnership_id, c.policy_id, 'SUBMITTED',
       'seed-directory', 'Seeded directory', now() - (500 - n) * interval '1 minute', now(), now()
  FROM seed_context c, generate_series(1, 500) AS n
ON CONFLICT (id) DO NOTHING;

INSERT INTO claim_line (id, claim_id, position, category, duration, amount_pence)
SELECT md5('seed-claim-line-' || n)::uuid, md5('seed-claim-' || n)::uuid, 1, 'INVOLVEMENT_PAYMENT', 'HALF_DAY', 7500
  FROM generate_series(1, 500) AS n
ON CONFLICT (id) DO NOTHING;

COMMIT;
