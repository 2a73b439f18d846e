package org.tandem.privacy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;
import static org.tandem.privacy.PersonalDataRule.Kind.CHATHAM_TEXT;
import static org.tandem.privacy.PersonalDataRule.Kind.CONTACT;
import static org.tandem.privacy.PersonalDataRule.Kind.MINUTES;
import static org.tandem.privacy.PersonalDataRule.Kind.OPEN_TEXT;
import static org.tandem.privacy.PersonalDataRule.Kind.OTHER_CLAIM;
import static org.tandem.privacy.PersonalDataRule.Kind.OWN_CLAIM;
import static org.tandem.privacy.PersonalDataRule.Kind.PUBLIC;
import static org.tandem.privacy.PersonalDataRule.Kind.SELF;
import static org.tandem.privacy.PersonalDataRule.Relation.NONE;
import static org.tandem.privacy.PersonalDataRule.Relation.OWN;
import static org.tandem.privacy.PersonalDataRule.Relation.PARTICIPATING;
import static org.tandem.privacy.PersonalDataRule.Relation.UNRELATED;
import static org.tandem.privacy.PersonalDataWorld.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tandem.privacy.PersonalDataRule.Kind;
import org.tandem.privacy.PersonalDataRule.Relation;
import org.tandem.support.TestOrganisation;

/**
 * Personal data reaches exactly whom {@link PersonalDataRule} allows, in every output format that can carry it: for
 * each output, role and relation of the caller's organisation to the records, the raw response (headers and body)
 * must not contain a value the caller may not read, and must contain each value the output carries that the caller
 * may read, where the output serves the caller's role at all. A refusal (401, 403, 404) carries nothing.
 *
 * <p>Each cell is a dynamic test named {@code <output> <role> <relation>}; a failure reads
 * {@code <output> <role> <relation>: HTTP <status>; LEAKED [values]; MISSING [values]}. To change who may read what,
 * change {@link PersonalDataRule}, not the outputs.
 */
@QuarkusTest
class PersonalDataTest {
    // The distinctive values, each with the kind of personal data it is where it was typed (see PersonalDataWorld).
    static final Value ZEBEDEE_NAME = Value.text("name of attendee Zebedee (open meeting, members)", "Quillfeather", MINUTES);
    static final Value ZEBEDEE_ROLE = Value.text("recorded role of Zebedee", ZEBEDEE_RECORDED_ROLE, MINUTES);
    static final Value ZEBEDEE_TITLE = Value.text("partnership member title of Zebedee", ZEBEDEE_MEMBER_TITLE, MINUTES);
    static final Value OPEN_PRESENTER_NAME = Value.text("presenter Ottoline (open meeting)", "Brackenridge", MINUTES);
    static final Value HORATIO_NAME = Value.text("action owner Horatio (open meeting)", "Pumblechook", MINUTES);
    static final Value OPEN_NOTES_NAME = Value.text("name typed in notes (open)", "Quillfeather asked about the number 75 bus", OPEN_TEXT);
    static final Value OPEN_DECISION_NAME = Value.text("first name typed in decision (open)", "Zebedee will write to the bus company", OPEN_TEXT);
    static final Value OPEN_ACTION_NAME = Value.text("name typed in action description (open)", "Pumblechook to chase the pharmacy rota", OPEN_TEXT);
    static final Value OPEN_SUMMARY_NAME = Value.text("surname typed in summary (open)", "Quillfeather thanked the Catford hosts", OPEN_TEXT);
    static final Value EMAIL = Value.text("email of Zebedee", ZEBEDEE_EMAIL, CONTACT);
    static final Value PHONE = Value.text("phone of Zebedee", ZEBEDEE_PHONE, CONTACT);
    static final Value NEEDS = Value.text("access needs of Zebedee", ZEBEDEE_NEEDS, CONTACT);
    static final Value CONSENT = Value.text("consent to contact (field)", "consentToContact", CONTACT);

