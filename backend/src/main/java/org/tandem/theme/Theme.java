package org.tandem.theme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.tandem.common.change.Audited;
import org.tandem.common.persistence.TimestampedEntity;
import org.tandem.common.problem.ProblemException;

/** A node of an organisation's theme tree. */
@Entity
public class Theme extends TimestampedEntity implements Audited {
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

    /** What the theme's state allows, whoever asks: editing while active; retiring and merging as the transition table allows. */
    Set<ThemeAction> actionsByState() {
        Set<ThemeAction> actions = EnumSet.noneOf(ThemeAction.class);
        if (isActive()) {
            actions.add(ThemeAction.EDIT);
        }
        if (status.canMoveTo(ThemeStatus.RETIRED)) {
            actions.add(ThemeAction.MERGE);
            actions.add(ThemeAction.RETIRE);
        }
        return actions;
    }

    void requireEditable() {
        if (!actionsByState().contains(ThemeAction.EDIT)) {
            throw ProblemException.transitionNotAllowed("Theme " + id + " is " + status + " and cannot be changed.");
        }
    }

    /** @param hasActiveChildren a theme with active children is not retired alone: retire or move them first, or merge it */
    void retire(boolean hasActiveChildren) {
        if (!status.canMoveTo(ThemeStatus.RETIRED)) {
            throw ProblemException.transitionNotAllowed("Theme " + id + " is already " + status + ".");
        }
        if (hasActiveChildren) {
            throw ProblemException.businessRule("Theme " + id + " has active children: retire or move them first, or merge it.");
        }
        status = ThemeStatus.RETIRED;
    }

    void mergeInto(Theme target) {
        if (!status.canMoveTo(ThemeStatus.RETIRED)) {
            throw ProblemException.transitionNotAllowed("Theme " + id + " is already " + status + ": it cannot be merged.");
        }
        if (target.id.equals(id)) {
            throw ProblemException.invalid("targetId", "must be another theme");
        }
        if (!target.isActive()) {
            throw ProblemException.businessRule("Theme " + target.id + " is retired: merge into an active theme.");
        }
        status = ThemeStatus.RETIRED;
        mergedIntoId = target.id;
    }

    @Override
    public String auditType() {
        return "theme";
    }

    @Override
    public UUID auditId() {
        return id;
    }

    /** The organisation whose tree it is. */
    @Override
    public UUID auditOrganisationId() {
        return organisationId;
    }

    /**
     * Its own columns. A merge records here that it was merged (status, mergedIntoId); the tags, links and children
     * that moved with it are the merge's consequence, not separate changes.
     */
    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("organisationId", organisationId);
        state.put("parentId", parentId);
        state.put("kind", kind);
        state.put("name", name);
        state.put("description", description);
        state.put("status", status);
        state.put("mergedIntoId", mergedIntoId);
        return state;
    }

    /** A merged theme's children move to the theme it was merged into. */
    static void moveChildren(Theme from, Theme to) {
        getEntityManager().createNativeQuery("update theme set parent_id = :target, version = version + 1, updated_at = now() "
                        + "where parent_id = :source")
                .setParameter("target", to.id).setParameter("source", from.id).executeUpdate();
    }
}
