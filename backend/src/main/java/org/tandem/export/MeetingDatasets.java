package org.tandem.export;

import java.util.List;
import org.tandem.meeting.ActionStatus;
import org.tandem.meeting.AgendaItemKind;
import org.tandem.meeting.AttendanceMode;
import org.tandem.meeting.AttendanceStatus;
import org.tandem.meeting.MeetingFormat;
import org.tandem.meeting.MeetingStatus;

/**
 * Meetings and their parts. People appear only as pseudonyms and counts; presenters (a person's name) and online
 * links are not exported; free text reads "a participant" where it names someone linked to the meeting.
 */
final class MeetingDatasets {
    private static final String MEETING_DATE = "the meeting's start (startsAt, London date)";
    /** The role a person attending had in the partnership holding the meeting on its date. */
    private static final String ROLE_CATEGORY = "coalesce((SELECT min(pm.role) FROM partnership_member pm WHERE pm.partnership_id = m.partnership_id "
            + "AND pm.person_id = a.person_id AND (pm.ended_on IS NULL OR pm.ended_on >= (m.starts_at AT TIME ZONE 'Europe/London')::date) "
            + "AND (pm.started_on IS NULL OR pm.started_on <= (m.starts_at AT TIME ZONE 'Europe/London')::date)), 'NOT_A_MEMBER')";

    /** The roles of {@link #ROLE_CATEGORY}. */
    enum RoleCategory { CHAIR, VICE_CHAIR, MEMBER, OFFICER, NOT_A_MEMBER }

    private MeetingDatasets() {}

    static List<Dataset> all() {
        return List.of(meetings(), agendaItems(), decisions(), attendance(), attendanceCounts(), actions());
    }

    private static final String UNNAMED_ATTENDEES =
            "(m.unnamed_lay_members + m.unnamed_service_users + m.unnamed_professionals + m.unnamed_stakeholders)";

    private static Dataset meetings() {
        return Dataset.named("meetings")
                .about("Meetings", "Meetings of the partnerships and boards your organisation sees. " + MeetingText.DESCRIPTION
                        + " Venue is given, online links are not.")
                .from("meeting m").visibleWhen(Visibility.MEETING).partnershipFilter("m.partnership_id = {partnership}")
                .dateFilter("m.starts_at", FieldType.DATETIME, MEETING_DATE)
                .updated("m.updated_at").orderBy("m.starts_at, m.id")
                .field(Field.id("id", "m.id", "The meeting's id.").notNull())
                .field(Field.id("partnershipId", "m.partnership_id", "The partnership holding it (or empty for a board's).")
                        .references("partnerships", "id"))
                .field(Field.id("boardId", "m.board_id", "The board holding it (or empty for a partnership's).").references("boards", "id"))
                .field(Field.text("title", "m.title", "Its title.").notNull())
                .field(Field.time("startsAt", "m.starts_at", "When it starts.").notNull())
                .field(Field.time("endsAt", "m.ends_at", "When it ends, if known."))
                .field(Field.bool("timeConfirmed", "m.time_confirmed", "False while the time is still to be confirmed."))
                .field(Field.oneOf("format", "m.format", MeetingFormat.class, "In person, online or hybrid.").notNull())
                .field(Field.text("venue", "m.venue", "Where it is held."))
                .field(Field.oneOf("status", "m.status", MeetingStatus.class, "Planned, held or cancelled.").notNull())
                .field(Field.text("cancellationReason", "m.cancellation_reason", "Why it was cancelled."))
                .field(Field.bool("chathamHouse", "m.chatham_house", "True when held under the Chatham House rule."))
                .field(Field.text("summary", "m.summary", "The summary of its notes."))
                .field(Field.time("notesPublishedAt", "m.notes_published_at", "When its notes were published to the public, if they are."))
                .field(Field.peopleCount("unnamedAttendees", UNNAMED_ATTENDEES, "How many people attended without being on "
                        + "the register (counted, not named)."))
                .field(Field.peopleCount("headcount", "(SELECT count(*) FROM attendance ha WHERE ha.meeting_id = m.id AND "
                        + "ha.status = 'ATTENDED') + " + UNNAMED_ATTENDEES, "How many people attended: the named people on the "
                        + "register who attended plus those counted without names."))
                .versionAndTimes("m", "When it was planned.")
                .hidden(MeetingText.HIDDEN_COLUMN, MeetingText.LINKED_NAMES)
                .transform(MeetingText.redacting("title", "cancellationReason", "summary"))
                .changedBy("meeting", "id")
                .build();
    }

