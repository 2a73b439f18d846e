package org.tandem.common.paging;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters of a list that partners keep in sync: what changed since a time, walked with a cursor. */
public class ChangeParams {
    static final String UPDATED_SINCE = "updatedSince";
    static final String AFTER = "after";

    @QueryParam(UPDATED_SINCE)
    @Parameter(description = "Only items changed (created or updated) at or after this instant (ISO-8601 with an offset). "
            + "With updatedSince or after the list is walked in order of change (updatedAt, then id, ascending) and each "
            + "page but the last gives nextCursor and a Link rel=\"next\"; page and sort may not be given then (400). "
            + "To walk every item, start from updatedSince=1970-01-01T00:00:00Z.",
            example = "2024-07-01T00:00:00Z", schema = @Schema(format = "date-time", maxLength = 40))
    public String updatedSince;

    @QueryParam(AFTER)
    @Parameter(description = "The cursor of the page before (its nextCursor, also in its Link rel=\"next\"): the items after "
            + "it in order of change. Opaque; keep the other parameters as they were. An item changed during a walk "
            + "moves to its end, so it is seen again there, and none is skipped.",
            schema = @Schema(maxLength = Cursor.MAX_LENGTH, pattern = Cursor.PATTERN), example = "MTcyMDAwMDAwMC4wMDAwMDAwMDB8NGU5YjNjMWEtMmYwZC00YzU1LTlhOGUtMGYxZDJjM2I0YTU5")
    public String after;
}
