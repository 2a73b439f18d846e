package org.tandem.theme;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tandem.common.problem.ProblemException;
import org.tandem.common.persistence.Filter;
import org.tandem.common.security.OrganisationScope;
import org.tandem.common.security.Roles;
import org.tandem.common.web.LondonTime;
import org.tandem.common.web.Period;
import org.tandem.common.web.QueryValues;
import org.tandem.organisation.Organisation;

@Path("/api/v1/themes/insights")
@Tag(name = "Themes")
public class ThemeInsightResource {
    private static final long MAX_DAYS = 3660;

    private final OrganisationScope scope;
    private final InsightCountCache counts;

    ThemeInsightResource(OrganisationScope scope, InsightCountCache counts) {
        this.scope = scope;
        this.counts = counts;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.ANALYST})
    @Operation(operationId = "getThemeInsights", summary = "Feedback per theme: by month, source and area, with the change against the previous period",
            description = "Counts tagged feedback of the partnerships you can see (or one of them) received from..to (default: the last 12 "
                    + "months), and the same for the period of equal length just before. Themes with no feedback in either period are left out.")
    public ThemeInsights insights(
            @QueryParam("from") @Parameter(description = "First day (default: a year before to)", schema = @Schema(format = "date")) String from,
            @QueryParam("to") @Parameter(description = "Last day (default: today)", schema = @Schema(format = "date")) String to,
            @QueryParam("partnershipId") @Parameter(schema = @Schema(format = "uuid")) String partnershipId,
            @QueryParam("themeId") @Parameter(description = "Only this theme (a theme's page)", schema = @Schema(format = "uuid"))
            String themeId) {
        LocalDate last = QueryValues.date(to, "to");
        last = last == null ? LondonTime.today() : last;
        LocalDate first = QueryValues.date(from, "from");
        first = first == null ? last.minusYears(1).plusDays(1) : first;
        if (first.isAfter(last)) {
            throw ProblemException.invalid("from", "must not be after to");
        }
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        if (days > MAX_DAYS) {
            throw ProblemException.invalid("from", "the range may span at most " + MAX_DAYS + " days");
        }
        LocalDate previousFrom = first.minusDays(days);
        LocalDate previousTo = first.minusDays(1);
        UUID partnership = QueryValues.uuid(partnershipId, "partnershipId");
        UUID onlyTheme = QueryValues.uuid(themeId, "themeId");

        var em = Panache.getEntityManager();
        List<UUID> partnerships = visiblePartnerships(partnership);
        if (partnerships.isEmpty()) {
            return new ThemeInsights(first, last, previousFrom, previousTo, List.of());
        }
        // One index-only pass over the tags of both periods (feedback_theme carries its feedback's date, source and area): grouping sets give the totals, months, sources and areas of each theme together.
        // grouping(...) tells the sets apart: bit 2 = month, bit 1 = source, bit 0 = area (1 = not grouped by it).
        String statement = """
                select ft.theme_id, to_char(ft.received_on, 'YYYY-MM') as month, ft.source_organisation_id, ft.area,
                       grouping(to_char(ft.received_on, 'YYYY-MM'), ft.source_organisation_id, ft.area) as grp,
                       count(*) filter (where ft.received_on >= :first) as current,
                       count(*) filter (where ft.received_on < :first) as previous
                from feedback_theme ft
                where ft.partnership_id in (:partnerships) and ft.received_on between :previousFrom and :last
                """ + (onlyTheme == null ? "" : " and ft.theme_id = :theme\n") + """
                group by grouping sets ((ft.theme_id), (ft.theme_id, to_char(ft.received_on, 'YYYY-MM')),
                                        (ft.theme_id, ft.source_organisation_id), (ft.theme_id, ft.area))
                """;
        Map<String, Object> parameters = new LinkedHashMap<>(Map.of("first", first, "last", last, "previousFrom", previousFrom,
                "partnerships", List.copyOf(partnerships)));
        if (onlyTheme != null) {
            parameters.put("theme", onlyTheme);
        }
        List<Object[]> rows = counts.rows(statement, parameters, partnerships, () -> {
            var query = em.createNativeQuery(statement);
            parameters.forEach(query::setParameter);
            @SuppressWarnings("unchecked")
            List<Object[]> counted = query.getResultList();
            return counted;
        });

        Map<UUID, Builder> byTheme = new LinkedHashMap<>();
        for (Object[] row : rows) {
            Builder b = byTheme.computeIfAbsent((UUID) row[0], Builder::new);
            int grp = ((Number) row[4]).intValue();
            long current = ((Number) row[5]).longValue();
            long previous = ((Number) row[6]).longValue();
            switch (grp) {
                case 0b111 -> {
                    b.count = current;
                    b.previous = previous;
                }
                case 0b011 -> {
                    if (current > 0) {
                        b.months.add(new ThemeInsights.MonthCount((String) row[1], current));
                    }
                }
                case 0b101 -> {
                    if (current > 0) {
                        b.sources.add(new ThemeInsights.SourceCount((UUID) row[2], null, current));
                    }
                }
                case 0b110 -> {
                    if (current > 0) {
                        b.areas.add(new ThemeInsights.AreaCount((String) row[3], current));
                    }
                }
                default -> throw new IllegalStateException("Unexpected grouping " + grp);
            }
        }
        Map<UUID, Theme> themes = new LinkedHashMap<>();
        if (!byTheme.isEmpty()) {
            Theme.<Theme>list("id in ?1", byTheme.keySet()).forEach(t -> themes.put(t.id, t));
        }
        Map<UUID, String> organisationNames = new LinkedHashMap<>();
        List<ThemeInsights.ThemeCounts> result = new ArrayList<>();
        for (Builder b : byTheme.values()) {
            Theme theme = themes.get(b.themeId);
            List<ThemeInsights.SourceCount> sources = b.sources.stream()
                    .map(s -> new ThemeInsights.SourceCount(s.organisationId(), organisationNames.computeIfAbsent(s.organisationId(),
                            id -> Organisation.<Organisation>findByIdOptional(id).map(o -> o.name).orElse(null)), s.count()))
                    .sorted(Comparator.comparingLong(ThemeInsights.SourceCount::count).reversed()).toList();
            result.add(new ThemeInsights.ThemeCounts(b.themeId, theme.name, theme.kind, b.count, b.previous, b.count - b.previous,
                    b.previous == 0 ? null : Math.round(1000.0 * (b.count - b.previous) / b.previous) / 10.0,
                    b.months.stream().sorted(Comparator.comparing(ThemeInsights.MonthCount::month)).toList(), sources,
                    b.areas.stream().sorted(Comparator.comparingLong(ThemeInsights.AreaCount::count).reversed()).toList()));
        }
        result.sort(Comparator.comparingLong(ThemeInsights.ThemeCounts::count).reversed()
                .thenComparing(ThemeInsights.ThemeCounts::name));
        return new ThemeInsights(first, last, previousFrom, previousTo, result);
    }

    @GET
    @Path("tree")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.ANALYST})
    @Operation(operationId = "getThemeInsightTree", summary = "Feedback per theme in a period, rolled up the theme tree",
            description = "Counts the tagged feedback of the partnerships you can see (or one of them) received from..to (both "
                    + "inclusive, either may be left open). Each theme has its own count and the count with every theme below it, "
                    + "where a feedback item tagged with two themes under the same parent counts once for the parent. Themes "
                    + "with no feedback in the period, themselves or below, are left out.")
    public ThemeTreeCounts tree(
            @QueryParam("from") @Parameter(description = "Received on or after this date", schema = @Schema(format = "date")) String from,
            @QueryParam("to") @Parameter(description = "Received on or before this date", schema = @Schema(format = "date")) String to,
            @QueryParam("partnershipId") @Parameter(schema = @Schema(format = "uuid")) String partnershipId) {
        Period period = Period.of(from, to);
        List<UUID> partnerships = visiblePartnerships(QueryValues.uuid(partnershipId, "partnershipId"));
        if (partnerships.isEmpty()) {
            return new ThemeTreeCounts(period.from(), period.to(), 0, List.of());
        }
        // The tags of the period, walked up the tree: each (feedback, theme above it) pair once, so that a parent counts an
        // item once however many of its children the item is tagged with. own marks the theme the item was tagged with.
        var query = Panache.getEntityManager().createNativeQuery("""
                with recursive tagged as (
                    select ft.feedback_id, ft.theme_id from feedback_theme ft
                    where ft.partnership_id in (:partnerships)"""
                + (period.from() == null ? "" : " and ft.received_on >= :from")
                + (period.to() == null ? "" : " and ft.received_on <= :to") + """
                ), up (feedback_id, theme_id, own) as (
                    select feedback_id, theme_id, true from tagged
                    union
                    select up.feedback_id, t.parent_id, false from up join theme t on t.id = up.theme_id where t.parent_id is not null
                )
                select theme_id, count(distinct feedback_id) filter (where own), count(distinct feedback_id),
                       (select count(distinct feedback_id) from tagged)
                from up group by theme_id
                """)
                .setParameter("partnerships", partnerships);
        if (period.from() != null) {
            query.setParameter("from", period.from());
        }
        if (period.to() != null) {
            query.setParameter("to", period.to());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty()) {
            return new ThemeTreeCounts(period.from(), period.to(), 0, List.of());
        }
        Map<UUID, long[]> counts = new LinkedHashMap<>();
        for (Object[] row : rows) {
            counts.put((UUID) row[0], new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
        }
        long tagged = ((Number) rows.get(0)[3]).longValue();
        List<Theme> themes = Theme.list("id in ?1", counts.keySet());
        Map<UUID, List<Theme>> children = new LinkedHashMap<>();
        themes.stream().sorted(Comparator.comparing((Theme t) -> t.name.toLowerCase()).thenComparing(t -> t.id))
                .forEach(t -> children.computeIfAbsent(counts.containsKey(t.parentId) ? t.parentId : null, k -> new ArrayList<>()).add(t));
        List<ThemeTreeCounts.Node> nodes = new ArrayList<>();
        addInTreeOrder(null, 0, children, counts, nodes);
        return new ThemeTreeCounts(period.from(), period.to(), tagged, nodes);
    }

    private static void addInTreeOrder(UUID parentId, int depth, Map<UUID, List<Theme>> children, Map<UUID, long[]> counts,
            List<ThemeTreeCounts.Node> nodes) {
        for (Theme theme : children.getOrDefault(parentId, List.of())) {
            long[] count = counts.get(theme.id);
            nodes.add(new ThemeTreeCounts.Node(theme.id, theme.parentId, theme.name, theme.kind, theme.status, depth, count[0], count[1]));
            addInTreeOrder(theme.id, depth + 1, children, counts, nodes);
        }
    }

    /** The partnerships whose feedback the caller may count: those they can see, or the one asked for if they can see it. */
    private List<UUID> visiblePartnerships(UUID partnership) {
        Filter visible = scope.visibleBodies("p").and("p.id = :partnership", "partnership", partnership);
        var query = Panache.getEntityManager().createQuery("select p.id from Partnership p where " + visible.query(), UUID.class);
        visible.parameters().map().forEach(query::setParameter);
        return query.getResultList();
    }

    private static final class Builder {
        final UUID themeId;
        long count;
        long previous;
        final List<ThemeInsights.MonthCount> months = new ArrayList<>();
        final List<ThemeInsights.SourceCount> sources = new ArrayList<>();
        final List<ThemeInsights.AreaCount> areas = new ArrayList<>();

        Builder(UUID themeId) {
            this.themeId = themeId;
        }
    }
}
