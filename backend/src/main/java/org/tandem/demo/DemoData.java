package org.tandem.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.tandem.activity.ActivityKind;
import org.tandem.activity.Reach;
import org.tandem.meeting.ActionStatus;
import org.tandem.meeting.AgendaItemKind;
import org.tandem.meeting.AttendanceMode;
import org.tandem.meeting.AttendanceStatus;
import org.tandem.meeting.DocumentKind;
import org.tandem.meeting.MeetingFormat;
import org.tandem.meeting.MeetingStatus;
import org.tandem.organisation.OrganisationKind;
import org.tandem.outcome.OutcomeStatus;
import org.tandem.partnership.PartnershipMember.MemberRole;
import org.tandem.reimbursement.ExpenseCategory;
import org.tandem.theme.ThemeKind;

/** The shape of demo/demo-data.json: records refer to each other by key (people by name, bodies by short key). */
record DemoData(List<Org> organisations, List<PersonEntry> people, List<BoardEntry> boards,
        List<PartnershipEntry> partnerships, List<MeetingEntry> meetings, List<PolicyEntry> policies,
        List<BudgetEntry> budgets, List<AccountEntry> accounts, List<ThemeEntry> themes,
        List<ActivityEntry> activities, List<FeedbackEntry> feedback, List<OutcomeEntry> outcomes) {

    record Org(String code, String name, OrganisationKind kind, String website) {}

    record PersonEntry(String key, String organisation, String displayName, String affiliation) {}

    record BoardEntry(String key, String owner, String name, String description, boolean statutory,
            List<String> participants) {}

    record PartnershipEntry(String key, String owner, String parent, String name, String description, String website,
            List<String> participants, List<String> boards, List<Member> members) {}

    record Member(String person, MemberRole role, String title) {}

    record MeetingEntry(String key, String partnership, String title, OffsetDateTime startsAt, OffsetDateTime endsAt,
            Boolean timeConfirmed, MeetingFormat format, String venue, String onlineLink, MeetingStatus status,
            boolean notesPublished, boolean chathamHouse, String summary, List<Item> agenda, List<Attendee> attendance, List<Action> actions,
            List<Document> documents) {}

    record Item(AgendaItemKind kind, String title, OffsetDateTime plannedStart, OffsetDateTime plannedEnd,
            String presenter, String notes, List<String> decisions) {}

    record Attendee(String person, String roleAsRecorded, AttendanceStatus status, AttendanceMode mode) {}

    record Action(String description, String owner, LocalDate dueOn, Integer agendaItem, ActionStatus status) {}

    record Document(String title, String url, DocumentKind kind) {}

    record PolicyEntry(String partnership, LocalDate effectiveFrom, Long halfDayRatePence, Long fullDayRatePence,
            Long hourlyRatePence, Long mileageRatePence, List<ExpenseCategory> allowedCategories,
            long receiptThresholdPence, int claimDeadlineDays, Long benefitsWarningPence, String notes) {}

    record BudgetEntry(String partnership, String financialYear, long allocatedPence, String notes) {}

    /** A demo sign-in (its fixed Keycloak user id, from infra/keycloak/tandem-realm.json) and the person it claims as. */
    record AccountEntry(String person, String userSubject) {}

    /** A node of an organisation's theme tree (the children of a top-level entry need no organisation). */
    record ThemeEntry(String organisation, ThemeKind kind, String name, String description, List<ThemeEntry> children) {}

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** An engagement activity; {@code meeting} is the key of a demo meeting it was part of. */
    record ActivityEntry(String key, String partnership, ActivityKind kind, String meeting, String title, LocalDate heldOn,
            String area, String audience, Reach reach) {}

    /** What people said; {@code themes} are names in the partnership owner's tree, {@code source} an organisation code. */
    record FeedbackEntry(String partnership, String activity, String source, String text, LocalDate receivedOn, String area,
            List<String> themes) {}

    /** A "you said, we did"; {@code feedback} are positions in the feedback list. */
    record OutcomeEntry(String partnership, String youSaid, String weDid, List<String> themes, List<Integer> feedback,
            DecisionRef decision, String responsibleBoard, OutcomeStatus status, boolean published) {}

    /** The {@code decision}-th decision of the {@code agendaItem}-th item of a demo meeting (both from 0). */
    record DecisionRef(String meeting, int agendaItem, int decision) {}
}
