-- Organisations are the unit of data access: users and partner clients belong to one.
CREATE TABLE organisation (
    id          uuid PRIMARY KEY,
    code        text NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    kind        text NOT NULL CHECK (kind IN ('NHS_BODY', 'COUNCIL', 'VCSE', 'HEALTHWATCH', 'GP_PRACTICE', 'OTHER')),
    website     text,
    version     bigint NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL
);

-- People who take part. Personal data: the owning organisation is its data controller.
CREATE TABLE person (
    id                   uuid PRIMARY KEY,
    organisation_id      uuid NOT NULL REFERENCES organisation (id),
    display_name         text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
    affiliation          text,
    email                text,
    phone                text,
    accessibility_needs  text,
    consent_to_contact   boolean NOT NULL DEFAULT false,
    anonymised_at        timestamptz,
    version              bigint NOT NULL DEFAULT 0,
    created_at           timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL
);
CREATE INDEX person_organisation_name_idx ON person (organisation_id, lower(display_name));

CREATE TABLE board (
    id                     uuid PRIMARY KEY,
    owner_organisation_id  uuid NOT NULL REFERENCES organisation (id),
    name                   text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    description            text,
    statutory              boolean NOT NULL DEFAULT false,
    website                text,
    status                 text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'ARCHIVED')),
    version                bigint NOT NULL DEFAULT 0,
    created_at             timestamptz NOT NULL,
    updated_at             timestamptz NOT NULL
);
CREATE INDEX board_owner_idx ON board (owner_organisation_id);

CREATE TABLE board_organisation (
    board_id         uuid NOT NULL REFERENCES board (id) ON DELETE CASCADE,
    organisation_id  uuid NOT NULL REFERENCES organisation (id),
    PRIMARY KEY (board_id, organisation_id)
);
CREATE INDEX board_organisation_org_idx ON board_organisation (organisation_id);

CREATE TABLE partnership (
    id                     uuid PRIMARY KEY,
    owner_organisation_id  uuid NOT NULL REFERENCES organisation (id),
    parent_id              uuid REFERENCES partnership (id),
    name                   text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    description            text,
    terms_of_reference     text,
    website                text,
    status                 text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'ARCHIVED')),
    version                bigint NOT NULL DEFAULT 0,
    created_at             timestamptz NOT NULL,
    updated_at             timestamptz NOT NULL,
    CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX partnership_owner_idx ON partnership (owner_organisation_id);
CREATE INDEX partnership_parent_idx ON partnership (parent_id);
CREATE INDEX partnership_name_idx ON partnership (lower(name));

CREATE TABLE partnership_success_criterion (
    partnership_id  uuid NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    position        int NOT NULL,
    text            text NOT NULL,
    PRIMARY KEY (partnership_id, position)
);

-- Organisations that take part in a partnership (besides its owner): they can see it, not change it.
CREATE TABLE partnership_organisation (
    partnership_id   uuid NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    organisation_id  uuid NOT NULL REFERENCES organisation (id),
    PRIMARY KEY (partnership_id, organisation_id)
);
CREATE INDEX partnership_organisation_org_idx ON partnership_organisation (organisation_id);

CREATE TABLE partnership_board (
    partnership_id  uuid NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    board_id        uuid NOT NULL REFERENCES board (id),
    PRIMARY KEY (partnership_id, board_id)
);

CREATE TABLE partnership_member (
    id              uuid PRIMARY KEY,
    partnership_id  uuid NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    person_id       uuid NOT NULL REFERENCES person (id),
    role            text NOT NULL CHECK (role IN ('CHAIR', 'VICE_CHAIR', 'MEMBER', 'OFFICER')),
    title           text,
    started_on      date,
    ended_on        date,
    version         bigint NOT NULL DEFAULT 0,
    CHECK (ended_on IS NULL OR started_on IS NULL OR ended_on >= started_on)
);
CREATE INDEX partnership_member_partnership_idx ON partnership_member (partnership_id);
CREATE INDEX partnership_member_person_idx ON partnership_member (person_id);
