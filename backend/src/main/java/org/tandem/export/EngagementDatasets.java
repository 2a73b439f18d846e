package org.tandem.export;

import java.util.List;
import org.tandem.activity.ActivityKind;
import org.tandem.outcome.OutcomeStatus;
import org.tandem.theme.ThemeKind;
import org.tandem.theme.ThemeStatus;

/** What people said and what changed: activities, feedback and its themes, and "you said, we did" outcomes. */
final class EngagementDatasets {
    /** The names from the tree's root down to the theme aliased t, joined by " > ". */
    private static final String THEME_PATH = "(WITH RECURSIVE up(id, parent_id, name, depth) AS ("
            + "SELECT t.id, t.parent_id, t.name, 0 UNION ALL "
            + "SELECT tp.id, tp.parent_id, tp.name, up.depth + 1 FROM theme tp JOIN up ON tp.id = up.parent_id) "
            + "SELECT string_agg(up.name, ' > ' ORDER BY up.depth DESC) FROM up)";
    private static final String THEME_DEPTH = "(WITH RECURSIVE up(id, parent_id) AS (SELECT t.id, t.parent_id UNION ALL "
            + "SELECT tp.id, tp.parent_id FROM theme tp JOIN up ON tp.id = up.parent_id) SELECT count(*) - 1 FROM up)";

    private EngagementDatasets() {}

    static List<Dataset> all() {
        return List.of(activities(), feedback(), feedbackThemes(), themes(), outcomes(), outcomeStatusChanges(), outcomeFeedback(),
                outcomeThemes());
    }

    private static Dataset activities() {
        return Dataset.named("activities")
                .about("Engagement activities", "Workshops, surveys, webinars, drop-ins and meetings where feedback came from, "
                        + "with how many people they reached in each community.")
                .from("engagement_activity ea").visibleWhen("ea.partnership_id IN " + Visibility.PARTNERSHIPS)
                .partnershipFilter("ea.partnership_id = {partnership}")
                .dateFilter("ea.held_on", FieldType.DATE, "the day it was held (heldOn)")
                .updated("ea.updated_at").orderBy("ea.held_on, ea.id")
                .field(Field.id("id", "ea.id", "The activity's id.").notNull())
                .field(Field.id("partnershipId", "ea.partnership_id", "The partnership it was for.").notNull().references("partnerships", "id"))
                .field(Field.oneOf("kind", "ea.kind", ActivityKind.class, "What kind of activity it was.").notNull())
                .field(Field.id("meetingId", "ea.meeting_id", "The meeting it was, for a meeting.").references("meetings", "id"))
                .field(Field.text("title", "ea.title", "Its title.").notNull())
                .field(Field.date("heldOn", "ea.held_on", "The day it was held.").notNull())
                .field(Field.text("area", "ea.area", "The area it covered."))
                .field(Field.text("audience", "ea.audience", "Who it was for (a description of groups)."))
                .field(Field.peopleCount("reachPeople", "ea.reach_people", "How many people it reached."))
                .field(Field.peopleCount("reachCarers", "ea.reach_carers", "How many of them were carers."))
                .field(Field.peopleCount("reachYoungPeople", "ea.reach_young_people", "How many were young people."))
                .field(Field.peopleCount("reachEthnicMinority", "ea.reach_ethnic_minority", "How many were from ethnic minority communities."))
                .field(Field.peopleCount("reachDisability", "ea.reach_disability", "How many were disabled people."))
                .versionAndTimes("ea", "When it was recorded.")
                .changedBy("activity", "id")
                .build();
    }

    private static Dataset feedback() {
        return Dataset.named("feedback")
                .about("Feedback", "One thing people said each: a quote or a summary, when, where it came from. "
                        + "In no particular order (it is the largest dataset: sorting it would hold back the first row).")
                .from("feedback f").visibleWhen("f.partnership_id IN " + Visibility.PARTNERSHIPS)
                .partnershipFilter("f.partnership_id = {partnership}")
                .dateFilter("f.received_on", FieldType.DATE, "the day it was received (receivedOn)")
                .updated("f.updated_at")
                .field(Field.id("id", "f.id", "The feedback item's id.").notNull())
                .field(Field.id("partnershipId", "f.partnership_id", "The partnership it was given to.").notNull()
                        .references("partnerships", "id"))
                .field(Field.id("activityId", "f.activity_id", "The activity it came from.").references("activities", "id"))
                .field(Field.id("sourceOrganisationId", "f.source_organisation_id", "The organisation that collected it.").notNull()
                        .references("organisations", "id"))
                .field(Field.text("text", "f.text", "What was said.").notNull())
                .field(Field.date("receivedOn", "f.received_on", "The day it was received.").notNull())
                .field(Field.text("area", "f.area", "The area it is about."))
                .versionAndTimes("f", "When it was recorded.")
                .changedBy("feedback", "id")
                .build();
    }

