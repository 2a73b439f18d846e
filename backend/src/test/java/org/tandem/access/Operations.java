package org.tandem.access;

import static org.tandem.access.Call.delete;
import static org.tandem.access.Call.get;
import static org.tandem.access.Call.post;
import static org.tandem.access.Call.put;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.tandem.access.AccessTable.Relation;

/**
 * How to send each operation of the contract in a {@link World}: its path filled with the world's ids and a body
 * that is valid for it, so that a refusal is about access and never about the request.
 */
final class Operations {
    /** Builds the request of one operation for a caller with {@code role}; most ignore the role. */
    interface Request {
        Call in(World world, String role);
    }

    private static final String API = "/api/v1";
    private static final String CALENDAR = "text/calendar";
    private final Map<String, Request> requests = new LinkedHashMap<>();

    Operations() {
        organisations();
        partnerships();
        boards();
        meetings();
        actions();
        people();
        engagement();
        themes();
        money();
        claims();
        publicViews();
        auditTrail();
        exports();
        webhooks();
        notifications();
        calendarFeeds();
        mail();
    }

    Map<String, Request> all() {
        return requests;
    }

    private void op(String operationId, Function<World, Call> request) {
        requests.put(operationId, (world, role) -> request.apply(world));
    }

    private void organisations() {
        op("listOrganisations", w -> get(API + "/organisations"));
        op("getOrganisation", w -> get(API + "/organisations/" + w.own.id()));
        op("createOrganisation", w -> post(API + "/organisations",
                Map.of("code", World.uniqueCode(), "name", "Lewisham Healthwatch (new)", "kind", "HEALTHWATCH")));
        op("updateOrganisation", w -> put(API + "/organisations/" + w.own.id(), Map.of("code", w.own.code(),
                "name", "Renamed organisation", "kind", "NHS_BODY", "version", w.version(API + "/organisations/" + w.own.id()))));
    }

    private void partnerships() {
        op("listPartnerships", w -> get(API + "/partnerships"));
        op("getPartnership", w -> get(partnership(w)));
        op("createPartnership", w -> post(API + "/partnerships", Map.of("name", "How We Work Together Group")));
        op("updatePartnership", w -> put(partnership(w), Map.of("name", "People's Partnership (renamed)",
                "participantOrganisationIds", List.of(w.participating.id()), "version", w.version(partnership(w)))));
        op("deletePartnership", w -> delete(partnership(w)).header("If-Match", "\"" + w.version(partnership(w)) + "\""));
        op("getPartnershipCalendar", w -> get(partnership(w) + "/calendar.ics").accepting(CALENDAR));
        op("listPartnershipMembers", w -> get(partnership(w) + "/members"));
        op("addPartnershipMember", w -> post(partnership(w) + "/members", Map.of("personId", w.otherPerson(), "role", "OFFICER")));
        op("updatePartnershipMember", w -> put(partnership(w) + "/members/" + w.member(), Map.of("personId", w.person(),
                "role", "CHAIR", "title", "Chair", "version", w.memberVersion())));
        op("removePartnershipMember", w -> delete(partnership(w) + "/members/" + w.member())
                .header("If-Match", "\"" + w.memberVersion() + "\""));
    }

    private void boards() {
        op("listBoards", w -> get(API + "/boards"));
        op("getBoard", w -> get(board(w)));
        op("createBoard", w -> post(API + "/boards", Map.of("name", "Health and Wellbeing Board", "statutory", true)));
        op("updateBoard", w -> put(board(w), Map.of("name", "Strategic Board (renamed)",
                "participantOrganisationIds", List.of(w.participating.id()), "version", w.version(board(w)))));
        op("deleteBoard", w -> delete(board(w)).header("If-Match", "\"" + w.version(board(w)) + "\""));
        op("getBoardCalendar", w -> get(board(w) + "/calendar.ics").accepting(CALENDAR));
    }

