package org.tandem.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.tandem.meeting.ActionStatus;
import org.tandem.meeting.AgendaItemKind;
import org.tandem.meeting.AttendanceMode;
import org.tandem.meeting.AttendanceStatus;
import org.tandem.meeting.DocumentKind;
import org.tandem.meeting.MeetingFormat;
import org.tandem.meeting.MeetingStatus;
import org.tandem.organisation.OrganisationKind;
import org.tandem.partnership.PartnershipMember.MemberRole;
import org.tandem.reimbursement.ExpenseCategory;
import org.tandem.theme.ThemeKind;

/** The shape of demo/demo-data.json: records refer to each other by key (people by name, bodies by short key). */
record DemoData(List<Org> organisations, List<PersonEntry> people, List<BoardEntry> boards,
        List<PartnershipEntry> partnerships, List<MeetingEntry> meetings, List<PolicyEntry> policies,
        List<BudgetEntry> budgets, List<AccountEntry> accounts, List<ThemeEntry> themes) {

    record Org(String code, String name, OrganisationKind kind, String website) {}

    record PersonEntry(String key, String organisation, String displayName, String affiliation) {}

    record BoardEntry(String key, String owner, String name, String description, boolean statutory,
            List<String> participants) {}

    record PartnershipEntry(String key, String owner, String parent, String name, String description, String website,
            List<String> participants, List<String> boards, List<Member> members) {}

    record Member(String person, MemberRole role, String title) {}

    record MeetingEntry(String key, String partnership, String title, OffsetDateTime startsAt, OffsetDateTime endsAt,
            Boolean timeConfirmed, MeetingFormat format, String venue, String onlineLink, MeetingStatus status,
            boolean chathamHouse, String summary, List<Item> agenda, List<Attendee> attendance, List<Action> actions,
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
}
