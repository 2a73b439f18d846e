package org.tandem.common.change;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.tandem.common.audit.Actor;
import org.tandem.common.audit.AuditTrail;
import org.tandem.common.events.Outbox;
import org.tandem.common.ids.RandomUuids;
import org.tandem.common.persistence.VersionedEntity;
import org.tandem.common.security.CurrentUser;
import org.tandem.common.web.RequestId;

/**
 * The last steps of every write: after the record is loaded in the caller's scope, its version checked and its
 * intention method called, tell this what happened. When the transaction commits, after Hibernate's flush, each
 * changed record gets one audit entry (the fields that changed, before and after) and one domain event in the
 * outbox, in that same transaction: no change without its evidence, and no evidence of a change that rolled back.
 *
 * <pre>
 * Versions.check(meeting.version, body.version(), ifMatch);
 * changes.updating(meeting, "cancelled");   // before the change: takes the "before" state
 * meeting.cancel(reason);
 * </pre>
 */
@ApplicationScoped
public class Changes {
    public static final String CREATED = "created";
    public static final String UPDATED = "updated";
    public static final String DELETED = "deleted";

    private final EntityManager entityManager;
    private final TransactionSynchronizationRegistry transactions;

    Changes(EntityManager entityManager, TransactionSynchronizationRegistry transactions) {
        this.entityManager = entityManager;
        this.transactions = transactions;
    }

    /** A record just persisted; its state at commit is recorded. */
    public void created(Audited record) {
        track(record, CREATED, Map.of(), false);
    }

    /** A record about to be edited; call before changing it. */
    public void updating(Audited record) {
        updating(record, UPDATED);
    }

    /** A record about to go through an intention method, named by {@code action} ("cancelled", "approved"). */
    public void updating(Audited record, String action) {
        track(record, action, ChangeValues.plainState(record.auditState()), false);
    }

    /** A record about to be deleted; call before deleting it. */
    public void deleting(Audited record) {
        track(record, DELETED, ChangeValues.plainState(record.auditState()), true);
    }

    /**
     * Erases the person's personal data from the trail when this transaction commits, after its own entries are
     * written (so the entry recording the anonymisation cannot keep what it erased). {@code actorIds} are the
     * accounts through which the person acted, whose names the trail shows.
     */
    public void erasePersonalData(UUID personId, List<String> actorIds) {
        pending().erasures.put(personId, List.copyOf(actorIds));
    }

    private void track(Audited record, String action, Map<String, Object> before, boolean deleted) {
        Pending pending = pending();
        String key = record.auditType() + "/" + record.auditId();
        Tracked earlier = pending.records.get(key);
        if (earlier == null) {
            pending.records.put(key, new Tracked(record, action, before, deleted, record.auditOrganisationId(),
                    record.auditBody()));
        } else if (deleted) {
            // Changed, then deleted, in one request: one entry, a deletion from the first "before".
            pending.records.put(key, earlier.asDeletion());
        }
        // Changed twice in one request: one entry, from the first "before", named by the first action.
    }

    private Pending pending() {
        Object existing = transactions.getResource(Pending.class);
        if (existing != null) {
            return (Pending) existing;
        }
        Pending pending = new Pending(actor(), requestId());
        transactions.putResource(Pending.class, pending);
        entityManager.unwrap(SharedSessionContractImplementor.class).getTransactionCompletionCallbacks()
                .registerCallback((TransactionCompletionCallbacks.BeforeCompletionCallback) session -> pending.write(session));
        return pending;
    }

    /** Who is making the current request's changes (Tandem itself outside a request). */
    public static Actor actor() {
        if (!Arc.container().requestContext().isActive()) {
            return Actor.SYSTEM;
        }
        CurrentUser user = Arc.container().instance(CurrentUser.class).get();
        String id = user.subject();
        if (id == null) {
            return Actor.SYSTEM;
        }
        if (user.isPartnerClient()) {
            String organisation = user.organisationCode();
            return new Actor(Actor.Kind.PARTNER_CLIENT, id, "Partner system " + user.clientId()
                    + (organisation == null ? "" : " (" + organisation + ")"));
        }
        return new Actor(Actor.Kind.USER, id, user.displayName());
    }

