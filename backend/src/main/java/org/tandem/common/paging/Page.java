package org.tandem.common.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, with the totals a client needs to offer the other pages. */
public record Page<T>(
        @Schema(description = "The items on this page") List<T> items,
        @Schema(description = "Zero-based page number (0 when walking in order of change)", examples = "0") int page,
        @Schema(description = "Items per page", examples = "20") int size,
        @Schema(description = "Items across all pages (walking in order of change: on this page and those after it)",
                examples = "42") long totalItems,
        @Schema(description = "Number of pages (walking in order of change: this page and those after it)", examples = "3")
        int totalPages,
        @Schema(description = "Walking in order of change (updatedSince or after): the cursor of the next page, to send "
                + "as after; null on the last page and when paging by number", maxLength = Cursor.MAX_LENGTH,
                pattern = Cursor.PATTERN, nullable = true,
                examples = "MTcyMDAwMDAwMC4wMDAwMDAwMDB8NGU5YjNjMWEtMmYwZC00YzU1LTlhOGUtMGYxZDJjM2I0YTU5")
        String nextCursor) {

    public static <E, T> Page<T> of(List<E> rows, PageRequest request, long totalItems, Function<E, T> mapper) {
        int totalPages = (int) ((totalItems + request.size() - 1) / request.size());
        return new Page<>(rows.stream().map(mapper).toList(), request.page(), request.size(), totalItems, totalPages, null);
    }

    Page<T> continuedAt(String cursor) {
        return new Page<>(items, page, size, totalItems, totalPages, cursor);
    }
}
