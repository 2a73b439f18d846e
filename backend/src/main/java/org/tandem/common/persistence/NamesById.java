package org.tandem.common.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.query.NativeQuery;

/**
 * Names of records by id, for views that show what they refer to, in one statement with the ids as one array
 * parameter. Not an HQL {@code id in ?1}: Hibernate translates a query with a list parameter afresh on every run,
 * and these names are read on nearly every view (a meeting's register, a page of feedback and its themes).
 */
public final class NamesById {
    private NamesById() {}

    /** The {@code name} column of the rows of {@code entity}'s {@code table} with these ids (a missing id is left out). */
    public static Map<UUID, String> read(Class<?> entity, String table, String name, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        // Flushes pending changes to that entity only, as an HQL query on it would, not the whole session.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager()
                .createNativeQuery("SELECT id, " + name + " FROM " + table + " WHERE id = ANY(?1)")
                .unwrap(NativeQuery.class)
                .addSynchronizedEntityClass(entity)
                .setParameter(1, ids.toArray(UUID[]::new))
                .getResultList();
        return rows.stream().collect(Collectors.toMap(row -> (UUID) row[0], row -> (String) row[1]));
    }
}
