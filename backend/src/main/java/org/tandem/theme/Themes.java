package org.tandem.theme;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.tandem.common.Published;
import org.tandem.common.persistence.NamesById;
import org.tandem.common.problem.ProblemException;

/** What other features may ask of themes: whether ids name active themes of an organisation's tree. */
@Published
@ApplicationScoped
public class Themes {
    /** @throws ProblemException 400 on {@code field} when a theme is missing, retired or of another organisation's tree */
    public void requireTaggable(Collection<UUID> themeIds, UUID organisationId, String field) {
        for (UUID themeId : themeIds) {
            Theme theme = Theme.findById(themeId);
            if (theme == null || !theme.organisationId.equals(organisationId)) {
                throw ProblemException.invalid(field, "theme " + themeId + " is not in the partnership's theme tree");
            }
            if (!theme.isActive()) {
                throw ProblemException.invalid(field, "theme " + themeId + " is retired"
                        + (theme.mergedIntoId != null ? ": use " + theme.mergedIntoId + " instead" : ""));
            }
        }
    }

    /** Names of the given themes, for views of what is tagged with them. */
    public Map<UUID, String> names(Collection<UUID> themeIds) {
        return NamesById.read(Theme.class, "theme", "name", themeIds);
    }

    /** @return null when every theme is taggable, otherwise what is wrong with the first one that is not */
    public String problemWith(Collection<UUID> themeIds, UUID organisationId) {
        try {
            requireTaggable(themeIds, organisationId, "themeIds");
            return null;
        } catch (ProblemException e) {
            return e.errors().get(0).message();
        }
    }

    /** Depth first: each node before its children, siblings in the order given; nodes without a listed parent are roots. */
    static List<Theme> inTreeOrder(List<Theme> themes) {
        Set<UUID> listed = themes.stream().map(t -> t.id).collect(Collectors.toSet());
        Map<UUID, List<Theme>> children = themes.stream().filter(t -> t.parentId != null && listed.contains(t.parentId))
                .collect(Collectors.groupingBy(t -> t.parentId, LinkedHashMap::new, Collectors.toList()));
        List<Theme> ordered = new ArrayList<>(themes.size());
        Deque<Theme> stack = new ArrayDeque<>();
        List<Theme> roots = themes.stream().filter(t -> t.parentId == null || !listed.contains(t.parentId))
                .sorted(Comparator.comparing(t -> t.parentId != null)).toList();
        for (Theme root : roots) {
            stack.push(root);
            while (!stack.isEmpty()) {
                Theme next = stack.pop();
                ordered.add(next);
                List<Theme> below = children.getOrDefault(next.id, List.of());
                for (int i = below.size() - 1; i >= 0; i--) {
                    stack.push(below.get(i));
                }
            }
        }
        return ordered;
    }
}
