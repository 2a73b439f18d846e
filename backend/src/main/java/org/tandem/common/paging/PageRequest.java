package org.tandem.common.paging;

import io.quarkus.panache.common.Sort;
import java.util.Map;
import org.tandem.common.problem.ProblemException;

/**
 * Page number, size and sort taken from query parameters. {@code sort} is {@code field} or
 * {@code field,desc}; each list names the fields it may be sorted by and maps them to columns.
 */
public record PageRequest(int page, int size, Sort sort) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public static PageRequest of(Integer page, Integer size, String sort, Map<String, String> sortableColumns,
            String defaultSort) {
        int pageNumber = page == null ? 0 : page;
        int pageSize = size == null ? DEFAULT_SIZE : size;
        if (pageNumber < 0) {
            throw ProblemException.invalid("page", "must be 0 or more");
        }
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            throw ProblemException.invalid("size", "must be between 1 and " + MAX_SIZE);
        }
        // The first row of the page is page * size, an int in JPA: beyond that there is no page to answer.
        if ((long) pageNumber * pageSize > Integer.MAX_VALUE) {
            throw ProblemException.invalid("page", "must be at most " + Integer.MAX_VALUE / pageSize + " with size " + pageSize);
        }
        return new PageRequest(pageNumber, pageSize, parseSort(sort == null || sort.isBlank() ? defaultSort : sort,
                sortableColumns));
    }

    private static Sort parseSort(String sort, Map<String, String> sortableColumns) {
        String[] parts = sort.split(",", -1);
        String column = sortableColumns.get(parts[0].trim());
        if (column == null || parts.length > 2) {
            throw ProblemException.invalid("sort", "must be one of " + sortableColumns.keySet()
                    + ", optionally followed by ',asc' or ',desc'");
        }
        String direction = parts.length == 2 ? parts[1].trim().toLowerCase() : "asc";
        Sort.Direction dir = switch (direction) {
            case "asc" -> Sort.Direction.Ascending;
            case "desc" -> Sort.Direction.Descending;
            default -> throw ProblemException.invalid("sort", "direction must be 'asc' or 'desc'");
        };
        // A unique tie-breaker keeps pages stable when many rows share the sort value. Columns come from the
        // whitelist above, never from the request, so expressions such as lower(name) need no escaping.
        return Sort.by(column, dir).and("id", Sort.Direction.Ascending).disableEscaping();
    }
}
