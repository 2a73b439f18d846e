package org.tandem.common.security;

/**
 * What a caller may read about the people of a partnership or board: the one rule every output follows (JSON,
 * calendars, CSV, public views, and the exports to come). See "Who sees a person's name" in DESIGN.md.
 */
public enum PeopleAccess {
    /** Ids and counts only: analysts, partners, the public, and anyone the rule does not name. */
    NONE,
    /** Names and roles as recorded, as circulated minutes show them. */
    NAMES,
    /** Names, and also contact details, access needs and consent: the holding organisation's staff and admins. */
    CONTACTS;

    public boolean namesPeople() {
        return this != NONE;
    }
}
