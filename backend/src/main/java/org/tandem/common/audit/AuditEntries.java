package org.tandem.common.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.tandem.common.web.LondonTime;

/** Entries as their readers see them: actor names as now known, personal values decrypted while their key exists. */
final class AuditEntries {
    private static final TypeReference<Map<String, List<Object>>> CHANGES = new TypeReference<>() {};

    private final Map<String, String> actorNames = new HashMap<>();
    private final Map<UUID, byte[]> keys = new HashMap<>();

    /** Loads what a page of entries needs in two queries. */
    AuditEntries(Collection<AuditEntry> entries) {
        List<String> actors = entries.stream().map(e -> e.actorId).distinct().toList();
        List<UUID> subjects = entries.stream().map(e -> e.subjectPersonId).filter(Objects::nonNull).distinct().toList();
        if (!actors.isEmpty()) {
            AuditActorName.<AuditActorName>list("actorId in ?1", actors).forEach(a -> actorNames.put(a.actorId, a.name));
        }
        if (!subjects.isEmpty()) {
            AuditSubjectKey.<AuditSubjectKey>list("personId in ?1", subjects).forEach(k -> keys.put(k.personId, k.secret));
        }
    }

    AuditEntryView view(AuditEntry e) {
        String actor = actorNames.getOrDefault(e.actorId, e.actorId);
        List<AuditEntryView.FieldChangeView> changes = new ArrayList<>();
        parse(e.changes).forEach((field, pair) -> changes.add(new AuditEntryView.FieldChangeView(field, pair.get(0), pair.get(1), false, false)));
        personal(e).ifPresentOrElse(
                values -> values.forEach((field, pair) -> changes.add(new AuditEntryView.FieldChangeView(field, pair.get(0), pair.get(1), true, false))),
                () -> changes.add(new AuditEntryView.FieldChangeView("personalData", null, null, true, true)));
        changes.sort((a, b) -> a.field().compareTo(b.field()));
        return new AuditEntryView(e.seq, LondonTime.of(e.occurredAt), new AuditEntryView.AuditActorView(e.actorKind, actor),
                e.requestId, e.entityType, e.entityId, e.parentType, e.parentId, e.action, summary(actor, e), changes, e.hash,
                e.prevHash);
    }

    /** Empty when the entry's personal values were erased with their person's key. */
    private Optional<Map<String, List<Object>>> personal(AuditEntry e) {
        if (e.personalChanges == null) {
            return Optional.of(Map.of());
        }
        if (e.subjectPersonId == null) {
            return Optional.of(parse(e.personalChanges));
        }
        byte[] key = keys.get(e.subjectPersonId);
        return key == null ? Optional.empty() : SubjectKeys.decrypt(key, e.subjectPersonId, e.personalChanges).map(AuditEntries::parse);
    }

    static String summary(String actor, AuditEntry e) {
        return actor + ": " + words(e.entityType) + " " + words(e.action);
    }

    private static String words(String name) {
        return name.replace('-', ' ');
    }

    private static Map<String, List<Object>> parse(String json) {
        try {
            return CanonicalJson.MAPPER.readValue(json, CHANGES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an audit entry holds changes that are not JSON", e);
        }
    }
}
