-- A workshop's register names only some of the people who came: the rest are counted per category, and the
-- headcount shown everywhere is the named people who attended plus these counts.
ALTER TABLE meeting
    ADD COLUMN unnamed_lay_members   int NOT NULL DEFAULT 0 CHECK (unnamed_lay_members >= 0),
    ADD COLUMN unnamed_service_users int NOT NULL DEFAULT 0 CHECK (unnamed_service_users >= 0),
    ADD COLUMN unnamed_professionals int NOT NULL DEFAULT 0 CHECK (unnamed_professionals >= 0),
    ADD COLUMN unnamed_stakeholders  int NOT NULL DEFAULT 0 CHECK (unnamed_stakeholders >= 0);

-- Someone on the register may be named on the public page in a role ("Presenter for New Possibilities", an artist
-- credited for the visual recording), only with their consent: how it was given, when, and who recorded it.
ALTER TABLE attendance
    ADD COLUMN public_role             text CHECK (length(public_role) BETWEEN 1 AND 300),
    ADD COLUMN public_consent_method   text CHECK (public_consent_method IN ('IN_WRITING', 'EMAIL', 'VERBAL', 'ONLINE_FORM')),
    ADD COLUMN public_consent_at       timestamptz,
    ADD COLUMN public_consent_recorded_by text CHECK (length(public_consent_recorded_by) <= 300),
    ADD CONSTRAINT attendance_public_naming_complete CHECK (
        (public_role IS NULL) = (public_consent_method IS NULL)
        AND (public_role IS NULL) = (public_consent_at IS NULL)
        AND (public_role IS NULL) = (public_consent_recorded_by IS NULL));

-- Documents marked public appear with the meeting's published notes.
ALTER TABLE meeting_document ADD COLUMN shown_publicly boolean NOT NULL DEFAULT false;
