package org.tandem.outcome;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.tandem.theme.ThemeMerged;

/** Outcomes' theme links (the outcome_theme table), kept by outcomes when the theme tree changes. */
@ApplicationScoped
public class OutcomeThemes {

    /**
     * Outcomes linked to the merged theme are linked to its target instead; one linked to both keeps one link.
     * Not recorded in the audit trail: the merge's one entry, on the merged theme (status, mergedIntoId), is the evidence
     * of this consequence, so this writes its table directly and tracks no change of its own.
     */
    void moveLinks(@Observes ThemeMerged merged) {
        var em = Panache.getEntityManager();
        em.createNativeQuery("insert into outcome_theme (outcome_id, theme_id) select outcome_id, :target "
                        + "from outcome_theme where theme_id = :source on conflict do nothing")
                .setParameter("target", merged.targetId()).setParameter("source", merged.sourceId()).executeUpdate();
        em.createNativeQuery("delete from outcome_theme where theme_id = :source")
                .setParameter("source", merged.sourceId()).executeUpdate();
    }
}
