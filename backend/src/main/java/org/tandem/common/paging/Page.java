package org.tandem.common.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, with the totals a client needs to offer the other pages. */
public record Page<T>(
        @Schema(description = "The items on this page") List<T> items,
        @Schema(description = "Zero-based page number", examples = "0") int page,
        @Schema(description = "Items per page", examples = "20") int size,
        @Schema(description = "Items across all pages", examples = "42") long totalItems,
        @Schema(description = "Number of pages", examples = "3") int totalPages) {

    public static <E, T> Page<T> of(List<E> rows, PageRequest request, long totalItems, Function<E, T> mapper) {
        int totalPages = (int) ((totalItems + request.size() - 1) / request.size());
        return new Page<>(rows.stream().map(mapper).toList(), request.page(), request.size(), totalItems, totalPages);
    }
}
