package org.tandem.theme;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Theme", description = "A node of a theme tree; the list is flat, parentId builds the tree")
public record ThemeView(UUID id, UUID organisationId, @Schema(nullable = true) UUID parentId, ThemeKind kind, String name, @Schema(nullable = true) String description,
        ThemeStatus status, @Schema(description = "Set when this theme was merged into another", nullable = true) UUID mergedIntoId,
        @Schema(description = "Feedback items tagged with it") long feedbackCount, long version,
        @Schema(description = "What you may do to it now: EDIT, MERGE and RETIRE while it is active, for staff and admins "
                + "of the organisation whose tree it is; RETIRE only once it has no active children; empty for everyone else")
        List<ThemeAction> allowedActions) {
    static ThemeView of(Theme t, long feedbackCount, Set<ThemeAction> allowedActions) {
        return new ThemeView(t.id, t.organisationId, t.parentId, t.kind, t.name, t.description, t.status, t.mergedIntoId,
                feedbackCount, t.version, allowedActions.stream().sorted().toList());
    }
}
