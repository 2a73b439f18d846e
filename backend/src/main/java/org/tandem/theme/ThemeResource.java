package org.tandem.theme;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.tandem.common.change.Changes;
import org.tandem.common.problem.ProblemException;
import org.tandem.common.security.CurrentUser;
import org.tandem.common.security.OrganisationScope;
import org.tandem.common.security.Roles;
import org.tandem.common.web.QueryValues;
import org.tandem.common.web.Responses;
import org.tandem.common.web.Versions;
import org.tandem.partnership.Partnership;

@Path("/api/v1/themes")
@Tag(name = "Themes", description = "Each organisation's theme tree (focus areas, ambitions, themes). Themes are retired or merged, never deleted, "
        + "so no tag is lost.")
public class ThemeResource {
    private final OrganisationScope scope;
    private final CurrentUser user;
    private final Event<ThemeMerged> merges;
    private final Changes changes;

    ThemeResource(OrganisationScope scope, CurrentUser user, Event<ThemeMerged> merges, Changes changes) {
        this.scope = scope;
        this.user = user;
        this.merges = merges;
        this.changes = changes;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.ANALYST, Roles.PARTNER, Roles.MEMBER})
    @Operation(operationId = "listThemes", summary = "The theme tree, flat, in tree order",
            description = "Your organisation's tree, or with partnershipId the tree of the organisation owning that partnership "
                    + "(how partners find the themes to tag what they send). Each node comes before its children; siblings are "
                    + "sorted by name. A node whose parent is left out (retired) comes after the tree, with its own children.")
    public List<ThemeView> list(
            @QueryParam("partnershipId") @Parameter(schema = @Schema(format = "uuid")) String partnershipId,
            @QueryParam("includeRetired") @Parameter(description = "true: include retired and merged themes",
                    schema = @Schema(implementation = Boolean.class)) String includeRetired,
            @QueryParam("updatedSince") @Parameter(description = "Only themes changed (created, renamed, moved, retired or "
                    + "merged) at or after this instant (ISO-8601 with an offset), for a partner keeping a copy of the tree. "
                    + "The tree is one answer, not paged.", example = "2024-07-01T00:00:00Z",
                    schema = @Schema(format = "date-time", maxLength = 40)) String updatedSince) {
        UUID organisationId = scope.organisationId();
        UUID partnership = QueryValues.uuid(partnershipId, "partnershipId");
        if (partnership != null) {
            Partnership p = scope.requireVisible(Partnership.findById(partnership), "Partnership " + partnership);
            organisationId = p.ownerOrganisationId;
        }
        boolean retired = Boolean.TRUE.equals(QueryValues.bool(includeRetired, "includeRetired"));
        Instant since = QueryValues.instant(updatedSince, "updatedSince");
        List<Theme> themes = Theme.list("organisationId = ?1" + (retired ? "" : " and status = ?2") + " order by lower(name), id",
                retired ? new Object[] {organisationId} : new Object[] {organisationId, ThemeStatus.ACTIVE});
        Map<UUID, Long> counts = counts(organisationId);
        // Every active theme of the tree is listed either way, so the list itself tells which have active children.
        Set<UUID> withActiveChildren = themes.stream().filter(Theme::isActive).map(t -> t.parentId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        // A tree is small: it is read whole so that allowedActions still know every child, then cut to what changed.
        return Themes.inTreeOrder(themes).stream()
                .filter(t -> since == null || !t.updatedAt.isBefore(since))
                .map(t -> ThemeView.of(t, counts.getOrDefault(t.id, 0L), allowedActions(t, withActiveChildren.contains(t.id))))
                .toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.ANALYST, Roles.PARTNER, Roles.MEMBER})
    @Operation(operationId = "getTheme", summary = "Get a theme of your organisation's tree")
    public RestResponse<ThemeView> get(@PathParam("id") UUID id) {
        Theme theme = own(id);
        return Responses.ok(view(theme), theme.version);
    }

    @POST
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "createTheme", summary = "Add a focus area, ambition or theme to your organisation's tree")
    public RestResponse<ThemeView> create(@NotNull @Valid ThemeRequest body, @Context UriInfo uriInfo) {
        Theme theme = new Theme();
        theme.organisationId = scope.organisationId();
        apply(theme, body);
        theme.persist();
        changes.created(theme);
        return Responses.created(uriInfo, theme.id, ThemeView.of(theme, 0, allowedActions(theme, false)), theme.version);
    }

    @PUT
    @Path("{id}")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "updateTheme", summary = "Rename, describe or move a theme",
            description = "Send the version you loaded (or If-Match). A retired theme cannot be changed.")
    public RestResponse<ThemeView> update(@PathParam("id") UUID id, @NotNull @Valid ThemeRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        Theme theme = own(id);
        Versions.check(theme.version, body.version(), ifMatch);
        theme.requireEditable();
        changes.updating(theme);
        apply(theme, body);
        Theme.flush();
        return Responses.ok(view(theme), theme.version);
    }

    @POST
    @Path("{id}/retire")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "retireTheme", summary = "Retire a theme",
            description = "It keeps its tags and outcome links (history), leaves the active tree and takes no new tags. "
                    + "Send the version you loaded in the body or as If-Match (a stale one gets 409, or 412 for If-Match). "
                    + "409 transition-not-allowed when it is already retired; 409 business-rule when it still has active children.")
    public RestResponse<ThemeView> retire(@PathParam("id") UUID id, @NotNull @Valid RetireRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        Theme theme = own(id);
        Versions.check(theme.version, body.version(), ifMatch);
        changes.updating(theme, "retired");
        theme.retire(hasActiveChildren(theme));
        Theme.flush();
        return Responses.ok(view(theme), theme.version);
    }

    @POST
    @Path("{id}/merge")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "mergeTheme", summary = "Merge this theme into another",
            description = "Every feedback tag, outcome link and child moves to the target (feedback already tagged with both "
                    + "keeps one tag); this theme is retired with mergedIntoId set. Answers the target. Send this theme's version "
                    + "in the body or as If-Match (a stale one gets 409, or 412 for If-Match); 409 transition-not-allowed when "
                    + "this theme is already retired or merged. The audit trail records one entry, on this theme (merged); "
                    + "the tags, links and children that move with it are not recorded separately.")
    public RestResponse<ThemeView> merge(@PathParam("id") UUID id, @NotNull @Valid MergeRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        Theme source = own(id);
        Versions.check(source.version, body.version(), ifMatch);
        Theme target = Theme.findById(body.targetId());
        if (target == null || !target.organisationId.equals(source.organisationId)) {
            throw ProblemException.invalid("targetId", "is not a theme of your organisation's tree");
        }
        if (isAncestorOrSelf(source.id, target)) {
            throw ProblemException.invalid("targetId", "must not be the theme itself or one of its descendants");
        }
        changes.updating(source, "merged");
        source.mergeInto(target);
        var em = Panache.getEntityManager();
        em.flush();
        merges.fire(new ThemeMerged(source.id, target.id)); // feedback and outcomes move their tags
        Theme.moveChildren(source, target);
        em.clear();
        Theme merged = Theme.findById(target.id);
        return Responses.ok(view(merged), merged.version);
    }

    private boolean isAncestorOrSelf(UUID ancestor, Theme theme) {
        for (Theme t = theme; t != null; t = t.parentId == null ? null : Theme.findById(t.parentId)) {
            if (t.id.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    /** Themes are read and changed only within the caller's own organisation; another's is a 404. */
    private Theme own(UUID id) {
        Theme theme = Theme.findById(id);
        if (theme == null || !theme.organisationId.equals(scope.organisationId())) {
            throw ProblemException.notFound("Theme " + id);
        }
        return theme;
    }

    private void apply(Theme theme, ThemeRequest body) {
        if (body.parentId() != null) {
            Theme parent = Theme.findById(body.parentId());
            if (parent == null || !parent.organisationId.equals(theme.organisationId) || !parent.isActive()) {
                throw ProblemException.invalid("parentId", "is not an active theme of your organisation's tree");
            }
            boolean allowed = switch (body.kind()) {
                case FOCUS_AREA -> false;
                case AMBITION -> parent.kind == ThemeKind.FOCUS_AREA;
                case THEME -> parent.kind != ThemeKind.THEME;
            };
            if (!allowed) {
                throw ProblemException.invalid("parentId", "a " + body.kind() + " cannot sit under a " + parent.kind);
            }
            if (theme.id != null && isAncestorOrSelf(theme.id, parent)) {
                throw ProblemException.invalid("parentId", "must not be the theme itself or one of its descendants");
            }
        } else if (body.kind() == ThemeKind.AMBITION) {
            throw ProblemException.invalid("parentId", "an AMBITION needs its FOCUS_AREA");
        }
        theme.kind = body.kind();
        theme.name = body.name().trim();
        theme.description = body.description();
        theme.parentId = body.parentId();
    }

    private ThemeView view(Theme theme) {
        Number count = (Number) Panache.getEntityManager()
                .createNativeQuery("select count(*) from feedback_theme where theme_id = :id")
                .setParameter("id", theme.id).getSingleResult();
        return ThemeView.of(theme, count.longValue(), allowedActions(theme, hasActiveChildren(theme)));
    }

    private static boolean hasActiveChildren(Theme theme) {
        return Theme.count("parentId = ?1 and status = ?2", theme.id, ThemeStatus.ACTIVE) > 0;
    }

    /**
     * What this caller may do: the staff and admins of the organisation whose tree it is, as far as its state allows
     * (RETIRE waits until it has no active children); nobody else, such as a participating organisation reading the
     * tree through a partnership, or an analyst.
     */
    private Set<ThemeAction> allowedActions(Theme theme, boolean hasActiveChildren) {
        if (!theme.organisationId.equals(scope.organisationId()) || !user.canManage()) {
            return EnumSet.noneOf(ThemeAction.class);
        }
        Set<ThemeAction> actions = theme.actionsByState();
        if (hasActiveChildren) {
            actions.remove(ThemeAction.RETIRE);
        }
        return actions;
    }

    private static Map<UUID, Long> counts(UUID organisationId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery(
                "select ft.theme_id, count(*) from feedback_theme ft join theme t on t.id = ft.theme_id "
                        + "where t.organisation_id = :org group by ft.theme_id")
                .setParameter("org", organisationId).getResultList();
        Map<UUID, Long> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put((UUID) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }
}