    /** The current request's id (X-Request-ID), or a made-up one outside a request. */
    public static String requestId() {
        if (!Arc.container().requestContext().isActive()) {
            return "system-" + RandomUuids.next();
        }
        String id = Arc.container().instance(RequestId.class).get().value();
        return id != null ? id : "internal-" + RandomUuids.next();
    }

    private record Tracked(Audited record, String action, Map<String, Object> before, boolean deleted, UUID organisationId,
            Audited.AuditRef body) {
        Tracked asDeletion() {
            return new Tracked(record, DELETED, before, true, organisationId, body);
        }
    }

    private static UUID bodyId(Audited.AuditRef body, String type) {
        return body != null && body.type().equals(type) ? body.id() : null;
    }

    /** The changes of one transaction, written just before it commits. */
    private static final class Pending {
        private final Actor actor;
        private final String requestId;
        private final Map<String, Tracked> records = new LinkedHashMap<>();
        private final Map<UUID, List<String>> erasures = new LinkedHashMap<>();

        Pending(Actor actor, String requestId) {
            this.actor = actor;
            this.requestId = requestId;
        }

        void write(SharedSessionContractImplementor session) {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            List<AuditTrail.NewEntry> entries = new ArrayList<>();
            List<Tracked> recorded = new ArrayList<>();
            List<Map<String, Object>> states = new ArrayList<>();
            for (Tracked tracked : records.values()) {
                Map<String, Object> after = tracked.deleted ? Map.of() : ChangeValues.plainState(tracked.record.auditState());
                Map<String, List<Object>> changed = ChangeValues.differences(tracked.before, after);
                if (changed.isEmpty()) {
                    continue; // saved as it was: nothing changed, nothing to record
                }
                Set<String> personal = tracked.record.personalFields();
                Audited.AuditRef parent = tracked.record.auditParent();
                entries.add(new AuditTrail.NewEntry(now, actor, tracked.organisationId, requestId, tracked.record.auditType(),
                        tracked.record.auditId(), parent == null ? null : parent.type(), parent == null ? null : parent.id(),
                        tracked.action, ChangeValues.only(changed, personal, false),
                        tracked.record.personalDataSubject(), ChangeValues.only(changed, personal, true)));
                recorded.add(tracked);
                states.add(tracked.deleted ? null : ChangeValues.only(after, personal, false));
            }
            ((Session) session).doWork(connection -> {
                List<Long> entryIds = AuditTrail.append(connection, entries);
                List<Outbox.NewEvent> events = new ArrayList<>();
                for (int i = 0; i < recorded.size(); i++) {
                    Tracked tracked = recorded.get(i);
                    Audited.AuditRef body = tracked.body;
                    events.add(new Outbox.NewEvent(tracked.record.auditType() + "." + tracked.action, tracked.record.auditType(),
                            tracked.record.auditId(), tracked.organisationId, bodyId(body, "partnership"), bodyId(body, "board"),
                            now, requestId, entryIds.get(i), payload(tracked, entries.get(i), states.get(i))));
                }
                Outbox.append(connection, events);
                for (Map.Entry<UUID, List<String>> erasure : erasures.entrySet()) {
                    AuditTrail.erase(connection, erasure.getKey(), erasure.getValue());
                }
            });
        }

        private static Map<String, Object> payload(Tracked tracked, AuditTrail.NewEntry entry, Map<String, Object> state) {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("entityType", tracked.record.auditType());
            payload.put("entityId", tracked.record.auditId().toString());
            payload.put("organisationId", tracked.organisationId == null ? null : tracked.organisationId.toString());
            Audited.AuditRef parent = tracked.record.auditParent();
            payload.put("parent", parent == null ? null : Map.of("entityType", parent.type(), "entityId", parent.id().toString()));
            payload.put("action", tracked.action);
            payload.put("version", tracked.record instanceof VersionedEntity versioned && !tracked.deleted ? versioned.version : null);
            List<String> fields = new ArrayList<>(entry.changes().keySet());
            fields.addAll(entry.personalChanges().keySet());
            fields.sort(null);
            payload.put("changedFields", fields);
            payload.put("state", state);
            return payload;
        }
    }
}