    static final Value CRESSIDA_NAME = Value.text("name of attendee Cressida (Chatham House meeting)", "Mountjoy", MINUTES);
    static final Value CRESSIDA_ROLE = Value.text("recorded role of Cressida", CRESSIDA_RECORDED_ROLE, MINUTES);
    static final Value IGNATIUS_NAME = Value.text("action owner Ignatius (Chatham House meeting)", "Fernsby", MINUTES);
    static final Value CHATHAM_PRESENTER_NAME = Value.text("presenter Leopold (Chatham House meeting)", "Fairbrass", CHATHAM_TEXT);
    static final Value CHATHAM_NOTES_NAME = Value.text("name typed in notes (Chatham House)", "Mountjoy challenged the discharge figures", CHATHAM_TEXT);
    static final Value CHATHAM_DECISION_NAME = Value.text("first name typed in decision (Chatham House)", "Cressida will meet the discharge team", CHATHAM_TEXT);
    static final Value CHATHAM_ACTION_NAME = Value.text("name typed in action description (Chatham House)", "Fernsby to draft the carers letter", CHATHAM_TEXT);
    static final Value CHATHAM_SUMMARY_NAME = Value.text("name typed in summary (Chatham House)", "Mountjoy welcomed the new chair", CHATHAM_TEXT);

    static final Value HORTENSIA_NAME = Value.text("claimant name Hortensia", "Wobblethwaite", OWN_CLAIM);
    static final Value HORTENSIA_CLAIM_LINE = Value.text("claim line of Hortensia", HORTENSIA_LINE, OWN_CLAIM);
    static final Value HORTENSIA_AMOUNT = Value.pence("claim amount of Hortensia (1789)", HORTENSIA_PENCE, OWN_CLAIM);
    static final Value HORTENSIA_RECEIPT_NAME = Value.text("receipt of Hortensia", HORTENSIA_RECEIPT, OWN_CLAIM);
    static final Value ARAMINTA_NAME = Value.text("claimant name Araminta (another's claim)", "Throckmorton", OTHER_CLAIM);
    static final Value ARAMINTA_CLAIM_LINE = Value.text("claim line of Araminta", ARAMINTA_LINE, OTHER_CLAIM);
    static final Value ARAMINTA_AMOUNT = Value.pence("claim amount of Araminta (1357)", ARAMINTA_PENCE, OTHER_CLAIM);

    static final Value OUTCOME_STAFF = Value.text("staff name in outcome history", "Higginbottom", MINUTES);
    static final Value PUBLISHED_NOTES = Value.text("published notes (redacted wording)", "asked about the number 75 bus", PUBLIC);
    static final Value PUBLISHED_OUTCOME = Value.text("published outcome", "step-free access at Catford", PUBLIC);

    static final List<Value> VALUES = List.of(ZEBEDEE_NAME, ZEBEDEE_ROLE, ZEBEDEE_TITLE, OPEN_PRESENTER_NAME, HORATIO_NAME,
            OPEN_NOTES_NAME, OPEN_DECISION_NAME, OPEN_ACTION_NAME, OPEN_SUMMARY_NAME, EMAIL, PHONE, NEEDS, CONSENT,
            CRESSIDA_NAME, CRESSIDA_ROLE, IGNATIUS_NAME, CHATHAM_PRESENTER_NAME, CHATHAM_NOTES_NAME, CHATHAM_DECISION_NAME,
            CHATHAM_ACTION_NAME, CHATHAM_SUMMARY_NAME, HORTENSIA_NAME, HORTENSIA_CLAIM_LINE, HORTENSIA_AMOUNT,
            HORTENSIA_RECEIPT_NAME, ARAMINTA_NAME, ARAMINTA_CLAIM_LINE, ARAMINTA_AMOUNT, OUTCOME_STAFF, PUBLISHED_NOTES,
            PUBLISHED_OUTCOME);

