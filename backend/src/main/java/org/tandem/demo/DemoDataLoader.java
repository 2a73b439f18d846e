package org.tandem.demo;

import static org.tandem.demo.DemoData.orEmpty;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.tandem.activity.Activity;
import org.tandem.board.Board;
import org.tandem.budget.Budget;
import org.tandem.claim.ClaimantAccount;
import org.tandem.feedback.Feedback;
import org.tandem.meeting.ActionStatus;
import org.tandem.meeting.AgendaItem;
import org.tandem.meeting.Attendance;
import org.tandem.meeting.Meeting;
import org.tandem.meeting.MeetingAction;
import org.tandem.meeting.MeetingDocument;
import org.tandem.organisation.Organisation;
import org.tandem.outcome.Outcome;
import org.tandem.partnership.Partnership;
import org.tandem.partnership.PartnershipMember;
import org.tandem.person.Person;
import org.tandem.reimbursement.ReimbursementPolicy;
import org.tandem.theme.Theme;

/**
 * Loads the demo data set (demo/demo-data.json) on start-up when {@code tandem.demo-data.enabled} is true:
 * the meetings of seeds 002 (Lewisham People's Partnership, 17 July 2024) and 004 (How We Work Together
 * Group, 9 August 2017), entered completely. It runs once: when the Lewisham People's Partnership exists it
 * does nothing, and organisations that exist already are reused.
 */
