package org.tandem.theme;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ThemeInsights", description = "Feedback counts per theme over a date range, against the previous period of the same length")
public record ThemeInsights(LocalDate from, LocalDate to,
        @Schema(description = "Start of the previous period, which ends the day before from") LocalDate previousFrom,
        LocalDate previousTo, List<ThemeCounts> themes) {

    @Schema(name = "ThemeCounts")
    public record ThemeCounts(UUID themeId, String name, ThemeKind kind, long count, long previousCount,
            @Schema(description = "count - previousCount") long change,
            @Schema(description = "Change in percent of previousCount; null when previousCount is 0", nullable = true) Double changePercent,
            List<MonthCount> months, List<SourceCount> bySource, List<AreaCount> byArea) {}

    @Schema(name = "ThemeMonthCount")
    public record MonthCount(@Schema(examples = "2024-07") String month, long count) {}

    @Schema(name = "ThemeSourceCount")
    public record SourceCount(UUID organisationId, String organisationName, long count) {}

    @Schema(name = "ThemeAreaCount")
    public record AreaCount(@Schema(description = "null: no area recorded", nullable = true) String area, long count) {}
}