    private void meetings() {
        op("listMeetings", w -> get(API + "/meetings"));
        op("createMeeting", w -> post(API + "/meetings", meetingBody(w, null)));
        op("getMeeting", w -> get(meeting(w)));
        op("getMeetingCalendar", w -> get(meeting(w) + "/calendar.ics").accepting(CALENDAR));
        op("updateMeeting", w -> put(meeting(w), meetingBody(w, w.version(meeting(w)))));
        op("cancelMeeting", w -> post(meeting(w) + "/cancel", Map.of("reason", "Not enough members could attend",
                "version", w.version(meeting(w)))));
        op("markMeetingHeld", w -> post(meeting(w) + "/mark-held", version(w, meeting(w))));
        op("publishMeetingNotes", w -> post(API + "/meetings/" + w.heldMeeting() + "/publish-notes",
                version(w, API + "/meetings/" + w.heldMeeting())));
        op("unpublishMeetingNotes", w -> post(API + "/meetings/" + w.publishedMeeting() + "/unpublish-notes",
                version(w, API + "/meetings/" + w.publishedMeeting())));

        op("getAgenda", w -> get(meeting(w) + "/agenda-items"));
        op("addAgendaItem", w -> post(meeting(w) + "/agenda-items", Map.of("kind", "ITEM", "title", "Any other business")));
        op("getAgendaItem", w -> get(agendaItem(w)));
        op("updateAgendaItem", w -> put(agendaItem(w), Map.of("kind", "ITEM", "title", "Year One Review",
                "notes", "The review was welcomed.", "version", w.version(agendaItem(w)))));
        op("removeAgendaItem", w -> delete(agendaItem(w)).query("version", w.version(agendaItem(w))));
        op("reorderAgenda", w -> {
            List<String> swapped = List.of(w.laterAgendaItem(), w.agendaItem());
            return put(meeting(w) + "/agenda-items/order", Map.of("itemIds", swapped, "version", w.version(meeting(w))));
        });

        op("getRegister", w -> get(meeting(w) + "/attendance"));
        op("addAttendance", w -> post(meeting(w) + "/attendance",
                Map.of("personId", w.otherPerson(), "status", "APOLOGIES")));
        op("takeRegister", w -> {
            String entry = attendance(w);
            return put(meeting(w) + "/attendance", Map.of("entries", List.of(Map.of("personId", w.person(),
                    "status", "ABSENT", "version", w.version(entry)))));
        });
        op("getAttendance", w -> get(attendance(w)));
        op("updateAttendance", w -> put(attendance(w), Map.of("personId", w.person(), "status", "ATTENDED",
                "mode", "IN_PERSON", "roleAsRecorded", "Chair", "version", w.version(attendance(w)))));
        op("removeAttendance", w -> delete(attendance(w)).query("version", w.version(attendance(w))));

        op("listMeetingDocuments", w -> get(meeting(w) + "/documents"));
        op("addMeetingDocument", w -> post(meeting(w) + "/documents",
                Map.of("title", "Slides", "url", "https://example.org/slides.pdf", "kind", "SLIDES")));
        op("getMeetingDocument", w -> get(meeting(w) + "/documents/" + w.document()));
        op("removeMeetingDocument", w -> delete(meeting(w) + "/documents/" + w.document()));
        op("setMeetingDocumentPublication", w -> put(meeting(w) + "/documents/" + w.document() + "/publication",
                Map.of("shownPublicly", true)));
        op("countUnnamedAttendees", w -> put(meeting(w) + "/attendance/unnamed", Map.of("layMembers", 40, "serviceUsers", 0,
                "professionals", 7, "stakeholders", 0, "version", w.version(meeting(w)))));
        op("nameAttendeePublicly", w -> put(attendance(w) + "/public-naming", Map.of("role", "Presenter for New Possibilities",
                "consentGiven", true, "consentMethod", "IN_WRITING", "version", w.version(attendance(w)))));
        op("withdrawPublicNaming", w -> {
            String entry = meeting(w) + "/attendance/" + w.publiclyNamedAttendance();
            return delete(entry + "/public-naming").query("version", w.version(entry));
        });
        op("previewPublicMeetingNotes", w -> get(API + "/meetings/" + w.heldMeeting() + "/public-preview"));
    }

