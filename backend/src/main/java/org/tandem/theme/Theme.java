package org.tandem.theme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.UUID;
import org.tandem.common.persistence.TimestampedEntity;
import org.tandem.common.problem.ProblemException;

/** A node of an organisation's theme tree. */
@Entity
public class Theme extends TimestampedEntity {
    @Column(name = "organisation_id", nullable = false, updatable = false)
    public UUID organisationId;
    @Column(name = "parent_id")
    public UUID parentId;
    @Enumerated(EnumType.STRING)
    public ThemeKind kind;
    public String name;
    public String description;
    @Enumerated(EnumType.STRING)
    public ThemeStatus status = ThemeStatus.ACTIVE;
    @Column(name = "merged_into_id")
    public UUID mergedIntoId;

    public boolean isActive() {
        return status == ThemeStatus.ACTIVE;
    }

    void retire() {
        if (!isActive()) {
            throw ProblemException.transitionNotAllowed("Theme " + id + " is already retired.");
        }
        status = ThemeStatus.RETIRED;
    }

    void mergeInto(Theme target) {
        if (target.id.equals(id)) {
            throw ProblemException.invalid("targetId", "must be another theme");
        }
        if (!target.isActive()) {
            throw ProblemException.businessRule("Theme " + target.id + " is retired: merge into an active theme.");
        }
        retire();
        mergedIntoId = target.id;
    }

    /** A merged theme's children move to the theme it was merged into. */
    static void moveChildren(Theme from, Theme to) {
        getEntityManager().createNativeQuery("update theme set parent_id = :target, version = version + 1, updated_at = now() "
                        + "where parent_id = :source")
                .setParameter("target", to.id).setParameter("source", from.id).executeUpdate();
    }
}
