-- Reimbursement: dated policies per partnership, claims with lines and receipts, their lifecycle, budgets.
-- Money is integer pence throughout (GBP).

-- A policy applies from its start date until the next policy of the same partnership starts.
-- A claim keeps the policy it was made under (claim.policy_id), so a later policy never changes old claims.
CREATE TABLE reimbursement_policy (
    id                       uuid PRIMARY KEY,
    partnership_id           uuid NOT NULL REFERENCES partnership (id),
    effective_from           date NOT NULL,
    half_day_rate_pence      bigint CHECK (half_day_rate_pence BETWEEN 0 AND 1000000),
    full_day_rate_pence      bigint CHECK (full_day_rate_pence BETWEEN 0 AND 1000000),
    hourly_rate_pence        bigint CHECK (hourly_rate_pence BETWEEN 0 AND 1000000),
    mileage_rate_pence       bigint CHECK (mileage_rate_pence BETWEEN 0 AND 10000),
    receipt_threshold_pence  bigint NOT NULL CHECK (receipt_threshold_pence BETWEEN 0 AND 1000000),
    claim_deadline_days      int NOT NULL CHECK (claim_deadline_days BETWEEN 1 AND 3650),
    benefits_warning_pence   bigint CHECK (benefits_warning_pence BETWEEN 1 AND 100000000),
    notes                    text CHECK (length(notes) <= 4000),
    version                  bigint NOT NULL DEFAULT 0,
    created_at               timestamptz NOT NULL,
    updated_at               timestamptz NOT NULL,
    UNIQUE (partnership_id, effective_from)
);

CREATE TABLE reimbursement_policy_category (
    policy_id  uuid NOT NULL REFERENCES reimbursement_policy (id) ON DELETE CASCADE,
    category   text NOT NULL CHECK (category IN ('PUBLIC_TRANSPORT', 'MILEAGE', 'TAXI', 'PARKING', 'SUBSISTENCE',
                                                 'CARER_COVER', 'OTHER')),
    PRIMARY KEY (policy_id, category)
);

-- Which person a signed-in user (token subject) is, so that members claim for themselves and nobody approves
-- their own claim. Set by staff of the person's organisation.
CREATE TABLE claimant_account (
    person_id        uuid PRIMARY KEY REFERENCES person (id),
    organisation_id  uuid NOT NULL REFERENCES organisation (id),
    user_subject     text NOT NULL UNIQUE CHECK (length(user_subject) BETWEEN 1 AND 255),
    linked_by_name   text,
    linked_at        timestamptz NOT NULL
);

-- Human-friendly claim numbers for payment references ("C000042").
CREATE SEQUENCE claim_number_seq;

-- A person's claim for one meeting of a partnership run by the claim's organisation, which pays it.
CREATE TABLE claim (
    id                           uuid PRIMARY KEY,
    number                       bigint NOT NULL UNIQUE DEFAULT nextval('claim_number_seq'),
    organisation_id              uuid NOT NULL REFERENCES organisation (id),
    claimant_person_id           uuid NOT NULL REFERENCES person (id),
    meeting_id                   uuid NOT NULL REFERENCES meeting (id),
    -- The meeting's partnership (which never changes), kept here so budgets and exports filter on an index.
    partnership_id               uuid NOT NULL REFERENCES partnership (id),
    policy_id                    uuid NOT NULL REFERENCES reimbursement_policy (id),
    status                       text NOT NULL DEFAULT 'DRAFT'
                                 CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'PAID', 'WITHDRAWN')),
    decline_involvement_payment  boolean NOT NULL DEFAULT false,
    notes                        text CHECK (length(notes) <= 4000),
    created_by_subject           text NOT NULL,
    created_by_name              text,
    submitted_at                 timestamptz,
    late_reason                  text CHECK (length(late_reason) <= 2000),
    decided_at                   timestamptz,
    decided_by_name              text,
    rejection_reason             text CHECK (length(rejection_reason) <= 2000),
    budget_override_reason       text CHECK (length(budget_override_reason) <= 2000),
    paid_on                      date,
    payment_reference            text CHECK (length(payment_reference) <= 100),
    version                      bigint NOT NULL DEFAULT 0,
    created_at                   timestamptz NOT NULL,
    updated_at                   timestamptz NOT NULL,
    CHECK (status = 'DRAFT' OR submitted_at IS NOT NULL),
    CHECK ((status IN ('APPROVED', 'REJECTED', 'PAID')) = (decided_at IS NOT NULL)),
    CHECK ((status = 'REJECTED') = (rejection_reason IS NOT NULL)),
    CHECK ((status = 'PAID') = (paid_on IS NOT NULL AND payment_reference IS NOT NULL))
);
-- One live claim per person per meeting: a withdrawn or rejected claim may be made again.
CREATE UNIQUE INDEX claim_one_live_per_meeting_uq ON claim (claimant_person_id, meeting_id)
    WHERE status NOT IN ('WITHDRAWN', 'REJECTED');
CREATE INDEX claim_organisation_status_idx ON claim (organisation_id, status, submitted_at);
CREATE INDEX claim_partnership_status_idx ON claim (partnership_id, status);
CREATE INDEX claim_claimant_idx ON claim (claimant_person_id, status);
CREATE INDEX claim_meeting_idx ON claim (meeting_id);
CREATE INDEX claim_policy_idx ON claim (policy_id);