    private void actions() {
        op("listActions", w -> get(API + "/actions"));
        op("createAction", w -> post(meeting(w) + "/actions", Map.of("description", "Write to the practice", "dueOn", "2024-09-14")));
        op("getAction", w -> get(action(w)));
        op("updateAction", w -> put(action(w), Map.of("description", "Feed back on 14 September",
                "dueOn", "2024-09-14", "version", w.version(action(w)))));
        op("closeAction", w -> post(action(w) + "/close", Map.of("status", "DONE", "version", w.version(action(w)))));
        op("listMyMeetings", w -> get(API + "/me/meetings"));
        op("respondToMeeting", w -> put(API + "/me/meetings/" + w.meeting() + "/response", Map.of("response", "ATTENDING")));
        op("listMyActions", w -> get(API + "/me/actions"));
        op("markMyActionDone", w -> post(API + "/me/actions/" + w.claimantAction() + "/done",
                version(w, API + "/actions/" + w.claimantAction())));
        op("reopenAction", w -> post(API + "/actions/" + w.closedAction() + "/reopen",
                version(w, API + "/actions/" + w.closedAction())));
    }

    private void people() {
        op("listPeople", w -> get(API + "/people"));
        op("createPerson", w -> post(API + "/people", Map.of("displayName", "Sam Okafor")));
        op("getPerson", w -> get(person(w)));
        op("updatePerson", w -> put(person(w), Map.of("displayName", "Anne Hooper", "affiliation", "PPG",
                "version", w.version(person(w)))));
        op("anonymisePerson", w -> post(person(w) + "/anonymise", null).header("If-Match", "\"" + w.version(person(w)) + "\""));
    }

    private void engagement() {
        op("listActivities", w -> get(API + "/activities"));
        op("createActivity", w -> post(API + "/activities", activityBody(w, null)));
        op("getActivity", w -> get(activity(w)));
        op("updateActivity", w -> put(activity(w), activityBody(w, w.version(activity(w)))));
        op("getActivityTotals", w -> get(API + "/activities/totals").query("partnershipId", w.partnership()));

        op("listFeedback", w -> get(API + "/feedback"));
        op("createFeedback", w -> post(API + "/feedback", feedbackBody(w)));
        op("importFeedback", w -> post(API + "/feedback/bulk", List.of(feedbackBody(w), feedbackBody(w))));
        op("getFeedback", w -> get(feedback(w)));
        op("tagFeedback", w -> put(feedback(w) + "/themes/" + w.otherTheme(), null));
        op("untagFeedback", w -> delete(feedback(w) + "/themes/" + w.theme()));
        op("setFeedbackContributor", w -> put(feedback(w) + "/contributor", Map.of("email", "resident@example.org", "consent", true,
                "version", w.version(feedback(w)))));
        op("tagFeedbackInBulk", w -> post(API + "/feedback/tagging", Map.of("feedbackIds", List.of(w.feedback()),
                "addThemeIds", List.of(w.otherTheme()))));

        op("listOutcomes", w -> get(API + "/outcomes"));
        op("createOutcome", w -> post(API + "/outcomes", outcomeBody(w, null)));
        op("getOutcome", w -> get(outcome(w)));
        op("updateOutcome", w -> put(outcome(w), outcomeBody(w, w.version(outcome(w)))));
        // Transitions send the version as If-Match (the body's version is accepted too).
        op("changeOutcomeStatus", w -> post(outcome(w) + "/status", Map.of("status", "IN_PROGRESS"))
                .header("If-Match", ifMatch(w, outcome(w))));
        op("getOutcomeTotals", w -> get(API + "/outcomes/totals").query("partnershipId", w.partnership()));
    }

    private void themes() {
        op("listThemes", w -> get(API + "/themes").query("partnershipId", w.partnership()));
        op("getThemeInsights", w -> get(API + "/themes/insights").query("partnershipId", w.partnership()));
        op("getThemeInsightTree", w -> get(API + "/themes/insights/tree").query("partnershipId", w.partnership()));
        op("createTheme", w -> post(API + "/themes", Map.of("kind", "FOCUS_AREA", "name", "Healthy places")));
        op("getTheme", w -> get(theme(w)));
        op("updateTheme", w -> put(theme(w), Map.of("kind", "THEME", "name", "Access to GP appointments",
                "version", w.version(theme(w)))));
        op("mergeTheme", w -> post(theme(w) + "/merge", Map.of("targetId", w.otherTheme())).header("If-Match", ifMatch(w, theme(w))));
        op("retireTheme", w -> post(theme(w) + "/retire", Map.of()).header("If-Match", ifMatch(w, theme(w))));
    }

