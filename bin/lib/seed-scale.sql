-- A region at real size, for benchmarks and load tests: an integrated care system with
-- :organisations organisations (the first, scale-icb-001, runs every partnership; five others take part in each),
-- :partnerships partnerships, :people lay members (250 a partnership, round robin), ten years of meetings
-- (:meetings_per_partnership each, held, with 8 agenda items, 2 decisions, 25 attendees, 5 actions, 3 documents),
-- 50 themes, and :feedback feedback items over 2016-2025 with 1.5 theme tags each. Partnership 1 holds exactly
-- 5,000 feedback items (the "page of 50 of a partnership with 5,000" of docs/benchmarks.md); the others share the rest.
-- Ids derive from row numbers (md5 of a label), so the benchmarks can name records without asking.
-- It writes the tables directly, with triggers off (the copies the triggers keep are written here), and no audit
-- entries or events: it is load, not evidence. Run on a migrated, otherwise empty database, as a superuser.
\set ON_ERROR_STOP on
SET session_replication_role = replica;
SET synchronous_commit = off;
BEGIN;

INSERT INTO organisation (id, code, name, kind, created_at, updated_at)
SELECT md5('scale-org-' || o)::uuid, 'scale-icb-' || lpad(o::text, 3, '0'),
       CASE WHEN o = 1 THEN 'Scale Integrated Care Board' ELSE 'Scale organisation ' || lpad(o::text, 3, '0') END,
       (ARRAY['NHS_BODY', 'COUNCIL', 'VCSE', 'HEALTHWATCH', 'GP_PRACTICE', 'OTHER'])[1 + o % 6], now(), now()
  FROM generate_series(1, :organisations) o;

INSERT INTO partnership (id, owner_organisation_id, name, description, status, created_at, updated_at)
SELECT md5('scale-partnership-' || p)::uuid, md5('scale-org-1')::uuid, 'Scale partnership ' || lpad(p::text, 2, '0'),
       'A partnership of the scale benchmark', 'ACTIVE', now(), now()
  FROM generate_series(1, :partnerships) p;

INSERT INTO partnership_organisation (partnership_id, organisation_id)
SELECT md5('scale-partnership-' || p)::uuid, md5('scale-org-' || (2 + ((p - 1) * 5 + k) % (:organisations - 1)))::uuid
  FROM generate_series(1, :partnerships) p, generate_series(0, 4) k;

INSERT INTO person (id, organisation_id, display_name, affiliation, email, consent_to_contact, created_at, updated_at)
SELECT md5('scale-person-' || n)::uuid, md5('scale-org-1')::uuid, 'Scale Person ' || lpad(n::text, 5, '0'),
       'Lay member', 'scale.person.' || n || '@example.org', true, now(), now()
  FROM generate_series(1, :people) n;

INSERT INTO partnership_member (id, partnership_id, person_id, role, title, started_on)
SELECT md5('scale-member-' || n)::uuid, md5('scale-partnership-' || (1 + (n - 1) % :partnerships))::uuid,
       md5('scale-person-' || n)::uuid, CASE WHEN n <= :partnerships THEN 'CHAIR' ELSE 'MEMBER' END, 'Lay member',
       date '2016-01-01'
  FROM generate_series(1, :people) n;

-- Meeting m of partnership p: m-th of :meetings_per_partnership spread over 2016-2025.
CREATE TEMP TABLE scale_meeting ON COMMIT DROP AS
SELECT p, m, md5('scale-meeting-' || p || '-' || m)::uuid AS id,
       timestamptz '2016-01-05 10:00+00' + ((m - 1) * (3650 / :meetings_per_partnership)) * interval '1 day' AS starts_at
  FROM generate_series(1, :partnerships) p, generate_series(1, :meetings_per_partnership) m;

INSERT INTO meeting (id, partnership_id, title, starts_at, ends_at, format, venue, status, summary, created_at, updated_at)
SELECT id, md5('scale-partnership-' || p)::uuid, 'Scale meeting ' || p || '/' || m, starts_at, starts_at + interval '2 hours',
       'IN_PERSON', 'Civic Centre, room ' || (1 + m % 9), 'HELD', 'The partnership met and agreed its priorities.', now(), now()
  FROM scale_meeting;

