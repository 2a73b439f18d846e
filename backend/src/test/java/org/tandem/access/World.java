package org.tandem.access;

import static org.tandem.support.Api.as;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.tandem.access.AccessTable.Relation;
import org.tandem.claim.ClaimFixtures;
import org.tandem.mail.MailContent;
import org.tandem.mail.MailMessage;
import org.tandem.mail.MailQueue;
import org.tandem.mail.MailStatus;
import org.tandem.mail.OutgoingMail;
import org.tandem.notification.Notification;
import org.tandem.notification.Recipient;
import org.tandem.notification.UnsubscribeLinks;
import org.tandem.support.TestOrganisation;
import org.tandem.support.Tokens;
import org.tandem.webhook.DeliveryStatus;
import org.tandem.webhook.WebhookDelivery;

/**
 * Three organisations and the owner's records, made through the API when first asked for: OWN holds everything,
 * PARTICIPATING takes part in OWN's partnership and sits on its board, UNRELATED has no part in them. A world
 * creates only what the operations sent in it use, so a fresh one per successful write stays cheap.
 */
final class World {
    static final String MEETING_START = "2024-07-17T13:45:00+01:00";
    static final String MEETING_END = "2024-07-17T16:00:00+01:00";
    static final byte[] PNG = "\u0089PNG\r\n\u001a\nIHDR...receipt".getBytes(StandardCharsets.ISO_8859_1);

    final TestOrganisation own = TestOrganisation.create();
    final TestOrganisation participating = TestOrganisation.create();
    final TestOrganisation unrelated = TestOrganisation.create();
    private final Map<String, Object> made = new HashMap<>();

    TestOrganisation organisation(Relation relation) {
        return switch (relation) {
            case OWN -> own;
            case PARTICIPATING -> participating;
            case UNRELATED -> unrelated;
        };
    }

    /**
     * The caller with {@code role} in the organisation of {@code relation}, the same token each time it is asked for.
     * Members are linked to a person of their organisation; the owner's member to the claimant, who belongs to the
     * partnership (a linked lay member reads only their own partnerships and the boards those report to), while the
     * other organisations' members belong to none.
     */
    String token(String role, Relation relation) {
        return once("token " + role + " " + relation, () -> {
            TestOrganisation organisation = organisation(relation);
            String token = role.equals("partner") ? Tokens.partnerClient(organisation.code()) : Tokens.user(role, organisation.code());
            if (role.equals("member")) {
                String person = relation == Relation.OWN ? claimant() : person(organisation, "Member of " + relation.label());
                ClaimFixtures.link(organisation, person, token);
                if (relation == Relation.OWN) {
                    claimantMembership();
                }
            }
            return token;
        });
    }

    // --- setup callers of the owner organisation (not the callers under test) ---
    String staff() {
        return once("staff", own::staff);
    }

    String admin() {
        return once("admin", own::admin);
    }

    // --- partnership and board, with PARTICIPATING taking part ---
    /** Reports to {@link #board()}. */
    String partnership() {
        return once("partnership", () -> id(as(staff()).body(Map.of("name", "People's Partnership (access matrix)",
                "participantOrganisationIds", List.of(participating.id()), "boardIds", List.of(board())))
                .post("/api/v1/partnerships")));
    }

    String board() {
        return once("board", () -> id(as(staff()).body(Map.of("name", "Strategic Board (access matrix)",
                "participantOrganisationIds", List.of(participating.id()))).post("/api/v1/boards")));
    }

    String member() {
        return once("member", () -> id(as(staff()).body(Map.of("personId", person(), "role", "MEMBER"))
                .post("/api/v1/partnerships/" + partnership() + "/members")));
    }

    /** The claimant, whom the owner's member signs in as, belongs to the partnership. */
    String claimantMembership() {
        return once("claimant membership", () -> id(as(staff()).body(Map.of("personId", claimant(), "role", "MEMBER"))
                .post("/api/v1/partnerships/" + partnership() + "/members")));
    }

    // --- meetings in each state the operations start from ---
    String meeting() {
        return once("meeting", this::newMeeting);
    }

    String heldMeeting() {
        return once("held meeting", () -> {
            String id = newMeeting();
            transition("/api/v1/meetings/" + id, "mark-held", Map.of());
            return id;
        });
    }

