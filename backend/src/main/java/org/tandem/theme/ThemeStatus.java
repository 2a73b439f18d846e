package org.tandem.theme;

import java.util.EnumSet;
import java.util.Set;
import org.tandem.common.Published;

/**
 * A retired theme keeps its history (tags, links from outcomes) but takes no new tags. A merged theme is a retired one
 * with {@code mergedIntoId} set. Retiring is final: a theme wanted again is created anew, so that what was tagged
 * under the old one stays as it was tagged.
 */
@Published
public enum ThemeStatus {
    ACTIVE, RETIRED;

    /** The transition table: the statuses a theme in this one may move to (by retiring or merging it). */
    public Set<ThemeStatus> next() {
        return switch (this) {
            case ACTIVE -> EnumSet.of(RETIRED);
            case RETIRED -> EnumSet.noneOf(ThemeStatus.class);
        };
    }

    public boolean canMoveTo(ThemeStatus to) {
        return next().contains(to);
    }
}
