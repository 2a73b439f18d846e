package org.tandem.common.paging;

import jakarta.ws.rs.QueryParam;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters every list accepts. */
public class PageParams {
    @QueryParam("page")
    @Parameter(description = "Zero-based page number", example = "0")
    public Integer page;

    @QueryParam("size")
    @Parameter(description = "Items per page, 1 to 200 (default 20)", example = "20")
    public Integer size;

    @QueryParam("sort")
    @Parameter(description = "Sort field, optionally followed by ',asc' or ',desc'. Each list documents its fields.",
            example = "name,asc")
    public String sort;

    public PageRequest toRequest(Map<String, String> sortableColumns, String defaultSort) {
        return PageRequest.of(page, size, sort, sortableColumns, defaultSort);
    }
}