    String publishedMeeting() {
        return once("published meeting", () -> {
            String id = newMeeting();
            transition("/api/v1/meetings/" + id, "mark-held", Map.of());
            transition("/api/v1/meetings/" + id, "publish-notes", Map.of());
            return id;
        });
    }

    /** A meeting nobody has claimed for yet. */
    String freeMeeting() {
        return once("free meeting", this::newMeeting);
    }

    String agendaItem() {
        return once("agenda item", () -> id(as(staff()).body(Map.of("kind", "ITEM", "title", "Year One Review"))
                .post("/api/v1/meetings/" + meeting() + "/agenda-items")));
    }

    /** A second item, after {@link #agendaItem()}, so that there is an order to change. */
    String laterAgendaItem() {
        return once("later agenda item", () -> {
            agendaItem();
            return id(as(staff()).body(Map.of("kind", "ITEM", "title", "Any other business"))
                    .post("/api/v1/meetings/" + meeting() + "/agenda-items"));
        });
    }

    String attendance() {
        return once("attendance", () -> id(as(staff()).body(Map.of("personId", person(), "status", "ATTENDED", "mode", "ONLINE"))
                .post("/api/v1/meetings/" + meeting() + "/attendance")));
    }

    /** An entry of the register whom the public page names, with their consent. */
    String publiclyNamedAttendance() {
        return once("publicly named attendance", () -> {
            String entry = id(as(staff()).body(Map.of("personId", person(own, "Anna Geyer"), "status", "ATTENDED"))
                    .post("/api/v1/meetings/" + meeting() + "/attendance"));
            String path = "/api/v1/meetings/" + meeting() + "/attendance/" + entry;
            as(staff()).body(Map.of("role", "Artist", "consentGiven", true, "consentMethod", "VERBAL", "version", currentVersion(path)))
                    .put(path + "/public-naming").then().statusCode(200);
            return entry;
        });
    }

    String action() {
        return once("action", this::newAction);
    }

    /** An open action the claimant (the owner's member) owns, to mark done as theirs. */
    String claimantAction() {
        return once("claimant action", () -> id(as(staff()).body(Map.of("description", "Send the survey link",
                "ownerPersonId", claimant())).post("/api/v1/meetings/" + meeting() + "/actions")));
    }

    String closedAction() {
        return once("closed action", () -> {
            String id = newAction();
            transition("/api/v1/actions/" + id, "close", Map.of("status", "DONE"));
            return id;
        });
    }

    String document() {
        return once("document", () -> id(as(staff()).body(Map.of("title", "Year One Review", "url", "https://example.org/review.pdf"))
                .post("/api/v1/meetings/" + meeting() + "/documents")));
    }

    // --- people of the owner's directory ---
    String person() {
        return once("person", () -> person(own, "Anne Hooper"));
    }

    /** A person of the owner's directory on no register and in no partnership yet. */
    String otherPerson() {
        return once("other person", () -> person(own, "Sam Okafor"));
    }

    /** The person the owner's member claims as. */
    String claimant() {
        return once("claimant", () -> person(own, "Grace Mensah"));
    }

    // --- engagement ---
    String activity() {
        return once("activity", () -> id(as(staff()).body(Map.of("partnershipId", partnership(), "kind", "WORKSHOP",
                "title", "Primary care access workshop", "heldOn", "2024-07-17")).post("/api/v1/activities")));
    }

    String theme() {
        return once("theme", () -> newTheme("Access to primary care"));
    }

    String otherTheme() {
        return once("other theme", () -> newTheme("Communication between providers"));
    }

    /** Feedback recorded by the owner's staff, tagged with {@link #theme()}. */
    String feedback() {
        return once("feedback", () -> id(as(staff()).body(Map.of("partnershipId", partnership(), "receivedOn", "2024-07-17",
                "text", "It takes three weeks to get a GP appointment.", "themeIds", List.of(theme()))).post("/api/v1/feedback")));
    }

    String outcome() {
        return once("outcome", () -> id(as(staff()).body(Map.of("partnershipId", partnership(),
                "youSaid", "It is hard to get a GP appointment.")).post("/api/v1/outcomes")));
    }

    // --- a calendar subscription of the owner organisation's member to its partnership (its address only now) ---
    JsonPath calendarFeed() {
        return once("calendar feed", () -> as(token("member", Relation.OWN)).body(Map.of("partnershipId", partnership()))
                .post("/api/v1/calendar-feeds").then().statusCode(201).extract().jsonPath());
    }