    private static Dataset feedbackThemes() {
        return Dataset.named("feedback-themes")
                .about("Feedback tagged with themes", "Which themes each feedback item is tagged with (a row per tag), in no "
                        + "particular order.")
                .from("feedback_theme ft").visibleWhen("ft.partnership_id IN " + Visibility.PARTNERSHIPS)
                .partnershipFilter("ft.partnership_id = {partnership}")
                .dateFilter("ft.received_on", FieldType.DATE, "the day the feedback was received (receivedOn)")
                .updated("ft.updated_at")
                .field(Field.id("feedbackId", "ft.feedback_id", "The feedback item.").notNull().references("feedback", "id"))
                .field(Field.id("themeId", "ft.theme_id", "A theme it is tagged with (of the theme tree of the organisation "
                        + "running the partnership).").notNull())
                .field(Field.id("partnershipId", "ft.partnership_id", "The feedback's partnership.").notNull().references("partnerships", "id"))
                .field(Field.date("receivedOn", "ft.received_on", "The day the feedback was received.").notNull())
                .field(Field.time("updatedAt", "ft.updated_at", "When it was tagged.").notNull())
                .primaryKey("feedbackId", "themeId")
                .changedBy("feedback", "feedbackId")
                .build();
    }

    private static Dataset themes() {
        return Dataset.named("themes")
                .about("Theme tree", "Your organisation's themes: focus areas hold ambitions, which hold themes. Each node "
                        + "with its path from the root. Filtering by partnership gives the themes its feedback or outcomes use.")
                .from("theme t").visibleWhen("t.organisation_id = {org}")
                .partnershipFilter("t.id IN (SELECT pft.theme_id FROM feedback_theme pft WHERE pft.partnership_id = {partnership} "
                        + "UNION SELECT pot.theme_id FROM outcome_theme pot JOIN outcome po ON po.id = pot.outcome_id "
                        + "WHERE po.partnership_id = {partnership})")
                .dateFilter("t.created_at", FieldType.DATETIME, "created (createdAt)")
                .updated("t.updated_at").orderBy("t.id")
                .field(Field.id("id", "t.id", "The theme's id.").notNull())
                .field(Field.id("organisationId", "t.organisation_id", "The organisation whose tree it is in.").notNull()
                        .references("organisations", "id"))
                .field(Field.id("parentId", "t.parent_id", "The node it sits under.").references("themes", "id"))
                .field(Field.oneOf("kind", "t.kind", ThemeKind.class, "Focus area, ambition or theme.").notNull())
                .field(Field.text("name", "t.name", "Its name.").notNull())
                .field(Field.text("description", "t.description", "What it covers."))
                .field(Field.text("path", THEME_PATH, "Its place in the tree: the names from the root down to it, joined by \" > \".").notNull())
                .field(Field.integer("depth", THEME_DEPTH, "How far below the root it is (0 for a node without a parent).").notNull().min(0))
                .field(Field.oneOf("status", "t.status", ThemeStatus.class, "Active, or retired (then it takes no new tags).").notNull())
                .field(Field.id("mergedIntoId", "t.merged_into_id", "The theme it was merged into.").references("themes", "id"))
                .versionAndTimes("t", "When it was created.")
                .changedBy("theme", "id")
                .build();
    }