@ApplicationScoped
public class DemoDataLoader {
    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);
    static final String MARKER_ORGANISATION = "sel-icb-lewisham";
    static final String MARKER_PARTNERSHIP = "Lewisham People's Partnership";
    /** Who the status history says recorded the demo outcomes. */
    private static final String DEMO_AUTHOR = "Tandem demo data";

    private final boolean enabled;
    private final ObjectMapper json;

    DemoDataLoader(@ConfigProperty(name = "tandem.demo-data.enabled") boolean enabled, ObjectMapper json) {
        this.enabled = enabled;
        this.json = json;
    }

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            if (alreadyLoaded()) {
                LOG.info("Demo data is present already");
                return;
            }
            new Load(read()).run();
            LOG.info("Loaded the demo data");
        });
    }

    /** Loaded when the Lewisham organisation owns the Lewisham People's Partnership (other organisations may reuse the name). */
    private static boolean alreadyLoaded() {
        return Organisation.findIdByCode(MARKER_ORGANISATION)
                .map(owner -> Partnership.count("name = ?1 and ownerOrganisationId = ?2", MARKER_PARTNERSHIP, owner) > 0)
                .orElse(false);
    }

    private DemoData read() {
        try (InputStream in = getClass().getResourceAsStream("/demo/demo-data.json")) {
            return json.readValue(in, DemoData.class);
        } catch (IOException e) {
            throw new UncheckedIOException("demo/demo-data.json cannot be read", e);
        }
    }

    /** One load, remembering the ids it gave each key. */
    private static final class Load {
        private final DemoData data;
        private final Map<String, UUID> organisations = new HashMap<>();
        private final Map<String, UUID> people = new HashMap<>();
        private final Map<String, UUID> boards = new HashMap<>();
        private final Map<String, Partnership> partnerships = new HashMap<>();
        private final Map<String, Meeting> meetings = new HashMap<>();
        private final Map<String, UUID> themes = new HashMap<>();
        private final Map<String, UUID> activities = new HashMap<>();
        private final List<UUID> feedbackIds = new ArrayList<>();

        Load(DemoData data) {
            this.data = data;
        }

        void run() {
            orEmpty(data.organisations()).forEach(this::organisation);
            orEmpty(data.people()).forEach(this::person);
            orEmpty(data.boards()).forEach(this::board);
            orEmpty(data.partnerships()).forEach(this::partnership);
            orEmpty(data.meetings()).forEach(this::meeting);
            orEmpty(data.policies()).forEach(this::policy);
            orEmpty(data.budgets()).forEach(this::budget);
            orEmpty(data.accounts()).forEach(this::account);
            orEmpty(data.themes()).forEach(entry -> theme(entry, organisations.get(entry.organisation()), null));
            orEmpty(data.activities()).forEach(this::activity);
            orEmpty(data.feedback()).forEach(this::feedback);
            orEmpty(data.outcomes()).forEach(this::outcome);
        }

        private void activity(DemoData.ActivityEntry entry) {
            Activity activity = new Activity();
            activity.partnershipId = partnerships.get(entry.partnership()).id;
            activity.kind = entry.kind();
            activity.meetingId = entry.meeting() == null ? null : meetings.get(entry.meeting()).id;
            activity.title = entry.title();
            activity.heldOn = entry.heldOn();
            activity.area = entry.area();
            activity.audience = entry.audience();
            activity.reach(entry.reach());
            activity.persist();
            activities.put(entry.key(), activity.id);
        }

        private void feedback(DemoData.FeedbackEntry entry) {
            Feedback feedback = new Feedback();
            feedback.partnershipId = partnerships.get(entry.partnership()).id;
            feedback.activityId = entry.activity() == null ? null : activities.get(entry.activity());
            feedback.sourceOrganisationId = organisations.get(entry.source());
            feedback.text = entry.text();
            feedback.receivedOn = entry.receivedOn();
            feedback.area = entry.area();
            orEmpty(entry.themes()).forEach(name -> feedback.themeIds.add(theme(name)));
            feedback.persist();
            feedbackIds.add(feedback.id);
        }

        private void outcome(DemoData.OutcomeEntry entry) {
            Outcome outcome = new Outcome();
            outcome.partnershipId = partnerships.get(entry.partnership()).id;
            outcome.youSaid = entry.youSaid();
            outcome.weDid = entry.weDid();
            orEmpty(entry.themes()).forEach(name -> outcome.themeIds.add(theme(name)));
            orEmpty(entry.feedback()).forEach(position -> outcome.feedbackIds.add(feedbackIds.get(position)));
            if (entry.decision() != null) {
                DemoData.DecisionRef ref = entry.decision();
                outcome.decisionId = meetings.get(ref.meeting()).agendaItems.get(ref.agendaItem()).decisions.get(ref.decision()).id;
            }
            outcome.responsibleBoardId = entry.responsibleBoard() == null ? null : boards.get(entry.responsibleBoard());
            outcome.publish(entry.published());
            outcome.persist();
            outcome.started(DEMO_AUTHOR).persist();
            if (entry.status() != outcome.status) {
                outcome.changeStatus(entry.status(), null, DEMO_AUTHOR).persist();
            }
        }

        private UUID theme(String name) {
            UUID id = themes.get(name);
            if (id == null) {
                throw new IllegalStateException("demo-data.json names a theme it does not define: " + name);
            }
            return id;
        }

        private void policy(DemoData.PolicyEntry entry) {
            ReimbursementPolicy policy = new ReimbursementPolicy();
            policy.partnershipId = partnerships.get(entry.partnership()).id;
            policy.effectiveFrom = entry.effectiveFrom();
            policy.halfDayRatePence = entry.halfDayRatePence();
            policy.fullDayRatePence = entry.fullDayRatePence();
            policy.hourlyRatePence = entry.hourlyRatePence();
            policy.mileageRatePence = entry.mileageRatePence();
            policy.allowedCategories.addAll(orEmpty(entry.allowedCategories()));
            policy.receiptThresholdPence = entry.receiptThresholdPence();
            policy.claimDeadlineDays = entry.claimDeadlineDays();
            policy.benefitsWarningPence = entry.benefitsWarningPence();
            policy.notes = entry.notes();
            policy.persist();
        }

        private void budget(DemoData.BudgetEntry entry) {
            Budget budget = new Budget();
            budget.partnershipId = partnerships.get(entry.partnership()).id;
            budget.financialYear = entry.financialYear();
            budget.allocatedPence = entry.allocatedPence();
            budget.notes = entry.notes();
            budget.persist();
        }

        /** The Westminster, Kensington and Chelsea strategy's focus areas and ambitions, with themes from seeds 000 and 002. */
        private void theme(DemoData.ThemeEntry entry, UUID organisationId, UUID parentId) {
            Theme theme = new Theme();
            theme.organisationId = organisationId;
            theme.parentId = parentId;
            theme.kind = entry.kind();
            theme.name = entry.name();
            theme.description = entry.description();
            theme.persist();
            themes.put(entry.name(), theme.id);
            orEmpty(entry.children()).forEach(child -> theme(child, organisationId, theme.id));
        }

        private void account(DemoData.AccountEntry entry) {
            ClaimantAccount account = new ClaimantAccount();
            account.personId = people.get(entry.person());
            account.organisationId = Person.<Person>findById(account.personId).organisationId;
            account.userSubject = entry.userSubject();
            account.linkedByName = "Demo data";
            account.linkedAt = Instant.now();
            account.persist();
        }

        private void organisation(DemoData.Org entry) {
            UUID id = Organisation.findIdByCode(entry.code()).orElseGet(() -> {
                Organisation organisation = new Organisation();
                organisation.code = entry.code();
                organisation.name = entry.name();
                organisation.kind = entry.kind();
                organisation.website = entry.website();
                organisation.persist();
                return organisation.id;
            });
            organisations.put(entry.code(), id);
        }

        private void person(DemoData.PersonEntry entry) {
            Person person = new Person();
            person.organisationId = organisations.get(entry.organisation());
            person.displayName = entry.displayName();
            person.affiliation = entry.affiliation();
            person.persist();
            people.put(entry.key(), person.id);
        }

        private void board(DemoData.BoardEntry entry) {
            Board board = new Board();
            board.ownerOrganisationId = organisations.get(entry.owner());
            board.name = entry.name();
            board.description = entry.description();
            board.statutory = entry.statutory();
            orEmpty(entry.participants()).forEach(code -> board.participantOrganisationIds.add(organisations.get(code)));
            board.persist();
            boards.put(entry.key(), board.id);
        }

        private void partnership(DemoData.PartnershipEntry entry) {
            Partnership partnership = new Partnership();
            partnership.ownerOrganisationId = organisations.get(entry.owner());
            partnership.parentId = entry.parent() == null ? null : partnerships.get(entry.parent()).id;
            partnership.name = entry.name();
            partnership.description = entry.description();
            partnership.website = entry.website();
            orEmpty(entry.participants()).forEach(code -> partnership.participantOrganisationIds.add(organisations.get(code)));
            orEmpty(entry.boards()).forEach(key -> partnership.boardIds.add(boards.get(key)));
            partnership.persist();
            partnerships.put(entry.key(), partnership);
            for (DemoData.Member entryMember : orEmpty(entry.members())) {
                PartnershipMember member = new PartnershipMember();
                member.partnershipId = partnership.id;
                member.personId = people.get(entryMember.person());
                member.role = entryMember.role();
                member.title = entryMember.title();
                member.persist();
            }
        }

        private void meeting(DemoData.MeetingEntry entry) {
            Meeting meeting = new Meeting();
            meeting.partnershipId = partnerships.get(entry.partnership()).id;
            meeting.title = entry.title();
            meeting.schedule(instant(entry.startsAt()), instant(entry.endsAt()), !Boolean.FALSE.equals(entry.timeConfirmed()));
            meeting.format = entry.format();
            meeting.venue = entry.venue();
            meeting.onlineLink = entry.onlineLink();
            meeting.status = entry.status();
            meeting.chathamHouse = entry.chathamHouse();
            meeting.summary = entry.summary();
            for (DemoData.Item entryItem : orEmpty(entry.agenda())) {
                AgendaItem item = new AgendaItem();
                item.kind = entryItem.kind();
                item.title = entryItem.title();
                item.plannedStart = instant(entryItem.plannedStart());
                item.plannedEnd = instant(entryItem.plannedEnd());
                item.presenter = entryItem.presenter();
                item.notes = entryItem.notes();
                meeting.addAgendaItem(item);
                item.recordDecisions(orEmpty(entryItem.decisions()).stream()
                        .map(text -> new AgendaItem.DecisionText(null, text)).toList());
            }
            for (DemoData.Attendee entryAttendee : orEmpty(entry.attendance())) {
                Attendance attendance = new Attendance();
                attendance.personId = people.get(entryAttendee.person());
                attendance.roleAsRecorded = entryAttendee.roleAsRecorded();
                attendance.status = entryAttendee.status();
                attendance.mode = entryAttendee.mode();
                meeting.addAttendance(attendance);
            }
            for (DemoData.Document entryDocument : orEmpty(entry.documents())) {
                MeetingDocument document = new MeetingDocument();
                document.title = entryDocument.title();
                document.url = entryDocument.url();
                document.kind = entryDocument.kind();
                meeting.addDocument(document);
            }
            if (entry.notesPublished()) {
                meeting.publishNotes(Instant.now());
            }
            meeting.persist();
            meetings.put(entry.key(), meeting);
            for (DemoData.Action entryAction : orEmpty(entry.actions())) {
                MeetingAction action = new MeetingAction();
                action.meeting = meeting;
                action.description = entryAction.description();
                action.ownerPersonId = entryAction.owner() == null ? null : people.get(entryAction.owner());
                action.dueOn = entryAction.dueOn();
                if (entryAction.status() != ActionStatus.OPEN) {
                    action.close(entryAction.status());
                }
                action.agendaItemId = entryAction.agendaItem() == null ? null
                        : meeting.agendaItems.get(entryAction.agendaItem()).id;
                meeting.actions.add(action);
                action.persist();
            }
        }

        private static Instant instant(OffsetDateTime time) {
            return time == null ? null : time.toInstant();
        }
    }
}