    private static Dataset agendaItems() {
        return Dataset.named("agenda-items")
                .about("Agenda items", "The items of each meeting's agenda with the notes of their discussion. "
                        + MeetingText.DESCRIPTION + " Presenters are not exported (a person's name).")
                .from("agenda_item ai JOIN meeting m ON m.id = ai.meeting_id").visibleWhen(Visibility.MEETING)
                .partnershipFilter("m.partnership_id = {partnership}")
                .dateFilter("m.starts_at", FieldType.DATETIME, MEETING_DATE)
                .updated("ai.updated_at").orderBy("ai.meeting_id, ai.position")
                .field(Field.id("id", "ai.id", "The item's id.").notNull())
                .field(Field.id("meetingId", "ai.meeting_id", "Its meeting.").notNull().references("meetings", "id"))
                .field(Field.integer("position", "ai.position", "Its place on the agenda, from 1.").notNull().min(1))
                .field(Field.oneOf("kind", "ai.kind", AgendaItemKind.class, "Arrivals, an item, a break or any other business.").notNull())
                .field(Field.text("title", "ai.title", "Its title.").notNull())
                .field(Field.time("plannedStart", "ai.planned_start", "When it is planned to start."))
                .field(Field.time("plannedEnd", "ai.planned_end", "When it is planned to end."))
                .field(Field.text("notes", "ai.notes", "The notes of its discussion."))
                .versionAndTimes("ai", "When it was added.")
                .hidden(MeetingText.HIDDEN_COLUMN, MeetingText.LINKED_NAMES)
                .transform(MeetingText.redacting("title", "notes"))
                .changedBy("agenda-item", "id").changedBy("meeting", "meetingId")
                .build();
    }

    private static Dataset decisions() {
        return Dataset.named("decisions")
                .about("Decisions", "What was decided under each agenda item. " + MeetingText.DESCRIPTION)
                .from("decision d JOIN agenda_item ai ON ai.id = d.agenda_item_id JOIN meeting m ON m.id = ai.meeting_id")
                .visibleWhen(Visibility.MEETING).partnershipFilter("m.partnership_id = {partnership}")
                .dateFilter("m.starts_at", FieldType.DATETIME, MEETING_DATE)
                .updated("d.updated_at").orderBy("ai.meeting_id, ai.position, d.position")
                .field(Field.id("id", "d.id", "The decision's id.").notNull())
                .field(Field.id("agendaItemId", "d.agenda_item_id", "The agenda item it was made under.").notNull()
                        .references("agenda-items", "id"))
                .field(Field.id("meetingId", "ai.meeting_id", "The meeting.").notNull().references("meetings", "id"))
                .field(Field.integer("position", "d.position", "Its order under the item, from 1.").notNull().min(1))
                .field(Field.text("text", "d.text", "What was decided.").notNull())
                .field(Field.time("updatedAt", "d.updated_at", "When it was recorded or last changed.").notNull())
                .hidden(MeetingText.HIDDEN_COLUMN, MeetingText.LINKED_NAMES)
                .transform(MeetingText.redacting("text"))
                .changedBy("agenda-item", "agendaItemId").changedBy("meeting", "meetingId")
                .build();
    }