    // --- webhooks: a subscription of the owner organisation, with one delivery in its log ---
    String webhook() {
        return once("webhook", () -> id(as(admin()).body(Map.of("url", "https://hooks.example.org/tandem",
                "eventTypes", List.of("outcome.*"))).post("/api/v1/webhooks")));
    }

    long webhookVersion() {
        return once("webhook version", () -> ((Number) as(admin()).get("/api/v1/webhooks/" + webhook())
                .then().statusCode(200).extract().path("version")).longValue());
    }

    /** A delivery as the fan-out makes it (the outbox is not dispatched in tests unless they choose). */
    String webhookDelivery() {
        return once("webhook delivery", () -> QuarkusTransaction.requiringNew().call(() -> {
            var delivery = new WebhookDelivery();
            delivery.subscriptionId = UUID.fromString(webhook());
            delivery.eventId = UUID.randomUUID();
            delivery.eventType = "outcome.updated";
            delivery.body = "{\"type\":\"outcome.updated\"}";
            delivery.status = DeliveryStatus.DELIVERED;
            delivery.retryingSince = Instant.now();
            delivery.persist();
            return delivery.id.toString();
        }));
    }

    // --- notifications ---
    /** An unread notification of the owner organisation's member (the claimant), as the fan-out records them. */
    String notification() {
        return once("notification", () -> QuarkusTransaction.requiringNew().call(() -> {
            UUID id = UUID.randomUUID();
            Notification.getEntityManager().createNativeQuery("INSERT INTO notification (id, recipient_key, recipient_person_id, "
                            + "organisation_id, kind, source_key, title, body, delivery, created_at) VALUES (:id, :key, :person, "
                            + ":organisation, 'action-assigned', :source, 'Action for you', 'An action', 'NONE', now())")
                    .setParameter("id", id).setParameter("key", "person:" + claimant())
                    .setParameter("person", UUID.fromString(claimant())).setParameter("organisation", UUID.fromString(own.id()))
                    .setParameter("source", "access-matrix:" + id).executeUpdate();
            return id.toString();
        }));
    }

    /** The token of an unsubscribe link as mails carry it. */
    String unsubscribeToken() {
        return once("unsubscribe token", () -> {
            String url = Arc.container().instance(UnsubscribeLinks.class).get()
                    .url(Recipient.address("access-matrix-" + UUID.randomUUID() + "@example.org"), "meeting-papers");
            return url.substring(url.lastIndexOf('/') + 1);
        });
    }

    // --- mail: a mail to a person of the owner's directory that failed ---
    String failedMail() {
        return once("failed mail", () -> {
            String address = "access-" + UUID.randomUUID() + "@example.org";
            as(staff()).body(Map.of("displayName", "Ada Mensah", "email", address)).post("/api/v1/people").then().statusCode(201);
            MailQueue queue = Arc.container().instance(MailQueue.class).get();
            return QuarkusTransaction.requiringNew().call(() -> {
                UUID id = queue.enqueue(new OutgoingMail(address, "Ada Mensah", "access-matrix", "Your invitation",
                        new MailContent("Hello", null), List.of(), null, "access/" + UUID.randomUUID()));
                MailMessage.update("status = ?1, lastError = ?2 where id = ?3", MailStatus.FAILED, "SMTP 550: refused", id);
                return id.toString();
            });
        });
    }

    // --- money ---
    /** The policy the claims are made under (so it can no longer change). */
    String policy() {
        return once("policy", () -> ClaimFixtures.policy(own, ClaimFixtures.policyBody(partnership())));
    }

    /** A policy no claim uses, which can still be corrected or deleted. */
    String sparePolicy() {
        return once("spare policy", () -> ClaimFixtures.policy(own, sparePolicyBody()));
    }

    Map<String, Object> sparePolicyBody() {
        Map<String, Object> body = ClaimFixtures.policyBody(partnership());
        body.put("effectiveFrom", "2030-04-01");
        return body;
    }

    String budget() {
        return once("budget", () -> id(as(admin()).body(budgetBody()).post("/api/v1/budgets")));
    }

    Map<String, Object> budgetBody() {
        return new HashMap<>(Map.of("partnershipId", partnership(), "financialYear", "2024-25", "allocatedPence", 500000));
    }