INSERT INTO agenda_item (id, meeting_id, position, kind, title, presenter, notes, created_at, updated_at)
SELECT md5('scale-agenda-' || s.p || '-' || s.m || '-' || i)::uuid, s.id, i,
       CASE i WHEN 1 THEN 'ARRIVALS' WHEN 5 THEN 'BREAK' WHEN 8 THEN 'ANY_OTHER_BUSINESS' ELSE 'ITEM' END,
       'Agenda item ' || i, 'Presenter ' || i, 'Notes of item ' || i || ': what was discussed and agreed.', now(), now()
  FROM scale_meeting s, generate_series(1, 8) i;

INSERT INTO decision (id, agenda_item_id, position, text)
SELECT md5('scale-decision-' || s.p || '-' || s.m || '-' || d)::uuid, md5('scale-agenda-' || s.p || '-' || s.m || '-' || (1 + d))::uuid,
       1, 'The partnership agreed point ' || d || '.'
  FROM scale_meeting s, generate_series(1, 2) d;

-- 25 of the partnership's 250 members attend each meeting.
INSERT INTO attendance (id, meeting_id, person_id, role_as_recorded, status, mode, position)
SELECT md5('scale-attendance-' || s.p || '-' || s.m || '-' || a)::uuid, s.id,
       md5('scale-person-' || (s.p + :partnerships * ((s.m * 25 + a) % (:people / :partnerships))))::uuid,
       'Lay member', CASE WHEN a % 10 = 0 THEN 'APOLOGIES' ELSE 'ATTENDED' END,
       CASE WHEN a % 10 = 0 THEN NULL ELSE 'IN_PERSON' END, a
  FROM scale_meeting s, generate_series(1, 25) a;

INSERT INTO meeting_action (id, meeting_id, description, owner_person_id, due_on, status, closed_at, created_at, updated_at)
SELECT md5('scale-action-' || s.p || '-' || s.m || '-' || k)::uuid, s.id, 'Follow up point ' || k,
       md5('scale-person-' || (s.p + :partnerships * k))::uuid, (s.starts_at + interval '28 days')::date,
       CASE WHEN k <= 3 THEN 'DONE' ELSE 'OPEN' END, CASE WHEN k <= 3 THEN s.starts_at + interval '20 days' END, now(), now()
  FROM scale_meeting s, generate_series(1, 5) k;

INSERT INTO meeting_document (id, meeting_id, position, title, url, kind)
SELECT md5('scale-document-' || s.p || '-' || s.m || '-' || k)::uuid, s.id, k, 'Paper ' || k,
       'https://documents.example.org/scale/' || s.p || '/' || s.m || '/' || k || '.pdf',
       (ARRAY['PAPER', 'SLIDES', 'MINUTES'])[k]
  FROM scale_meeting s, generate_series(1, 3) k;

INSERT INTO theme (id, organisation_id, kind, name, created_at, updated_at)
SELECT md5('scale-theme-' || t)::uuid, md5('scale-org-1')::uuid, 'THEME', 'Scale theme ' || lpad(t::text, 2, '0'), now(), now()
  FROM generate_series(1, 50) t;
COMMIT;

-- Feedback item g: partnership 1 for the first 5,000, then round robin over the others; a day of 2016-2025; one of
-- the five first organisations as its source; one of six areas.
BEGIN;
CREATE TEMP VIEW scale_feedback AS
SELECT g, md5('scale-feedback-' || g)::uuid AS id,
       md5('scale-partnership-' || CASE WHEN g <= 5000 OR :partnerships = 1 THEN 1 ELSE 2 + g % (:partnerships - 1) END)::uuid
         AS partnership_id,
       md5('scale-org-' || (1 + g % 5))::uuid AS source_organisation_id, date '2016-01-01' + (g % 3652)::int AS received_on,
       'Area ' || (g % 6) AS area
  FROM generate_series(1, :feedback) g;

INSERT INTO feedback (id, partnership_id, source_organisation_id, text, received_on, area, created_at, updated_at)
SELECT id, partnership_id, source_organisation_id, 'Feedback ' || g || ': the appointment letter came after the appointment.',
       received_on, area, now(), now()
  FROM scale_feedback;

INSERT INTO feedback_theme (feedback_id, theme_id, partnership_id, received_on, source_organisation_id, area)
SELECT f.id, md5('scale-theme-' || t)::uuid, f.partnership_id, f.received_on, f.source_organisation_id, f.area
  FROM scale_feedback f, LATERAL (SELECT 1 + f.g % 50 AS t UNION SELECT 1 + (f.g * 7 + 3) % 50 WHERE f.g % 2 = 1) tags;
COMMIT;

SET session_replication_role = origin;
VACUUM ANALYZE;