    /** The roles each endpoint serves, from the contract's RolesAllowed; "anonymous" for the public views. */
    static final Set<String> EVERY_ROLE = Set.of("admin", "staff", "finance", "analyst", "partner", "member");
    static final Set<String> NAMED_ROLES = Set.of("admin", "staff", "finance", "member");
    static final Set<String> DIRECTORY_ROLES = Set.of("admin", "staff");
    static final Set<String> OUTCOME_ROLES = Set.of("admin", "staff", "analyst", "partner", "member");
    static final Set<String> CLAIMANT_YEAR_ROLES = Set.of("admin", "staff", "finance");
    static final Set<String> FINANCE_ROLE = Set.of("finance");
    static final Set<String> AUDIT_ROLES = Set.of("admin", "staff", "finance");
    static final Set<String> EXPORT_ROLES = Set.of("admin", "analyst");
    static final Set<String> ADMIN_ROLE = Set.of("admin");
    /** Every dataset of the exports, as the contract names them. */
    static final List<String> DATASETS = List.of("organisations", "partnerships", "partnership-organisations", "boards",
            "board-organisations", "partnership-boards", "meetings", "agenda-items", "decisions", "attendance", "attendance-counts",
            "actions", "activities", "feedback", "feedback-themes", "themes", "outcomes", "outcome-status-changes", "outcome-feedback",
            "outcome-themes", "claim-totals", "budgets", "audit-trail");
    static final Map<String, String> EXPORT_FORMATS = Map.of("ndjson", "application/x-ndjson", "csv", "text/csv", "json", "application/json");
    static final Set<String> ANYONE = Set.of("admin", "staff", "finance", "analyst", "partner", "member", "anonymous");

    static final List<String> ROLES = List.of("admin", "staff", "finance", "analyst", "partner", "partner-client", "member");

    @TestFactory
    Stream<DynamicTest> personalDataReachesExactlyWhomTheRuleAllows() {
        PersonalDataWorld world = new PersonalDataWorld();
        List<Caller> callers = callers(world);
        return outputs(world).stream().flatMap(output -> callers.stream().map(caller ->
                DynamicTest.dynamicTest(output.name + " " + caller.role() + " " + caller.relation(), () -> check(output, caller))));
    }

