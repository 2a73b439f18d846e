package org.tandem.feedback;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.tandem.theme.ThemeMerged;

/** Feedback's theme tags (the feedback_theme table), kept by feedback when the theme tree changes. */
@ApplicationScoped
public class FeedbackThemes {

    /**
     * Feedback tagged with the merged theme is tagged with its target instead; feedback tagged with both keeps one tag.
     * Not recorded in the audit trail: the merge's one entry, on the merged theme (status, mergedIntoId), is the evidence
     * of this consequence, so this writes its table directly and tracks no change of its own.
     */
    void moveTags(@Observes ThemeMerged merged) {
        var em = Panache.getEntityManager();
        em.createNativeQuery("insert into feedback_theme (feedback_id, theme_id) select feedback_id, :target "
                        + "from feedback_theme where theme_id = :source on conflict do nothing")
                .setParameter("target", merged.targetId()).setParameter("source", merged.sourceId()).executeUpdate();
        em.createNativeQuery("delete from feedback_theme where theme_id = :source")
                .setParameter("source", merged.sourceId()).executeUpdate();
    }
}
