package org.tandem.mail;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.tandem.common.change.Changes;
import org.tandem.common.paging.Page;
import org.tandem.common.paging.PageParams;
import org.tandem.common.paging.PageRequest;
import org.tandem.common.persistence.Filter;
import org.tandem.common.security.Roles;
import org.tandem.common.web.Responses;
import org.tandem.common.web.Versions;

@Path("/api/v1/mail-messages")
@Tag(name = "Mail", description = """
        The mail Tandem sends to your organisation's people (invitations, cancellations, what changed after they spoke) and
        how sending it went: queued, sent (the mail server took it), or failed (refused, or not taken after 6 attempts over
        about 8 hours). Admins only; a failed mail can be retried.""")
public class MailMessageResource {
    private static final Map<String, String> SORTABLE = Map.of("createdAt", "m.createdAt", "status", "m.status");

    private final MailAccess access;
    private final Changes changes;

    MailMessageResource(MailAccess access, Changes changes) {
        this.access = access;
        this.changes = changes;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "listMailMessages", summary = "The mail sent to your organisation's people, newest first",
            description = "Sortable by createdAt (default, newest first) and status. Filter by status.")
    public Page<MailMessageView> list(@BeanParam PageParams paging,
            @QueryParam("status") @Parameter(description = "Only mail in this state") MailStatus status) {
        PageRequest request = paging.toRequest(SORTABLE, "createdAt,desc");
        Filter where = access.readable().and("m.status = :status", "status", status);
        var query = MailMessage.<MailMessage>find("from MailMessage m where " + where.query(), request.sort(), where.parameters());
        return Page.of(query.page(request.page(), request.size()).list(), request, query.count(), MailMessageView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "getMailMessage", summary = "Get a mail: recipient, kind, subject and how sending it went")
    public RestResponse<MailMessageView> get(@PathParam("id") UUID id) {
        MailMessage mail = access.find(id);
        return Responses.ok(MailMessageView.of(mail), mail.version);
    }

    @POST
    @Path("{id}/retry")
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "retryMailMessage", summary = "Send a failed mail again",
            description = "It is queued at once and retried as a new mail is. Send the version you loaded as If-Match. "
                    + "409 unless it has failed.")
    @APIResponseSchema(value = MailMessageView.class, responseCode = "200", responseDescription = "Queued to be sent again")
    @APIResponse(responseCode = "409", description = "The mail has not failed")
    public RestResponse<MailMessageView> retry(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        MailMessage mail = access.find(id);
        Versions.check(mail.version, null, ifMatch);
        changes.updating(mail, "retried");
        mail.retry();
        MailMessage.flush();
        return Responses.ok(MailMessageView.of(mail), mail.version);
    }
}
