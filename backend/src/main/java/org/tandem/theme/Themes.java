package org.tandem.theme;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.tandem.common.problem.ProblemException;

/** What other features may ask of themes: whether ids name active themes of an organisation's tree. */
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
        if (themeIds.isEmpty()) {
            return Map.of();
        }
        return Theme.<Theme>list("id in ?1", themeIds).stream().collect(Collectors.toMap(t -> t.id, t -> t.name));
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
}
