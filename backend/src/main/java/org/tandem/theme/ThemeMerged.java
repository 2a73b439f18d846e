package org.tandem.theme;

import java.util.UUID;
import org.tandem.common.Published;

/**
 * A theme was merged into another. Fired synchronously inside the merge's transaction, so the features that tag their
 * records with themes (feedback, outcomes) move their tags in their own tables, and the merge commits or fails whole.
 * An event rather than calls from theme: those features depend on theme, and theme must not depend on them.
 */
@Published
public record ThemeMerged(UUID sourceId, UUID targetId) {
}
