package org.tandem.common.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.tandem.common.persistence.Filter;
import org.tandem.common.persistence.TimestampedEntity;
import org.tandem.common.problem.ProblemException;
import org.tandem.common.web.QueryValues;

/**
 * A list request of a list partners sync: pages by number and sort as every list ({@link PageParams}), or, with
 * {@code updatedSince} or {@code after}, a walk in order of change keyset-paged on (updatedAt, id), so that items
 * changing during the walk are neither skipped nor seen twice before they change.
 */
public final class ListRequest {
    private final PageRequest pageRequest;
    private final Instant updatedSince;
    private final Cursor after;
    private final String alias;

    private ListRequest(PageRequest pageRequest, Instant updatedSince, Cursor after, String alias) {
        this.pageRequest = pageRequest;
        this.updatedSince = updatedSince;
        this.after = after;
        this.alias = alias;
    }

    /** {@code alias} is the entity's alias in the query with its dot ("f."), or "" when the query has none. */
    public static ListRequest of(PageParams paging, ChangeParams changes, Map<String, String> sortableColumns,
            String defaultSort, String alias) {
        Instant since = QueryValues.instant(changes.updatedSince, ChangeParams.UPDATED_SINCE);
        Cursor cursor = blank(changes.after) ? null : Cursor.decode(changes.after, ChangeParams.AFTER);
        if (since == null && cursor == null) {
            return new ListRequest(paging.toRequest(sortableColumns, defaultSort), null, null, alias);
        }
        String by = cursor != null ? ChangeParams.AFTER : ChangeParams.UPDATED_SINCE;
        if (paging.page != null) {
            throw ProblemException.invalid("page", "cannot be combined with " + by + ": a walk in order of change goes on "
                    + "with after=nextCursor");
        }
        if (!blank(paging.sort)) {
            throw ProblemException.invalid("sort", "cannot be combined with " + by + ": a walk is in order of change "
                    + "(updatedAt, then id)");
        }
        PageRequest request = PageRequest.of(null, paging.size, null, Map.of("updatedAt", alias + "updatedAt"), "updatedAt");
        return new ListRequest(request, since, cursor, alias);
    }

    private boolean walksByChange() {
        return updatedSince != null || after != null;
    }

    /** Adds the change conditions to the list's filter. */
    public Filter applyTo(Filter filter) {
        filter.and(alias + "updatedAt >= :updatedSince", "updatedSince", updatedSince);
        if (after != null) {
            filter.and("(" + alias + "updatedAt > :afterAt or (" + alias + "updatedAt = :afterAt and " + alias + "id > :afterId))")
                    .bind("afterAt", after.updatedAt()).bind("afterId", after.id());
        }
        return filter;
    }

    public Sort sort() {
        return pageRequest.sort();
    }

    /**
     * The page of the query (built with {@link #applyTo} and {@link #sort}). Walking by change, the page is 0 and
     * the totals count this page and those after it; one row more than the page is read to know whether one follows.
     */
    public <E extends TimestampedEntity, T> Page<T> page(PanacheQuery<E> query, Function<List<E>, Function<E, T>> views) {
        if (!walksByChange()) {
            List<E> rows = query.page(pageRequest.page(), pageRequest.size()).list();
            return Page.of(rows, pageRequest, query.count(), views.apply(rows));
        }
        int size = pageRequest.size();
        List<E> read = query.range(0, size).list();
        List<E> rows = read.size() > size ? read.subList(0, size) : read;
        String next = read.size() > size ? new Cursor(rows.getLast().updatedAt, rows.getLast().id).encode() : null;
        return Page.of(rows, pageRequest, query.count(), views.apply(rows)).continuedAt(next);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
