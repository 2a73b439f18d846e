package org.tandem.common.change;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A record whose changes are evidence. The change pipeline ({@link Changes}) takes its {@link #auditState()} before
 * and after each write; the fields that differ become the audit entry and the domain event.
 */
public interface Audited {
    /** What the trail and the events call this kind of record, e.g. "meeting", "agenda-item". */
    String auditType();

    UUID auditId();

    /** The record this one is a part of (a meeting for its agenda items, a claim for its lines), or null. */
    default AuditRef auditParent() {
        return null;
    }

    /** A record named by its audit type and id. */
    record AuditRef(String type, UUID id) {}

    /**
     * The partnership or board the record belongs to ({@code partnership} or {@code board} and its id), or null for
     * an organisation's own records (people, themes, organisations): consumers of its events (change feeds,
     * webhooks) show them, deletions too, only to the organisations that may see that body.
     */
    default AuditRef auditBody() {
        return null;
    }

    /** The organisation holding the record: its admins read the entry, and the event is theirs. */
    UUID auditOrganisationId();

    /**
     * The record's fields as the trail shows them: values are null, strings, numbers, booleans, ids, enums, instants,
     * dates, or lists and sets of these. Ids of related records, never their content.
     */
    Map<String, Object> auditState();

    /**
     * Fields of {@link #auditState()} holding a person's personal data (names, contacts, access needs, free text
     * about them, what they claim). They never reach events; in the trail they are encrypted with the key of
     * {@link #personalDataSubject()}, which anonymising that person destroys.
     */
    default Set<String> personalFields() {
        return Set.of();
    }

    /** The person whose personal data {@link #personalFields()} hold; null when they name no one in particular. */
    default UUID personalDataSubject() {
        return null;
    }
}
