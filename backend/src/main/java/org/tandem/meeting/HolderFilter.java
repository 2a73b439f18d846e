package org.tandem.meeting;

import org.tandem.common.web.QueryValues;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.tandem.common.persistence.Filter;

/** Filters that pick meetings (or what came from them) by the partnership or board holding them. */
public abstract class HolderFilter {
    @QueryParam("partnershipId")
    @Parameter(description = "Only meetings of this partnership, or what came from them",
            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    public String partnershipId;

    @QueryParam("boardId")
    @Parameter(description = "Only meetings of this board, or what came from them",
            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    public String boardId;

    /** @param meeting the path from the listed entity to its meeting: "" for meetings, "meeting." for actions */
    Filter byHolder(Filter filter, String meeting) {
        return filter
                .and(meeting + "partnershipId = :partnershipId", "partnershipId", QueryValues.uuid(partnershipId, "partnershipId"))
                .and(meeting + "boardId = :boardId", "boardId", QueryValues.uuid(boardId, "boardId"));
    }
}
