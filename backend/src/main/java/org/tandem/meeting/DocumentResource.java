package org.tandem.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.tandem.common.change.Changes;
import org.tandem.common.problem.ProblemException;
import org.tandem.common.security.Roles;

@Path("/api/v1/meetings/{meetingId}/documents")
@Tag(name = "Meeting documents", description = """
        Titled links to a meeting's papers, slides, visual recordings and minutes. Documents are added and removed,
        not edited; each may be shown on the public page with the published notes.""")
public class DocumentResource {
    private final MeetingAccess access;
    private final Changes changes;

    DocumentResource(MeetingAccess access, Changes changes) {
        this.access = access;
        this.changes = changes;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.FINANCE, Roles.ANALYST, Roles.PARTNER, Roles.MEMBER})
    @Operation(operationId = "listMeetingDocuments", summary = "The meeting's documents in order")
    public List<DocumentView> list(@PathParam("meetingId") UUID meetingId) {
        return access.visible(meetingId).meeting().documents.stream().map(DocumentView::of).toList();
    }

    @GET
    @Path("{documentId}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.FINANCE, Roles.ANALYST, Roles.PARTNER, Roles.MEMBER})
    @Operation(operationId = "getMeetingDocument", summary = "Get one document link")
    public DocumentView get(@PathParam("meetingId") UUID meetingId, @PathParam("documentId") UUID documentId) {
        return DocumentView.of(document(access.visible(meetingId), documentId));
    }

    @POST
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "addMeetingDocument", summary = "Add a document link at the end of the list")
    public RestResponse<DocumentView> create(@PathParam("meetingId") UUID meetingId, @NotNull @Valid DocumentRequest body,
            @Context UriInfo uriInfo) {
        MeetingDocument document = access.manageableForChildren(meetingId).meeting().addDocument(new MeetingDocument());
        document.title = body.title().strip();
        document.url = body.url().strip();
        document.kind = body.kind() == null ? DocumentKind.PAPER : body.kind();
        document.persist();
        changes.created(document);
        return RestResponse.ResponseBuilder.<DocumentView>created(uriInfo.getAbsolutePathBuilder().path(document.id.toString()).build())
                .entity(DocumentView.of(document)).build();
    }

    @PUT
    @Path("{documentId}/publication")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "setMeetingDocumentPublication", summary = "Show a document on the public page, or stop showing it",
            description = "A document shown publicly is listed with the meeting's notes while they are published. "
                    + "Setting what is set already records nothing.")
    public DocumentView setPublication(@PathParam("meetingId") UUID meetingId, @PathParam("documentId") UUID documentId,
            @NotNull @Valid DocumentPublicationRequest body) {
        HeldMeeting held = access.manageable(meetingId);
        held.meeting().requireNotCancelled();
        MeetingDocument document = document(held, documentId);
        boolean shown = body.shownPublicly();
        changes.updating(document, shown ? "made-public" : "made-private");
        document.shownPublicly = shown;
        MeetingDocument.flush();
        return DocumentView.of(document);
    }

    @DELETE
    @Path("{documentId}")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "removeMeetingDocument", summary = "Remove a document link", description = "Later documents move up.")
    @APIResponse(responseCode = "204", description = "Removed")
    public void delete(@PathParam("meetingId") UUID meetingId, @PathParam("documentId") UUID documentId) {
        HeldMeeting held = access.manageableForChildren(meetingId);
        MeetingDocument document = document(held, documentId);
        changes.deleting(document);
        held.meeting().removeDocument(document);
    }

    private static MeetingDocument document(HeldMeeting held, UUID documentId) {
        return held.meeting().documents.stream().filter(d -> d.id.equals(documentId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Document " + documentId));
    }
}