    private void money() {
        op("listReimbursementPolicies", w -> get(API + "/reimbursement-policies"));
        op("createReimbursementPolicy", w -> {
            Map<String, Object> body = w.sparePolicyBody();
            body.put("effectiveFrom", "2031-04-01");
            return post(API + "/reimbursement-policies", body);
        });
        op("getReimbursementPolicy", w -> get(API + "/reimbursement-policies/" + w.policy()));
        op("updateReimbursementPolicy", w -> {
            String path = API + "/reimbursement-policies/" + w.sparePolicy();
            Map<String, Object> body = w.sparePolicyBody();
            body.put("notes", "Corrected rates");
            body.put("version", w.version(path));
            return put(path, body);
        });
        op("deleteReimbursementPolicy", w -> versionMatched(w, delete(API + "/reimbursement-policies/" + w.sparePolicy()),
                API + "/reimbursement-policies/" + w.sparePolicy()));

        op("listBudgets", w -> get(API + "/budgets"));
        op("createBudget", w -> post(API + "/budgets", w.budgetBody()));
        op("getBudget", w -> get(API + "/budgets/" + w.budget()));
        op("updateBudget", w -> {
            String path = API + "/budgets/" + w.budget();
            Map<String, Object> body = w.budgetBody();
            body.put("allocatedPence", 600000);
            body.put("version", w.version(path));
            return put(path, body);
        });

        op("exportApprovedClaims", w -> get(API + "/finance-export/approved-claims"));
        op("exportApprovedClaimsCsv", w -> get(API + "/finance-export/approved-claims.csv").accepting("text/csv"));
    }

    private void claims() {
        op("listClaims", w -> get(API + "/claims"));
        op("getPaidTotals", w -> get(API + "/claims/paid-totals").query("financialYear", "2024-25"));
        // Members claim for themselves (leaving claimantPersonId out); staff name the claimant.
        requests.put("createClaim", (w, role) -> {
            Map<String, Object> body = new HashMap<>(Map.of("meetingId", w.freeMeeting(),
                    "lines", List.of(Map.of("category", "PUBLIC_TRANSPORT", "amountPence", 640))));
            w.policy();
            if (!role.equals("member")) {
                body.put("claimantPersonId", w.claimant());
            }
            return post(API + "/claims", body);
        });
        op("getClaim", w -> get(w.draftClaim().path()));
        op("updateClaim", w -> put(w.draftClaim().path(), Map.of("notes", "Travelled with my carer.",
                "version", w.version(w.draftClaim().path()))));
        op("deleteClaim", w -> versionMatched(w, delete(w.draftClaim().path()), w.draftClaim().path()));
        op("submitClaim", w -> post(w.draftClaim().path() + "/submit", version(w, w.draftClaim().path())));
        op("withdrawClaim", w -> post(submitted(w) + "/withdraw", Map.of("reason", "Sent twice", "version", w.version(submitted(w)))));
        op("approveClaim", w -> post(submitted(w) + "/approve", Map.of("budgetOverrideReason", "Agreed with the budget holder",
                "version", w.version(submitted(w)))));
        op("rejectClaim", w -> post(submitted(w) + "/reject", Map.of("reason", "The receipt is for another date.",
                "version", w.version(submitted(w)))));
        op("markClaimPaid", w -> post(approved(w) + "/mark-paid", Map.of("paidOn", today(), "reference", "BACS-1",
                "version", w.version(approved(w)))));
        op("markClaimsPaid", w -> post(API + "/claims/mark-paid", Map.of("paidOn", today(), "reference", "BACS-2",
                "claims", List.of(Map.of("id", w.approvedClaim(), "version", w.version(approved(w)))))));

        op("addClaimLine", w -> post(w.draftClaim().path() + "/lines", Map.of("category", "SUBSISTENCE", "amountPence", 800)));
        op("getClaimLine", w -> get(w.draftClaim().linePath()));
        op("updateClaimLine", w -> put(w.draftClaim().linePath(), Map.of("category", "PARKING", "amountPence", 2400,
                "version", w.version(w.draftClaim().path()))));
        op("removeClaimLine", w -> versionMatched(w, delete(w.draftClaim().linePath()), w.draftClaim().path()));
        op("addClaimReceipt", w -> post(w.draftClaim().linePath() + "/receipts", null).sending("image/png", World.PNG)
                .query("filename", "parking.png"));
        op("getClaimReceipt", w -> get(w.draftClaim().receiptPath()).accepting("*/*"));
        op("removeClaimReceipt", w -> versionMatched(w, delete(w.draftClaim().receiptPath()), w.draftClaim().path()));

        op("getMyClaimant", w -> get(API + "/claimants/me"));
        op("listClaimantYears", w -> get(API + "/claimants").query("financialYear", "2024-25"));
        op("getClaimantYear", w -> get(API + "/claimants/" + w.claimant()).query("financialYear", "2024-25"));
        op("linkClaimantAccount", w -> put(API + "/claimants/" + w.claimant() + "/account",
                Map.of("userSubject", UUID.randomUUID().toString())));
        op("unlinkClaimantAccount", w -> {
            w.token("member", Relation.OWN); // links the claimant, so there is something to unlink
            return delete(API + "/claimants/" + w.claimant() + "/account");
        });
    }