    /** A draft by staff for the claimant, who declines the involvement payment, with a parking line (above the receipt threshold) and its receipt. */
    DraftClaim draftClaim() {
        return once("draft claim", () -> {
            policy();
            JsonPath claim = as(staff()).body(Map.of("claimantPersonId", claimant(), "meetingId", meeting(),
                    "declineInvolvementPayment", true, "lines", List.of(Map.of("category", "PARKING", "amountPence", 2500))))
                    .post("/api/v1/claims").then().statusCode(201).extract().jsonPath();
            String id = claim.getString("id");
            String line = claim.getString("lines[0].id");
            String receipt = as(staff()).contentType("image/png").body(PNG)
                    .post("/api/v1/claims/" + id + "/lines/" + line + "/receipts").then().statusCode(201).extract().path("id");
            return new DraftClaim(id, line, receipt);
        });
    }

    record DraftClaim(String id, String lineId, String receiptId) {
        String path() {
            return "/api/v1/claims/" + id;
        }

        String linePath() {
            return path() + "/lines/" + lineId;
        }

        String receiptPath() {
            return linePath() + "/receipts/" + receiptId;
        }
    }

    String submittedClaim() {
        return once("submitted claim", () -> {
            String id = halfDayClaim();
            transition("/api/v1/claims/" + id, "submit", Map.of());
            return id;
        });
    }

    String approvedClaim() {
        return once("approved claim", () -> {
            String id = halfDayClaim();
            transition("/api/v1/claims/" + id, "submit", Map.of());
            ClaimFixtures.transition(own.finance(), "/api/v1/claims/" + id, "approve", Map.of("budgetOverrideReason", "Agreed"));
            return id;
        });
    }

    /**
     * The version of the record at {@code path} for a request's body, read once per world: only cells expected to
     * fail share a world, and those are refused before any version is checked.
     */
    long version(String path) {
        return once("version " + path, () -> currentVersion(path));
    }

    private long currentVersion(String path) {
        return ((Number) as(staff()).get(path).then().statusCode(200).extract().path("version")).longValue();
    }

    long memberVersion() {
        return once("member version", this::currentMemberVersion);
    }

    private long currentMemberVersion() {
        List<Map<String, Object>> members = as(staff()).get("/api/v1/partnerships/" + partnership() + "/members")
                .then().statusCode(200).extract().path("$");
        return members.stream().filter(m -> m.get("id").equals(member())).map(m -> ((Number) m.get("version")).longValue())
                .findFirst().orElseThrow();
    }

    // --- helpers ---
    private String newMeeting() {
        return id(as(staff()).body(Map.of("partnershipId", partnership(), "title", "People's Partnership",
                "startsAt", MEETING_START, "endsAt", MEETING_END, "format", "ONLINE",
                "onlineLink", "https://meet.example.org/lpp")).post("/api/v1/meetings"));
    }

    private String newAction() {
        return id(as(staff()).body(Map.of("description", "Feed back to the main group"))
                .post("/api/v1/meetings/" + meeting() + "/actions"));
    }

    private String newTheme(String name) {
        return id(as(staff()).body(Map.of("kind", "THEME", "name", name)).post("/api/v1/themes"));
    }

    /** A claim for the claimant, for a meeting of its own (one live claim per person and meeting), with a half day. */
    private String halfDayClaim() {
        policy();
        return id(as(staff()).body(Map.of("claimantPersonId", claimant(), "meetingId", newMeeting(),
                "lines", List.of(ClaimFixtures.halfDay()))).post("/api/v1/claims"));
    }

    private String person(TestOrganisation organisation, String name) {
        return id(as(organisation.staff()).body(Map.of("displayName", name)).post("/api/v1/people"));
    }

    private void transition(String path, String action, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("version", currentVersion(path));
        as(staff()).body(body).post(path + "/" + action).then().statusCode(200);
    }

    private static String id(io.restassured.response.Response created) {
        return created.then().statusCode(201).extract().path("id");
    }

    @SuppressWarnings("unchecked")
    private <T> T once(String key, Supplier<T> make) {
        T value = (T) made.get(key);
        if (value == null) {
            value = make.get();
            made.put(key, value);
        }
        return value;
    }

    static String uniqueCode() {
        return "new-" + UUID.randomUUID().toString().substring(0, 12);
    }
}
