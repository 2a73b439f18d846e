package org.tandem.feedback;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.common.web.LondonTime;

@Schema(name = "Feedback")
public record FeedbackView(UUID id, UUID partnershipId, @Schema(nullable = true) UUID activityId, UUID sourceOrganisationId, String text,
        LocalDate receivedOn, @Schema(nullable = true) String area, List<ThemeRef> themes, OffsetDateTime createdAt, long version) {

    @Schema(name = "FeedbackTheme")
    public record ThemeRef(UUID id, String name) {}

    static FeedbackView of(Feedback f, Map<UUID, String> themeNames) {
        List<ThemeRef> themes = f.themeIds.stream().map(id -> new ThemeRef(id, themeNames.get(id)))
                .sorted(Comparator.comparing(ThemeRef::name, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        return new FeedbackView(f.id, f.partnershipId, f.activityId, f.sourceOrganisationId, f.text, f.receivedOn, f.area,
                themes, LondonTime.of(f.createdAt), f.version);
    }
}
