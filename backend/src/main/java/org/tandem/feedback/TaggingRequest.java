package org.tandem.feedback;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FeedbackTaggingRequest", description = "Add and remove themes on many feedback items at once. Give themes to add, "
        + "to remove, or both; a theme in both lists is refused.")
public record TaggingRequest(
        @NotEmpty @Size(max = FeedbackResource.MAX_TAGGING) @Schema(description = "Feedback of partnerships your organisation owns")
        List<@NotNull UUID> feedbackIds,
        @Size(max = 20) @Schema(description = "Active themes of your organisation's tree") Set<@NotNull UUID> addThemeIds,
        @Size(max = 20) Set<@NotNull UUID> removeThemeIds) {

    Set<UUID> adding() {
        return addThemeIds == null ? Set.of() : addThemeIds;
    }

    Set<UUID> removing() {
        return removeThemeIds == null ? Set.of() : removeThemeIds;
    }
}