    /** Money's deletes: {@code call} with If-Match naming the current version of the record at {@code path}. */
    private static Call versionMatched(World w, Call call, String path) {
        return call.header("If-Match", "\"" + w.version(path) + "\"");
    }

    private void publicViews() {
        op("listPublicMeetings", w -> get(API + "/public/partnerships/" + w.partnership() + "/meetings"));
        op("listPublicOutcomes", w -> get(API + "/public/partnerships/" + w.partnership() + "/outcomes"));
    }

    private void auditTrail() {
        op("listAuditEntries", w -> get(API + "/audit").query("entityType", "partnership").query("entityId", w.partnership()));
        op("exportAuditEntriesCsv", w -> get(API + "/audit/export.csv").accepting("text/csv"));
        op("verifyAuditTrail", w -> get(API + "/audit/verification"));
        op("listProblemTypes", w -> get("/problems"));
        op("getProblemType", w -> get("/problems/version-conflict"));
    }

    // --- paths and bodies ---
    private static String partnership(World w) {
        return API + "/partnerships/" + w.partnership();
    }

    private static String board(World w) {
        return API + "/boards/" + w.board();
    }

    private static String meeting(World w) {
        return API + "/meetings/" + w.meeting();
    }

    private static String agendaItem(World w) {
        return meeting(w) + "/agenda-items/" + w.agendaItem();
    }

    private static String attendance(World w) {
        return meeting(w) + "/attendance/" + w.attendance();
    }

    private static String action(World w) {
        return API + "/actions/" + w.action();
    }

    private static String person(World w) {
        return API + "/people/" + w.person();
    }

    private static String activity(World w) {
        return API + "/activities/" + w.activity();
    }

    private static String feedback(World w) {
        return API + "/feedback/" + w.feedback();
    }

    private static String outcome(World w) {
        return API + "/outcomes/" + w.outcome();
    }

    private static String theme(World w) {
        return API + "/themes/" + w.theme();
    }

    private static String submitted(World w) {
        return API + "/claims/" + w.submittedClaim();
    }

    private static String approved(World w) {
        return API + "/claims/" + w.approvedClaim();
    }

    private static Map<String, Object> version(World w, String path) {
        return Map.of("version", w.version(path));
    }

    /** The record's current version as an If-Match ETag. */
    private static String ifMatch(World w, String path) {
        return "\"" + w.version(path) + "\"";
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Europe/London")).toString();
    }

    private static Map<String, Object> meetingBody(World w, Long version) {
        Map<String, Object> body = new HashMap<>(Map.of("partnershipId", w.partnership(), "title", "People's Partnership",
                "startsAt", World.MEETING_START, "endsAt", World.MEETING_END, "format", "ONLINE",
                "onlineLink", "https://meet.example.org/lpp"));
        if (version != null) {
            body.put("version", version);
            body.put("summary", "The meeting agreed to develop hubs.");
        }
        return body;
    }

    private void exports() {
        String exports = API + "/exports";
        op("listExportDatasets", w -> get(exports));
        op("getExportDataPackage", w -> get(exports + "/datapackage.json"));
        op("exportDataset", w -> get(exports + "/feedback?partnershipId=" + w.partnership()).accepting("application/x-ndjson"));
        op("getExportChanges", w -> get(exports + "/feedback/changes"));
        op("exportAllDatasets", w -> get(exports + "/all.zip").accepting("application/zip"));
    }