    private static Dataset attendance() {
        return Dataset.named("attendance")
                .about("Attendance", "Each entry of each meeting's register: the person as a pseudonym and the role they had "
                        + "in the partnership, never a name or the role as recorded.")
                .from("attendance a JOIN meeting m ON m.id = a.meeting_id").visibleWhen(Visibility.MEETING)
                .partnershipFilter("m.partnership_id = {partnership}")
                .dateFilter("m.starts_at", FieldType.DATETIME, MEETING_DATE)
                .updated("a.updated_at").orderBy("a.meeting_id, a.position, a.id")
                .field(Field.id("id", "a.id", "The entry's id.").notNull())
                .field(Field.id("meetingId", "a.meeting_id", "The meeting.").notNull().references("meetings", "id"))
                .field(Field.pseudonym("person", "a.person_id", "Who.").notNull())
                .field(Field.oneOf("roleCategory", ROLE_CATEGORY, RoleCategory.class, "Their role in the partnership holding the "
                        + "meeting on its date, or NOT_A_MEMBER (a guest, or a board's meeting).").notNull())
                .field(Field.oneOf("status", "a.status", AttendanceStatus.class, "Attended, sent apologies or absent.").notNull())
                .field(Field.oneOf("mode", "a.mode", AttendanceMode.class, "In person or online, when they attended."))
                .field(Field.time("updatedAt", "a.updated_at", "When the entry was made or last changed.").notNull())
                .changedByPartOf("attendance", "meetingId").changedBy("meeting", "meetingId")
                .build();
    }

    private static Dataset attendanceCounts() {
        return Dataset.named("attendance-counts")
                .about("Attendance counts", "How many people each meeting's register has in each status (the named people; the meetings dataset "
                        + "also counts those attending without names in its headcount).")
                .from("attendance a JOIN meeting m ON m.id = a.meeting_id").visibleWhen(Visibility.MEETING)
                .partnershipFilter("m.partnership_id = {partnership}")
                .dateFilter("m.starts_at", FieldType.DATETIME, MEETING_DATE)
                .updated("a.updated_at").groupBy("a.meeting_id, a.status").orderBy("a.meeting_id, a.status")
                .field(Field.id("meetingId", "a.meeting_id", "The meeting.").notNull().references("meetings", "id"))
                .field(Field.oneOf("status", "a.status", AttendanceStatus.class, "Attended, sent apologies or absent.").notNull())
                .field(Field.peopleCount("people", "count(*)", "How many people."))
                .primaryKey("meetingId", "status")
                .changedByPartOf("attendance", "meetingId").changedBy("meeting", "meetingId")
                .build();
    }

    private static Dataset actions() {
        return Dataset.named("actions")
                .about("Actions", "What each meeting agreed someone would do, and whether it was done; the owner as a "
                        + "pseudonym, never a name. " + MeetingText.DESCRIPTION)
                .from("meeting_action ma JOIN meeting m ON m.id = ma.meeting_id").visibleWhen(Visibility.MEETING)
                .partnershipFilter("m.partnership_id = {partnership}")
                .dateFilter("m.starts_at", FieldType.DATETIME, MEETING_DATE)
                .updated("ma.updated_at").orderBy("ma.meeting_id, ma.created_at, ma.id")
                .field(Field.id("id", "ma.id", "The action's id.").notNull())
                .field(Field.id("meetingId", "ma.meeting_id", "The meeting that agreed it.").notNull().references("meetings", "id"))
                .field(Field.id("agendaItemId", "ma.agenda_item_id", "The agenda item it came from.").references("agenda-items", "id"))
                .field(Field.text("description", "ma.description", "What is to be done.").notNull())
                .field(Field.pseudonym("owner", "ma.owner_person_id", "Who is to do it."))
                .field(Field.date("dueOn", "ma.due_on", "When it is due."))
                .field(Field.oneOf("status", "ma.status", ActionStatus.class, "Open, done or dropped.").notNull())
                .field(Field.time("closedAt", "ma.closed_at", "When it was done or dropped."))
                .versionAndTimes("ma", "When it was agreed.")
                .hidden(MeetingText.HIDDEN_COLUMN, MeetingText.LINKED_NAMES)
                .transform(MeetingText.redacting("description"))
                .changedBy("action", "id").changedBy("meeting", "meetingId")
                .build();
    }
}
