package org.tandem.theme;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ThemeTreeCounts", description = "Feedback received in a period per theme, rolled up the theme tree")
public record ThemeTreeCounts(
        @Schema(description = "First day counted; null: from the first feedback", nullable = true) LocalDate from,
        @Schema(description = "Last day counted; null: up to the latest feedback", nullable = true) LocalDate to,
        @Schema(description = "Feedback items of the period tagged with any theme (each once)", examples = "57") long taggedFeedback,
        @Schema(description = "The themes with feedback in the period and every theme above them, in tree order: each parent "
                + "before its children, siblings by name") List<Node> themes) {

    @Schema(name = "ThemeTreeNode")
    public record Node(UUID themeId, @Schema(nullable = true) UUID parentId, String name, ThemeKind kind, ThemeStatus status,
            @Schema(description = "0 for a top of the tree") int depth,
            @Schema(description = "Feedback tagged with this theme itself", examples = "4") long count,
            @Schema(description = "Feedback tagged with this theme or any below it, each item once however many of them it is "
                    + "tagged with", examples = "11") long countWithDescendants) {}
}
