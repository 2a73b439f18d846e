package org.tandem.privacy;

import java.util.Set;

/**
 * Who may read which personal data (../shared/DESIGN.md, "Who sees a person's name"; issue 9, item 4), as one
 * table. The test holds every output to it.
 */
final class PersonalDataRule {
    /** What kind of personal data a value is. */
    enum Kind {
        /** Names of people and their roles or titles as recorded: what circulated minutes show. */
        MINUTES,
        /** A name typed into the free text of a meeting that is not under the Chatham House rule. */
        OPEN_TEXT,
        /** A name in the text or presenter of a Chatham House meeting: its note takers only. */
        CHATHAM_TEXT,
        /** Contact details, access needs, consent to contact, the directory record. */
        CONTACT,
        /** The claimant's own claim: claimant name, lines, amounts, receipts. */
        OWN_CLAIM,
        /** Another person's claim. */
        OTHER_CLAIM,
        /** What only the person themself is shown (their own sign-in's link). */
        SELF,
        /** Published material: anyone. */
        PUBLIC,
        /** Personal data in a published view: nobody, whoever asks (the page is the same for everyone). */
        NOBODY
    }

    /** How the caller's organisation relates to the records: NONE for an anonymous caller. */
    enum Relation { OWN, PARTICIPATING, UNRELATED, NONE }

    /** The holding organisation's readers of names; claimant is a member linked to the claimant person. */
    private static final Set<String> OWN_NAMES = Set.of("admin", "staff", "finance", "member", "claimant");
    /** A participating organisation's finance users do not read names. */
    private static final Set<String> PARTICIPATING_NAMES = Set.of("admin", "staff", "member");
    private static final Set<String> NOTE_TAKERS = Set.of("admin", "staff");
    private static final Set<String> CONTACT = Set.of("admin", "staff");
    /** Admins hold every permission of staff, claims included. */
    private static final Set<String> OWN_CLAIM = Set.of("admin", "staff", "finance", "claimant");
    private static final Set<String> OTHER_CLAIM = Set.of("admin", "staff", "finance");

    private PersonalDataRule() {}

    static boolean allows(Kind kind, String role, Relation relation) {
        return switch (kind) {
            case PUBLIC -> true;
            case NOBODY -> false;
            case MINUTES, OPEN_TEXT -> relation == Relation.OWN && OWN_NAMES.contains(role)
                    || relation == Relation.PARTICIPATING && PARTICIPATING_NAMES.contains(role);
            case CHATHAM_TEXT -> relation == Relation.OWN && NOTE_TAKERS.contains(role);
            case CONTACT -> relation == Relation.OWN && CONTACT.contains(role);
            case OWN_CLAIM -> relation == Relation.OWN && OWN_CLAIM.contains(role);
            case OTHER_CLAIM -> relation == Relation.OWN && OTHER_CLAIM.contains(role);
            case SELF -> relation == Relation.OWN && role.equals("claimant");
        };
    }
}