    private void calendarFeeds() {
        String feeds = API + "/calendar-feeds";
        op("listCalendarFeeds", w -> get(feeds));
        op("createCalendarFeed", w -> post(feeds, Map.of("partnershipId", w.partnership())));
        op("revokeCalendarFeed", w -> delete(feeds + "/" + w.calendarFeed().getString("id"))
                .header("If-Match", "\"" + w.calendarFeed().getLong("version") + "\""));
        op("getCalendarFeed", w -> get(w.calendarFeed().getString("url").replaceFirst("^https?://[^/]+", ""))
                .accepting(CALENDAR));
    }

    private void webhooks() {
        String hooks = API + "/webhooks";
        op("listWebhookEventTypes", w -> get(hooks + "/event-types"));
        op("listWebhooks", w -> get(hooks));
        op("createWebhook", w -> post(hooks, Map.of("url", "https://hooks.example.org/new", "eventTypes", List.of("feedback.created"))));
        op("getWebhook", w -> get(hooks + "/" + w.webhook()));
        op("updateWebhook", w -> put(hooks + "/" + w.webhook(), Map.of("url", "https://hooks.example.org/moved",
                "eventTypes", List.of("outcome.*"), "version", w.webhookVersion())));
        op("rotateWebhookSecret", w -> post(hooks + "/" + w.webhook() + "/rotate-secret", null)
                .header("If-Match", "\"" + w.webhookVersion() + "\""));
        op("deleteWebhook", w -> delete(hooks + "/" + w.webhook()).header("If-Match", "\"" + w.webhookVersion() + "\""));
        op("listWebhookDeliveries", w -> get(hooks + "/" + w.webhook() + "/deliveries"));
        op("replayWebhookDelivery", w -> post(hooks + "/" + w.webhook() + "/deliveries/" + w.webhookDelivery() + "/replay", null));
    }

    private void mail() {
        String mail = API + "/mail-messages";
        op("listMailMessages", w -> get(mail + "?status=FAILED"));
        op("getMailMessage", w -> get(mail + "/" + w.failedMail()));
        op("retryMailMessage", w -> post(mail + "/" + w.failedMail() + "/retry", null).header("If-Match", "*"));
    }

    private static Map<String, Object> activityBody(World w, Long version) {
        Map<String, Object> body = new HashMap<>(Map.of("partnershipId", w.partnership(), "kind", "SURVEY",
                "title", "GP access survey", "heldOn", "2024-07-20", "area", "Lewisham North"));
        if (version != null) {
            body.put("version", version);
        }
        return body;
    }

    private static Map<String, Object> feedbackBody(World w) {
        return Map.of("partnershipId", w.partnership(), "text", "Nobody explains the options for an appointment.",
                "receivedOn", "2024-07-18", "area", "Lewisham North");
    }

    private static Map<String, Object> outcomeBody(World w, Long version) {
        Map<String, Object> body = new HashMap<>(Map.of("partnershipId", w.partnership(),
                "youSaid", "It is hard to get a GP appointment.", "weDid", "Letters now explain every option."));
        if (version != null) {
            body.put("version", version);
        }
        return body;
    }

    private void notifications() {
        String notifications = API + "/notifications";
        op("listNotifications", w -> get(notifications));
        op("countUnreadNotifications", w -> get(notifications + "/unread-count"));
        op("markNotificationRead", w -> post(notifications + "/" + w.notification() + "/read", null));
        op("markAllNotificationsRead", w -> post(notifications + "/read-all", null));
        String preferences = API + "/notification-preferences";
        op("getNotificationPreferences", w -> get(preferences));
        op("updateNotificationPreferences", w -> put(preferences, Map.of("kinds",
                List.of(Map.of("kind", "meeting-papers", "delivery", "IMMEDIATE")))).header("If-Match", "*"));
        op("showUnsubscribe", w -> get(API + "/public/unsubscribe/" + w.unsubscribeToken()).accepting("text/html"));
        op("unsubscribe", w -> post(API + "/public/unsubscribe/" + w.unsubscribeToken(), null).accepting("text/html"));
    }
}
