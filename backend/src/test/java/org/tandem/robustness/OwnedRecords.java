package org.tandem.robustness;

import static org.tandem.support.Api.as;

import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.tandem.claim.ClaimFixtures;
import org.tandem.support.Fixtures;
import org.tandem.support.TestOrganisation;

/**
 * One record of each kind, owned by one organisation, so that requests with a malformed body or parameter name
 * records that exist and get as far as the parsing under test. Path parameters are looked up by the collection
 * that precedes them ({@code /meetings/{id}}, {@code /agenda-items/{itemId}}).
 */
final class OwnedRecords {
    private static final Logger LOG = Logger.getLogger(OwnedRecords.class);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 'I', 'H', 'D', 'R'};

    final TestOrganisation org;
    private final Map<String, String> idByCollection = new HashMap<>();

    private OwnedRecords(TestOrganisation org) {
        this.org = org;
    }

    static OwnedRecords create() {
        ClaimFixtures.Setup setup = ClaimFixtures.setup();
        OwnedRecords r = new OwnedRecords(setup.org());
        TestOrganisation org = setup.org();
        String partnership = setup.partnershipId();
        String meeting = setup.meetingId();
        r.put("organisations", org.id());
        r.put("partnerships", partnership);
        r.put("meetings", meeting);
        r.put("reimbursement-policies", setup.policyId());
        r.put("boards", Fixtures.board(org, "Robustness board"));
        String person = Fixtures.person(org, "Robustness person");
        r.put("people", person);
        r.put("claimants", person);
        String meetingPath = "/api/v1/meetings/" + meeting;
        r.put("agenda-items", r.created(org.staff(), meetingPath + "/agenda-items", Map.of("kind", "ITEM", "title", "Item")));
        r.put("attendance", r.created(org.staff(), meetingPath + "/attendance",
                Map.of("personId", person, "status", "ATTENDED", "mode", "ONLINE")));
        r.put("actions", r.created(org.staff(), meetingPath + "/actions", Map.of("description", "Write to the chair")));
        r.put("documents", r.created(org.staff(), meetingPath + "/documents",
                Map.of("title", "Paper", "url", "https://example.org/paper.pdf")));
        r.put("members", r.created(org.staff(), "/api/v1/partnerships/" + partnership + "/members",
                Map.of("personId", person, "role", "MEMBER")));
        String claim = ClaimFixtures.claim(setup, person, List.of(ClaimFixtures.expense("PUBLIC_TRANSPORT", 640)));
        r.put("claims", claim);
        String line = as(org.staff()).get("/api/v1/claims/" + claim).then().statusCode(200).extract().path("lines[0].id");
        r.put("lines", line);
        Response receipt = as(org.staff()).contentType("image/png").body(PNG)
                .post("/api/v1/claims/" + claim + "/lines/" + line + "/receipts");
        r.put("receipts", receipt.statusCode() == 201 ? receipt.path("id") : r.missing("receipts", receipt));
        String theme = r.created(org.staff(), "/api/v1/themes", Map.of("kind", "THEME", "name", "Robustness theme"));
        r.put("themes", theme);
        r.put("feedback", r.created(org.staff(), "/api/v1/feedback",
                Map.of("partnershipId", partnership, "text", "Robustness feedback", "receivedOn", "2024-07-17")));
        r.put("activities", r.created(org.staff(), "/api/v1/activities",
                Map.of("partnershipId", partnership, "kind", "WORKSHOP", "title", "Workshop", "heldOn", "2024-07-17")));
        r.put("outcomes", r.created(org.staff(), "/api/v1/outcomes", Map.of("partnershipId", partnership, "youSaid", "Said")));
        r.put("budgets", r.created(org.admin(), "/api/v1/budgets",
                Map.of("partnershipId", partnership, "financialYear", "2024-25", "allocatedPence", 500000)));
        r.put("exports", "feedback"); // a dataset: the exports' {dataset} is a name, not a record's id
        return r;
    }

    /** The path with each {@code {name}} replaced by an owned record's id, or by {@code overrides}. */
    String path(String template, Map<String, String> overrides) {
        String[] segments = template.split("/");
        StringBuilder path = new StringBuilder();
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.startsWith("{")) {
                // A segment may carry a suffix after its parameter, as {token}.ics does.
                int end = segment.indexOf('}');
                String name = segment.substring(1, end);
                segment = (overrides.containsKey(name) ? overrides.get(name)
                        : idByCollection.getOrDefault(segments[i - 1], UUID.randomUUID().toString())) + segment.substring(end + 1);
            }
            path.append('/').append(segment);
        }
        return path.toString();
    }

    private void put(String collection, String id) {
        idByCollection.put(collection, id);
    }

    private String created(String token, String path, Map<String, Object> body) {
        Response response = as(token).body(body).post(path);
        return response.statusCode() == 201 ? response.path("id") : missing(path, response);
    }

    /** A record that could not be made still leaves its operations tested, with an id that names nothing. */
    private String missing(String what, Response response) {
        LOG.warnf("Robustness test could not create %s (%d %s): its operations get an unknown id", what,
                response.statusCode(), response.asString());
        return UUID.randomUUID().toString();
    }
}