-- A line's amount is computed by the server from the claim's policy when the line is written, and kept.
CREATE TABLE claim_line (
    id               uuid PRIMARY KEY,
    claim_id         uuid NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    position         int NOT NULL CHECK (position >= 1),
    category         text NOT NULL CHECK (category IN ('INVOLVEMENT_PAYMENT', 'PUBLIC_TRANSPORT', 'MILEAGE', 'TAXI',
                                                       'PARKING', 'SUBSISTENCE', 'CARER_COVER', 'OTHER')),
    description      text CHECK (length(description) <= 500),
    reason           text CHECK (length(reason) <= 500),
    duration         text CHECK (duration IN ('HALF_DAY', 'FULL_DAY', 'HOURS')),
    -- Miles for mileage, hours for an hourly involvement payment.
    quantity         numeric(8, 2) CHECK (quantity > 0),
    unit_rate_pence  bigint CHECK (unit_rate_pence >= 0),
    amount_pence     bigint NOT NULL CHECK (amount_pence BETWEEN 0 AND 10000000),
    version          bigint NOT NULL DEFAULT 0,
    CHECK ((category = 'INVOLVEMENT_PAYMENT') = (duration IS NOT NULL)),
    CHECK ((quantity IS NOT NULL) = (category = 'MILEAGE' OR coalesce(duration = 'HOURS', false))),
    CHECK (category <> 'TAXI' OR reason IS NOT NULL),
    UNIQUE (claim_id, position)
);

CREATE TABLE claim_receipt (
    id                   uuid PRIMARY KEY,
    claim_line_id        uuid NOT NULL REFERENCES claim_line (id) ON DELETE CASCADE,
    filename             text NOT NULL CHECK (length(filename) BETWEEN 1 AND 200),
    content_type         text NOT NULL CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes           int NOT NULL CHECK (size_bytes BETWEEN 1 AND 5242880),
    sha256               text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    uploaded_by_subject  text NOT NULL,
    uploaded_at          timestamptz NOT NULL
);
CREATE INDEX claim_receipt_line_idx ON claim_receipt (claim_line_id);

-- The bytes apart from the metadata, so that listing receipts never loads files.
CREATE TABLE claim_receipt_content (
    receipt_id  uuid PRIMARY KEY REFERENCES claim_receipt (id) ON DELETE CASCADE,
    content     bytea NOT NULL
);

-- Every change of a claim's status, who made it and why. from_status is null for the claim's creation.
CREATE TABLE claim_transition (
    id             uuid PRIMARY KEY,
    claim_id       uuid NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    from_status    text,
    to_status      text NOT NULL,
    actor_subject  text NOT NULL,
    actor_name     text,
    at             timestamptz NOT NULL,
    reason         text CHECK (length(reason) <= 2000)
);
CREATE INDEX claim_transition_claim_idx ON claim_transition (claim_id, at);

-- Allocated money per partnership and financial year (1 April to 31 March, written 2024-25). What is committed,
-- paid and remaining is computed from the claims (claim_ledger), never stored.
CREATE TABLE budget (
    id               uuid PRIMARY KEY,
    partnership_id   uuid NOT NULL REFERENCES partnership (id),
    financial_year   text NOT NULL CHECK (financial_year ~ '^[0-9]{4}-[0-9]{2}$'
                         AND substr(financial_year, 6, 2)::int = (substr(financial_year, 1, 4)::int + 1) % 100),
    allocated_pence  bigint NOT NULL CHECK (allocated_pence BETWEEN 0 AND 100000000000),
    notes            text CHECK (length(notes) <= 4000),
    version          bigint NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    UNIQUE (partnership_id, financial_year)
);

-- Each claim with its totals and its meeting's date in Europe/London: the one place that sums claim lines, read by
-- budgets, per-person totals and the finance export. Grouping by the filtered columns lets filters reach the tables.
CREATE VIEW claim_ledger AS
SELECT c.id                                              AS claim_id,
       c.number                                          AS number,
       c.organisation_id                                 AS organisation_id,
       c.partnership_id                                  AS partnership_id,
       c.claimant_person_id                              AS claimant_person_id,
       c.policy_id                                       AS policy_id,
       c.status                                          AS status,
       c.decided_at                                      AS decided_at,
       c.paid_on                                         AS paid_on,
       c.version                                         AS version,
       (m.starts_at AT TIME ZONE 'Europe/London')::date  AS meeting_date,
       coalesce(sum(l.amount_pence) FILTER (WHERE l.category = 'INVOLVEMENT_PAYMENT'), 0)::bigint AS involvement_pence,
       coalesce(sum(l.amount_pence) FILTER (WHERE l.category <> 'INVOLVEMENT_PAYMENT'), 0)::bigint AS expenses_pence,
       coalesce(sum(l.amount_pence), 0)::bigint          AS total_pence
FROM claim c
JOIN meeting m ON m.id = c.meeting_id
LEFT JOIN claim_line l ON l.claim_id = c.id
GROUP BY c.id, c.number, c.organisation_id, c.partnership_id, c.claimant_person_id, c.policy_id, c.status,
         c.decided_at, c.paid_on, c.version, m.starts_at;
