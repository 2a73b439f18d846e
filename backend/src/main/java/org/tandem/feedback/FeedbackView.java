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
        LocalDate receivedOn, @Schema(nullable = true) String area,
        @Schema(nullable = true, description = "The registered organisation it came from") UUID originOrganisationId,
        @Schema(nullable = true, description = "Or the name given for the organisation it came from, when it is not registered")
        String originOrganisationName,
        List<ThemeRef> themes,
        @Schema(nullable = true, description = "Who gave it: shown only to the staff and admins of the organisation running the "
                + "partnership (who may see people's contacts); absent for everyone else") ContributorView contributor,
        OffsetDateTime createdAt, long version) {

    @Schema(name = "FeedbackTheme")
    public record ThemeRef(UUID id, String name) {}

    @Schema(name = "FeedbackContributor")
    public record ContributorView(@Schema(nullable = true) UUID personId, @Schema(nullable = true) String name,
            @Schema(nullable = true) String email,
            @Schema(nullable = true, description = "When they agreed to be contacted about what happens next; null: they did not")
            OffsetDateTime consentedAt) {}

    /** {@code contributor}: null unless the caller may see people's contacts and someone was recorded. */
    static FeedbackView of(Feedback f, Map<UUID, String> themeNames, ContributorView contributor) {
        List<ThemeRef> themes = f.themeIds.stream().map(id -> new ThemeRef(id, themeNames.get(id)))
                .sorted(Comparator.comparing(ThemeRef::name, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        return new FeedbackView(f.id, f.partnershipId, f.activityId, f.sourceOrganisationId, f.text, f.receivedOn, f.area,
                f.originOrganisationId, f.originOrganisationName,
                themes, contributor, LondonTime.of(f.createdAt), f.version);
    }
}
