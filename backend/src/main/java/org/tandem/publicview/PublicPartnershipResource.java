package org.tandem.publicview;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tandem.board.Board;
import org.tandem.common.problem.ProblemException;
import org.tandem.common.web.LondonTime;
import org.tandem.meeting.PublishedNotes;
import org.tandem.organisation.Organisation;
import org.tandem.outcome.Outcome;
import org.tandem.partnership.Partnership;
import org.tandem.theme.Themes;

@Path("/api/v1/public/partnerships/{id}")
@Tag(name = "Public", description = "What anyone may read without signing in: published material only, with no personal data.")
public class PublicPartnershipResource {
    private final Themes themes;
    private final PublishedNotes publishedNotes;

    PublicPartnershipResource(Themes themes, PublishedNotes publishedNotes) {
        this.themes = themes;
        this.publishedNotes = publishedNotes;
    }

    @GET
    @Path("outcomes")
    @PermitAll
    @Operation(operationId = "listPublicOutcomes", summary = "A partnership's published \"you said, we did\"",
            description = "No sign-in. Only published outcomes, newest first; no feedback text, names of people or staff, "
                    + "or status history. Each says where it came from (origin): the meeting whose decision made it, once "
                    + "that meeting's notes are published, and the titles of the activities its feedback came from.")
    public PublicOutcomes outcomes(@PathParam("id") UUID id) {
        Partnership partnership = partnership(id);
        List<Outcome> outcomes = Outcome.list("partnershipId = ?1 and published = true order by publishedAt desc, id", id);
        Map<UUID, String> names = themes.names(outcomes.stream().flatMap(o -> o.themeIds.stream()).collect(Collectors.toSet()));
        return new PublicOutcomes(partnership.id, partnership.name, outcomes.stream().map(o -> new PublicOutcomes.Item(o.id,
                o.youSaid, o.weDid, o.status, o.statusReason,
                o.themeIds.stream().map(names::get).sorted().toList(), responsible(o), o.feedbackIds.size(),
                o.dueOn, o.completedOn, LondonTime.of(o.publishedAt), PublicOrigins.of(o))).toList());
    }

    @GET
    @Path("meetings")
    @PermitAll
    @Operation(operationId = "listPublicMeetings", summary = "A partnership's published meeting notes",
            description = "No sign-in. Held meetings whose notes were published, newest first: agenda, notes, decisions and "
                    + "attendance counts. Nobody is named: the names of the people linked to a meeting read \"a participant\" "
                    + "and presenters are left out, for every meeting (Chatham House or not).")
    public PublicMeetings meetings(@PathParam("id") UUID id) {
        Partnership partnership = partnership(id);
        return new PublicMeetings(partnership.id, partnership.name, publishedNotes.of(partnership.id));
    }

    private static Partnership partnership(UUID id) {
        Partnership partnership = Partnership.findById(id);
        if (partnership == null) {
            throw ProblemException.notFound("Partnership " + id);
        }
        return partnership;
    }

    private static String responsible(Outcome o) {
        if (o.responsibleOrganisationId != null) {
            Organisation organisation = Organisation.findById(o.responsibleOrganisationId);
            return organisation == null ? null : organisation.name;
        }
        if (o.responsibleOrganisationName != null) {
            return o.responsibleOrganisationName;
        }
        if (o.responsibleBoardId != null) {
            Board board = Board.findById(o.responsibleBoardId);
            return board == null ? null : board.name;
        }
        return null;
    }
}
