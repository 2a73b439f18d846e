package org.tandem.export;

import org.tandem.common.audit.Actor;

/**
 * The audit trail, for admins: every change to your organisation's records, with who made it as a pseudonym and the
 * names of the fields changed (their values stay in the trail, where personal data can be erased).
 */
final class AuditDataset {
    private static final String CHANGED_FIELDS = "(SELECT string_agg(k, ';' ORDER BY k) FROM jsonb_object_keys(e.changes::jsonb) k)";

    private AuditDataset() {}

    static Dataset auditTrail() {
        return Dataset.named("audit-trail")
                .about("Audit trail", "Every change to your organisation's records: when, by whom (a pseudonym), to what, "
                        + "in which request. Filtering by partnership gives the changes to its records since exports began.")
                .adminsOnly()
                .from("audit_entry e").visibleWhen("e.organisation_id = {org}")
                .partnershipFilter("e.id IN (SELECT pe.audit_entry_id FROM outbox_event pe WHERE pe.partnership_id = {partnership})")
                .dateFilter("e.occurred_at", FieldType.DATETIME, "when the change was made (occurredAt)")
                .updated("e.occurred_at").orderBy("e.id")
                .field(Field.integer("id", "e.id", "The entry's number: entries are numbered in the order they were written.").notNull().min(1))
                .field(Field.time("occurredAt", "e.occurred_at", "When the change was made.").notNull())
                .field(Field.oneOf("actorKind", "e.actor_kind", Actor.Kind.class, "A user, a partner system or Tandem itself.").notNull())
                .field(Field.pseudonym("actor", "e.actor_id", "Who made it.").notNull())
                .field(Field.text("entityType", "e.entity_type", "The kind of record changed (see the event catalogue).").notNull())
                .field(Field.id("entityId", "e.entity_id", "The record changed.").notNull())
                .field(Field.text("parentType", "e.parent_type", "The kind of record it is a part of."))
                .field(Field.id("parentId", "e.parent_id", "The record it is a part of."))
                .field(Field.text("action", "e.action", "created, updated, deleted or a transition's name.").notNull())
                .field(Field.text("changedFields", CHANGED_FIELDS, "The fields changed, separated by semicolons (fields holding "
                        + "personal data are not named)."))
                .field(Field.text("requestId", "e.request_id", "The request that made it (X-Request-ID).").notNull())
                .build();
    }
}
