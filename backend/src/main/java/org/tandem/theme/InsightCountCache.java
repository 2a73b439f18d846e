package org.tandem.theme;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The counts behind the theme insights, kept in memory under the generations of the partnerships they count (see
 * V17__insight_generations.sql): reused while no tag of those partnerships changed, counted again after any change, by
 * any instance. Counting a region's tags takes most of a second; a dashboard asks the same question again and again.
 * Only counts are kept (no names, no records), least recently used first out.
 */
@ApplicationScoped
class InsightCountCache {
    private static final int MAX_ENTRIES = 512;

    /** What was asked (the statement and its parameters) and the generations of the tags it counted. */
    private record Key(String statement, Map<String, Object> parameters, Map<UUID, Long> generations) {}

    private final Map<Key, List<Object[]>> entries = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, List<Object[]>> eldest) {
            return size() > MAX_ENTRIES;
        }
    });

    /**
     * The rows {@code count} returns for this statement and parameters over the tags of {@code partnerships}, counted
     * now or earlier at the same generations. The generations are read first: a change committed before the count
     * then makes the count newer than its key (a later reader counts again), never older.
     */
    List<Object[]> rows(String statement, Map<String, Object> parameters, Collection<UUID> partnerships,
            Supplier<List<Object[]>> count) {
        Key key = new Key(statement, Map.copyOf(parameters), generationsOf(partnerships));
        List<Object[]> cached = entries.get(key);
        if (cached != null) {
            return cached;
        }
        List<Object[]> rows = List.copyOf(count.get());
        entries.put(key, rows);
        return rows;
    }

    private static Map<UUID, Long> generationsOf(Collection<UUID> partnerships) {
        Map<UUID, Long> generations = new TreeMap<>();
        partnerships.forEach(id -> generations.put(id, 0L));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager()
                .createNativeQuery("select partnership_id, generation from insight_generation where partnership_id in (:partnerships)")
                .setParameter("partnerships", partnerships).getResultList();
        rows.forEach(row -> generations.put((UUID) row[0], ((Number) row[1]).longValue()));
        return generations;
    }
}