    private static void check(Output output, Caller caller) {
        RequestSpecification request = given().accept(output.mediaType);
        if (caller.token() != null) {
            request.auth().oauth2(caller.token());
        }
        Response response = request.get(output.path);
        String raw = response.getHeaders().toString() + "\n" + (output.mediaType.equals("application/zip") && response.statusCode() == 200
                ? unzipped(response.asByteArray()) : response.getBody().asString());
        if (output.mediaType.equals("text/calendar")) {
            raw = raw.replace("\r\n ", "").replace("\r\n\t", ""); // unfold RFC 5545 lines: a name may span two
        }
        boolean answered = response.statusCode() / 100 == 2;
        String cell = output.name + " " + caller.role() + " " + caller.relation();
        boolean serves = output.readers.contains(caller.endpointRole()) && output.answers.contains(caller.relation());
        List<String> leaked = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Value value : VALUES) {
            boolean allowed = PersonalDataRule.allows(output.kindOf(value), caller.role(), caller.relation());
            boolean present = value.pattern().matcher(raw).find();
            if (present && !allowed) {
                leaked.add(value.label());
            } else if (!present && allowed && serves && output.carried.containsKey(value)) {
                missing.add(value.label());
            }
        }
        if (!leaked.isEmpty() || !missing.isEmpty()) {
            fail(cell + ": HTTP " + response.statusCode() + (leaked.isEmpty() ? "" : "; LEAKED " + leaked)
                    + (missing.isEmpty() ? "" : "; MISSING " + missing + (answered ? "" : " (refused)")));
        }
    }

    /** Every file of a zip archive, one after the other. */
    private static String unzipped(byte[] zip) {
        StringBuilder text = new StringBuilder();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                text.append(entry.getName()).append('\n').append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("not a zip archive", e);
        }
        return text.toString();
    }

    private static List<Caller> callers(PersonalDataWorld world) {
        List<Caller> callers = new ArrayList<>();
        Map<Relation, TestOrganisation> organisations = new LinkedHashMap<>();
        organisations.put(OWN, world.own);
        organisations.put(PARTICIPATING, world.participating);
        organisations.put(UNRELATED, world.unrelated);
        organisations.forEach((relation, organisation) -> {
            for (String role : ROLES) {
                String token = role.equals("partner-client") ? PersonalDataWorld.partnerClient(organisation) : organisation.token(role);
                callers.add(new Caller(role, relation, token));
            }
        });
        callers.add(new Caller("claimant", OWN, world.claimantToken));
        callers.add(new Caller("anonymous", NONE, null));
        return callers;
    }

    private static List<Output> outputs(PersonalDataWorld w) {
        List<Output> outputs = new ArrayList<>();
        String partnership = "/api/v1/partnerships/" + w.partnershipId;
        outputs.add(Output.json("partnerships", "/api/v1/partnerships"));
        // The claimant belongs to the partnership (a linked member reads only their own): there, their name is a member's.
        outputs.add(Output.json("partnership", partnership).carries(ZEBEDEE_NAME, ZEBEDEE_TITLE).carriesAs(MINUTES, HORTENSIA_NAME));
        outputs.add(Output.json("members", partnership + "/members").readers(NAMED_ROLES).carries(ZEBEDEE_NAME, ZEBEDEE_TITLE)
                .carriesAs(MINUTES, HORTENSIA_NAME));
        outputs.add(Output.json("boards", "/api/v1/boards"));
        outputs.add(Output.json("board", "/api/v1/boards/" + w.boardId));
        outputs.add(Output.json("meetings", "/api/v1/meetings"));
        meetingOutputs(outputs, "open", w.open, List.of(ZEBEDEE_NAME, ZEBEDEE_ROLE), List.of(OPEN_PRESENTER_NAME, OPEN_NOTES_NAME,
                OPEN_DECISION_NAME), List.of(HORATIO_NAME, OPEN_ACTION_NAME), OPEN_SUMMARY_NAME, List.of(OPEN_PRESENTER_NAME));
        // Calendars of a Chatham House meeting may leave the presenter out even for its note takers.
        meetingOutputs(outputs, "chatham", w.chatham, List.of(CRESSIDA_NAME, CRESSIDA_ROLE), List.of(CHATHAM_PRESENTER_NAME,
                CHATHAM_NOTES_NAME, CHATHAM_DECISION_NAME), List.of(IGNATIUS_NAME, CHATHAM_ACTION_NAME), CHATHAM_SUMMARY_NAME, List.of());
        outputs.add(Output.json("actions", "/api/v1/actions")
                .carries(HORATIO_NAME, OPEN_ACTION_NAME, IGNATIUS_NAME, CHATHAM_ACTION_NAME));
        outputs.add(Output.calendar("partnership calendar", partnership + "/calendar.ics").carries(OPEN_PRESENTER_NAME));
        outputs.add(Output.calendar("board calendar", "/api/v1/boards/" + w.boardId + "/calendar.ics"));

        outputs.add(Output.json("people", "/api/v1/people?size=100").readers(DIRECTORY_ROLES).answers(OWN)
                .carries(ZEBEDEE_NAME, HORATIO_NAME, CRESSIDA_NAME, IGNATIUS_NAME, EMAIL, PHONE, NEEDS, CONSENT)
                .carriesAs(CONTACT, HORTENSIA_NAME, ARAMINTA_NAME));
        outputs.add(Output.json("person", "/api/v1/people/" + w.zebedeeId).readers(DIRECTORY_ROLES).answers(OWN)
                .carries(ZEBEDEE_NAME, EMAIL, PHONE, NEEDS, CONSENT));

        String claims = "/api/v1/claims";
        outputs.add(Output.json("claims", claims).readers(NAMED_ROLES).answers(OWN)
                .carries(HORTENSIA_NAME, HORTENSIA_AMOUNT, ARAMINTA_NAME, ARAMINTA_AMOUNT));
        outputs.add(Output.json("claim of Hortensia", claims + "/" + w.hortensiaClaimId).readers(NAMED_ROLES).answers(OWN)
                .carries(HORTENSIA_NAME, HORTENSIA_CLAIM_LINE, HORTENSIA_AMOUNT, HORTENSIA_RECEIPT_NAME));
        outputs.add(Output.json("claim of Araminta", claims + "/" + w.aramintaClaimId).readers(NAMED_ROLES).answers(OWN)
                .carries(ARAMINTA_NAME, ARAMINTA_CLAIM_LINE, ARAMINTA_AMOUNT));
        outputs.add(new Output("receipt", claims + "/" + w.hortensiaClaimId + "/lines/" + w.hortensiaLineId + "/receipts/"
                + w.hortensiaReceiptId, "application/pdf").readers(NAMED_ROLES).answers(OWN).carries(HORTENSIA_RECEIPT_NAME));
        outputs.add(Output.json("claimant me", "/api/v1/claimants/me").readers(NAMED_ROLES).answers(OWN)
                .carriesAs(SELF, HORTENSIA_NAME));
        outputs.add(Output.json("claimant year of Hortensia", "/api/v1/claimants/" + w.hortensiaId + "?financialYear=" + w.paidYear)
                .readers(NAMED_ROLES).answers(OWN).carries(HORTENSIA_NAME));
        outputs.add(Output.json("claimant years", "/api/v1/claimants?financialYear=" + w.paidYear)
                .readers(CLAIMANT_YEAR_ROLES).answers(OWN).carries(ARAMINTA_NAME, ARAMINTA_AMOUNT));
        outputs.add(Output.json("finance export JSON", "/api/v1/finance-export/approved-claims").readers(FINANCE_ROLE).answers(OWN)
                .carries(HORTENSIA_NAME, HORTENSIA_AMOUNT));
        outputs.add(new Output("finance export CSV", "/api/v1/finance-export/approved-claims.csv", "text/csv")
                .readers(FINANCE_ROLE).answers(OWN).carries(HORTENSIA_NAME, HORTENSIA_AMOUNT));

        // The trail holds what the records held, for the holding organisation's admins, staff and finance only.
        outputs.add(Output.json("audit trail", "/api/v1/audit?size=200").readers(AUDIT_ROLES).answers(OWN));
        outputs.add(new Output("audit trail CSV", "/api/v1/audit/export.csv", "text/csv").readers(AUDIT_ROLES).answers(OWN));

        outputs.add(Output.json("outcomes", "/api/v1/outcomes").readers(OUTCOME_ROLES).carries(OUTCOME_STAFF));
        outputs.add(Output.json("outcome", "/api/v1/outcomes/" + w.outcomeId).readers(OUTCOME_ROLES).carries(OUTCOME_STAFF));

        // Exports carry no personal data for anyone: names only as "a participant" in text, people only as pseudonyms.
        for (String dataset : DATASETS) {
            Set<String> readers = dataset.equals("audit-trail") ? ADMIN_ROLE : EXPORT_ROLES;
            EXPORT_FORMATS.forEach((format, mediaType) -> {
                Output export = new Output("export " + dataset + " " + format, "/api/v1/exports/" + dataset + "?format=" + format, mediaType)
                        .readers(readers).noPersonalData();
                if (dataset.equals("agenda-items")) {
                    export.carries(PUBLISHED_NOTES);
                } else if (dataset.equals("outcomes")) {
                    export.carries(PUBLISHED_OUTCOME);
                }
                outputs.add(export);
            });
        }
        outputs.add(new Output("export of every dataset", "/api/v1/exports/all.zip", "application/zip").readers(EXPORT_ROLES)
                .noPersonalData().carries(PUBLISHED_NOTES, PUBLISHED_OUTCOME));
        outputs.add(Output.json("exports' data dictionary", "/api/v1/exports/datapackage.json").readers(EXPORT_ROLES).noPersonalData());

        String publicPartnership = "/api/v1/public/partnerships/" + w.partnershipId;
        outputs.add(Output.published("public meetings", publicPartnership + "/meetings").carries(PUBLISHED_NOTES));
        outputs.add(Output.published("public outcomes", publicPartnership + "/outcomes").carries(PUBLISHED_OUTCOME));
        // The preview of the public notes is the public page's wording, for those who run the meeting: no personal data.
        outputs.add(Output.json("public preview", "/api/v1/meetings/" + w.open.id() + "/public-preview").readers(DIRECTORY_ROLES)
                .answers(OWN).noPersonalData().carries(PUBLISHED_NOTES));
        return outputs;
    }

    /** The views of one meeting and its parts: every role may read them, within the organisations that can see it. */
    private static void meetingOutputs(List<Output> outputs, String label, PersonalDataWorld.Meeting m, List<Value> register,
            List<Value> agenda, List<Value> action, Value summary, List<Value> calendar) {
        String path = m.path();
        List<Value> meeting = new ArrayList<>(register);
        meeting.addAll(agenda);
        meeting.addAll(action);
        meeting.add(summary);
        outputs.add(Output.json("meeting[" + label + "]", path).carries(meeting));
        outputs.add(Output.json("agenda[" + label + "]", path + "/agenda-items").carries(agenda));
        outputs.add(Output.json("agenda item[" + label + "]", path + "/agenda-items/" + m.agendaItemId()).carries(agenda));
        outputs.add(Output.json("register[" + label + "]", path + "/attendance").carries(register));
        outputs.add(Output.json("attendance entry[" + label + "]", path + "/attendance/" + m.attendanceId()).carries(register));
        outputs.add(Output.json("action[" + label + "]", "/api/v1/actions/" + m.actionId()).carries(action));
        outputs.add(Output.json("documents[" + label + "]", path + "/documents"));
        outputs.add(Output.calendar("calendar[" + label + "]", path + "/calendar.ics").carries(calendar));
    }

    /** A distinctive value, found in the raw response by {@code pattern}. */
    record Value(String label, Pattern pattern, Kind kind) {
        static Value text(String label, String text, Kind kind) {
            return new Value(label, Pattern.compile(Pattern.quote(text), Pattern.CASE_INSENSITIVE), kind);
        }

        /**
         * An amount in pence as a JSON number or a CSV field: after a colon or comma and before neither a digit nor a
         * letter, so that no id's digits match (an audit entry's number, "id":1789, or a UUID field such as ",1357ab9e-").
         */
        static Value pence(String label, int pence, Kind kind) {
            return new Value(label, Pattern.compile("(?<!\"id\":)(?<=[:,])" + pence + "(?![0-9A-Za-z_-])"), kind);
        }
    }

    /** Who calls: a role (partner-client is a partner system, claimant a member linked to Hortensia) of an organisation. */
    record Caller(String role, Relation relation, String token) {
        /** The realm role the endpoint sees. */
        String endpointRole() {
            return switch (role) {
                case "partner-client" -> "partner";
                case "claimant" -> "member";
                default -> role;
            };
        }
    }

    /** One GET that produces text, with the values it carries for callers allowed to read them. */
    static final class Output {
        final String name;
        final String path;
        final String mediaType;
        Set<String> readers = EVERY_ROLE;
        Set<Relation> answers = EnumSet.of(OWN, PARTICIPATING);
        /** Each carried value with the kind of personal data it is in this output. */
        final Map<Value, Kind> carried = new LinkedHashMap<>();
        boolean published;

        Output(String name, String path, String mediaType) {
            this.name = name;
            this.path = path;
            this.mediaType = mediaType;
        }

        static Output json(String name, String path) {
            return new Output(name, path, "application/json");
        }

        static Output calendar(String name, String path) {
            return new Output(name, path, "text/calendar");
        }

        /** A public view: anyone reads it, signed in or not, and it carries no personal data for anyone. */
        static Output published(String name, String path) {
            Output output = json(name, path).readers(ANYONE).answers(Relation.values());
            output.published = true;
            return output;
        }

        /** Like a public view, whoever reads it: no personal data, whatever the reader may see elsewhere. */
        Output noPersonalData() {
            published = true;
            return this;
        }

        /** The roles the endpoint serves: only they must find the values it carries. */
        Output readers(Set<String> roles) {
            readers = roles;
            return this;
        }

        /** The relations whose callers can see its records. */
        Output answers(Relation... relations) {
            answers = EnumSet.copyOf(List.of(relations));
            return this;
        }

        Output carries(Value... values) {
            return carries(List.of(values));
        }

        Output carries(List<Value> values) {
            values.forEach(v -> carried.put(v, v.kind()));
            return this;
        }

        /** Values that are a different kind of personal data here, e.g. a claimant's name in the directory. */
        Output carriesAs(Kind kind, Value... values) {
            for (Value v : values) {
                carried.put(v, kind);
            }
            return this;
        }

        Kind kindOf(Value value) {
            return carried.getOrDefault(value, published ? Kind.NOBODY : value.kind());
        }
    }
}