    private static Dataset outcomes() {
        return Dataset.named("outcomes")
                .about("Outcomes (you said, we did)", "What people said, what was done or decided, who is responsible and how it stands.")
                .from("outcome o").visibleWhen("o.partnership_id IN " + Visibility.PARTNERSHIPS)
                .partnershipFilter("o.partnership_id = {partnership}")
                .dateFilter("o.created_at", FieldType.DATETIME, "created (createdAt)")
                .updated("o.updated_at").orderBy("o.id")
                .field(Field.id("id", "o.id", "The outcome's id.").notNull())
                .field(Field.id("partnershipId", "o.partnership_id", "Its partnership.").notNull().references("partnerships", "id"))
                .field(Field.text("youSaid", "o.you_said", "What people said.").notNull())
                .field(Field.text("weDid", "o.we_did", "What was done or decided."))
                .field(Field.id("decisionId", "o.decision_id", "The meeting decision it came from.").references("decisions", "id"))
                .field(Field.id("responsibleOrganisationId", "o.responsible_organisation_id", "The organisation responsible.")
                        .references("organisations", "id"))
                .field(Field.id("responsibleBoardId", "o.responsible_board_id", "The board responsible.").references("boards", "id"))
                .field(Field.oneOf("status", "o.status", OutcomeStatus.class, "How it stands.").notNull())
                .field(Field.text("statusReason", "o.status_reason", "Why (always given when it is not possible)."))
                .field(Field.date("dueOn", "o.due_on", "When it is due."))
                .field(Field.date("completedOn", "o.completed_on", "When it was done."))
                .field(Field.bool("published", "o.published", "True when it is on the public page."))
                .field(Field.time("publishedAt", "o.published_at", "When it was published."))
                .versionAndTimes("o", "When it was recorded.")
                .changedBy("outcome", "id")
                .build();
    }

    private static Dataset outcomeStatusChanges() {
        return Dataset.named("outcome-status-changes")
                .about("Outcome status history", "Every change of an outcome's status, with the reason given (not who made it: "
                        + "that is the audit trail's).")
                .from("outcome_status_change sc JOIN outcome o ON o.id = sc.outcome_id")
                .visibleWhen("o.partnership_id IN " + Visibility.PARTNERSHIPS).partnershipFilter("o.partnership_id = {partnership}")
                .dateFilter("sc.changed_at", FieldType.DATETIME, "when the status changed (changedAt)")
                .updated("sc.changed_at").orderBy("sc.outcome_id, sc.changed_at, sc.id")
                .field(Field.id("id", "sc.id", "The change's id.").notNull())
                .field(Field.id("outcomeId", "sc.outcome_id", "The outcome.").notNull().references("outcomes", "id"))
                .field(Field.oneOf("fromStatus", "sc.from_status", OutcomeStatus.class, "The status before (empty for the first)."))
                .field(Field.oneOf("toStatus", "sc.to_status", OutcomeStatus.class, "The status after.").notNull())
                .field(Field.text("reason", "sc.reason", "The reason given."))
                .field(Field.time("changedAt", "sc.changed_at", "When.").notNull())
                .changedBy("outcome", "outcomeId")
                .build();
    }

    private static Dataset outcomeFeedback() {
        return Dataset.named("outcome-feedback")
                .about("Feedback behind outcomes", "Which feedback items each outcome answers.")
                .from("outcome_feedback ofb JOIN outcome o ON o.id = ofb.outcome_id")
                .visibleWhen("o.partnership_id IN " + Visibility.PARTNERSHIPS).partnershipFilter("o.partnership_id = {partnership}")
                .dateFilter("o.created_at", FieldType.DATETIME, "the outcome's creation (createdAt)")
                .updated("o.updated_at").orderBy("ofb.outcome_id, ofb.feedback_id")
                .field(Field.id("outcomeId", "ofb.outcome_id", "The outcome.").notNull().references("outcomes", "id"))
                .field(Field.id("feedbackId", "ofb.feedback_id", "A feedback item it answers.").notNull().references("feedback", "id"))
                .primaryKey("outcomeId", "feedbackId")
                .changedBy("outcome", "outcomeId")
                .build();
    }

    private static Dataset outcomeThemes() {
        return Dataset.named("outcome-themes")
                .about("Themes of outcomes", "Which themes each outcome is about.")
                .from("outcome_theme ot JOIN outcome o ON o.id = ot.outcome_id")
                .visibleWhen("o.partnership_id IN " + Visibility.PARTNERSHIPS).partnershipFilter("o.partnership_id = {partnership}")
                .dateFilter("o.created_at", FieldType.DATETIME, "the outcome's creation (createdAt)")
                .updated("o.updated_at").orderBy("ot.outcome_id, ot.theme_id")
                .field(Field.id("outcomeId", "ot.outcome_id", "The outcome.").notNull().references("outcomes", "id"))
                .field(Field.id("themeId", "ot.theme_id", "A theme it is about.").notNull())
                .primaryKey("outcomeId", "themeId")
                .changedBy("outcome", "outcomeId")
                .build();
    }
}
