package org.tandem.theme;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Theme", description = "A node of a theme tree; the list is flat, parentId builds the tree")
public record ThemeView(UUID id, UUID organisationId, UUID parentId, ThemeKind kind, String name, String description,
        ThemeStatus status, @Schema(description = "Set when this theme was merged into another") UUID mergedIntoId,
        @Schema(description = "Feedback items tagged with it") long feedbackCount, long version) {
    static ThemeView of(Theme t, long feedbackCount) {
        return new ThemeView(t.id, t.organisationId, t.parentId, t.kind, t.name, t.description, t.status, t.mergedIntoId,
                feedbackCount, t.version);
    }
}
