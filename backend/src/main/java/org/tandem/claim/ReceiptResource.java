package org.tandem.claim;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.tandem.common.change.Changes;
import org.tandem.common.problem.ProblemException;
import org.tandem.common.security.Roles;
import org.tandem.common.web.Versions;

@Path("/api/v1/claims/{claimId}/lines/{lineId}/receipts")
@Tag(name = "Receipts", description = """
        Receipts for a claim's expense lines: PDF, JPEG or PNG (checked by content, not only by the declared type), up to
        5 MB each, stored in the database with a SHA-256 checksum. Added and removed while the claim is a draft.""")
public class ReceiptResource {
    static final int MAX_PER_LINE = 10;

    private final ClaimAccess access;
    private final Changes changes;

    ReceiptResource(ClaimAccess access, Changes changes) {
        this.access = access;
        this.changes = changes;
    }

    @POST
    @Transactional
    @Consumes({ReceiptFile.PDF, ReceiptFile.JPEG, ReceiptFile.PNG, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MEMBER})
    @Operation(operationId = "addClaimReceipt", summary = "Upload a receipt for an expense line of a draft",
            description = "The body is the file itself. 400 when empty, 413 above 5 MB, 415 unless its content is a PDF, "
                    + "JPEG or PNG (and matches the Content-Type, when that names one of them). 409 unless the claim is a "
                    + "draft, for a line that takes no receipts (involvement payments, mileage), or when the line has "
                    + MAX_PER_LINE + " receipts already.")
    @RequestBody(required = true, content = {
            @Content(mediaType = ReceiptFile.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ReceiptFile.JPEG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ReceiptFile.PNG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponseSchema(ReceiptView.class)
    @APIResponse(responseCode = "409", description = "The claim is not a draft, the line takes no receipts, or it has " + MAX_PER_LINE + " already")
    @APIResponse(responseCode = "413", description = "Larger than 5 MB")
    @APIResponse(responseCode = "415", description = "Not a PDF, JPEG or PNG by its content, or not what its Content-Type said")
    public RestResponse<ReceiptView> create(@PathParam("claimId") UUID claimId, @PathParam("lineId") UUID lineId,
            @QueryParam("filename") @Parameter(description = "The file's name, as the claimant knows it", example = "parking.jpg") String filename,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body, @Context UriInfo uriInfo) {
        Claim claim = access.locked(claimId);
        claim.requireDraft();
        ClaimLine line = ClaimLineResource.line(claim, lineId);
        if (!line.category.takesReceipts()) {
            throw ProblemException.businessRule(line.category + " lines are worked out from the policy and take no receipts.");
        }
        if (line.receipts.size() >= MAX_PER_LINE) {
            throw ProblemException.businessRule("This line has " + MAX_PER_LINE + " receipts already: remove one first.");
        }
        ReceiptFile file = ReceiptFile.read(body, contentType, filename);
        ClaimReceipt receipt = new ClaimReceipt();
        receipt.line = line;
        receipt.filename = file.filename();
        receipt.contentType = file.contentType();
        receipt.sizeBytes = file.content().length;
        receipt.sha256 = file.sha256();
        receipt.uploadedBySubject = access.actor().subject();
        receipt.uploadedAt = Instant.now();
        receipt.persist();
        changes.created(receipt);
        ReceiptContent content = new ReceiptContent();
        content.receiptId = receipt.id;
        content.content = file.content();
        content.persist();
        line.receipts.add(receipt);
        claim.touch();
        return RestResponse.ResponseBuilder.<ReceiptView>created(uriInfo.getAbsolutePathBuilder().path(receipt.id.toString()).build())
                .entity(ReceiptView.of(receipt)).build();
    }

    @GET
    @Path("{receiptId}")
    @Produces({ReceiptFile.PDF, ReceiptFile.JPEG, ReceiptFile.PNG})
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.FINANCE, Roles.MEMBER})
    @Operation(operationId = "getClaimReceipt", summary = "Download a receipt",
            description = "The file as uploaded, with its type, a Content-Disposition naming it, and its SHA-256 as the ETag.")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = ReceiptFile.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ReceiptFile.JPEG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ReceiptFile.PNG, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response get(@PathParam("claimId") UUID claimId, @PathParam("lineId") UUID lineId,
            @PathParam("receiptId") UUID receiptId) {
        ClaimReceipt receipt = receipt(access.visible(claimId), lineId, receiptId);
        ReceiptContent content = ReceiptContent.findById(receipt.id);
        // A plain Response (documented above): in RestResponse, quarkus-rest 3.34 wrote a byte[] or InputStream
        // entity with these @Produces types as its toString().
        return Response.ok(content.content, receipt.contentType)
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(receipt.filename))
                .header(HttpHeaders.ETAG, "\"" + receipt.sha256 + "\"")
                .header("X-Content-Type-Options", "nosniff")
                // Receipts are personal data: no shared cache keeps them.
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }

    @DELETE
    @Path("{receiptId}")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MEMBER})
    @Operation(operationId = "removeClaimReceipt", summary = "Remove a receipt from a draft",
            description = "Send If-Match with the claim's ETag (a receipt added or removed moves the claim's version): 400 "
                    + "without it, 412 when the claim changed since. 409 unless the claim is a draft.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "400", description = "No If-Match")
    @APIResponse(responseCode = "409", description = "The claim is not a draft")
    @APIResponse(responseCode = "412", description = "If-Match names another version of the claim")
    public void delete(@PathParam("claimId") UUID claimId, @PathParam("lineId") UUID lineId,
            @PathParam("receiptId") UUID receiptId, @HeaderParam("If-Match") String ifMatch) {
        Claim claim = access.locked(claimId);
        Versions.check(claim.version, null, ifMatch);
        claim.requireDraft();
        ClaimReceipt receipt = receipt(claim, lineId, receiptId);
        changes.deleting(receipt);
        receipt.line.receipts.remove(receipt);
        receipt.delete();
        claim.touch();
    }

    private static ClaimReceipt receipt(Claim claim, UUID lineId, UUID receiptId) {
        return ClaimLineResource.line(claim, lineId).receipts.stream().filter(r -> r.id.equals(receiptId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Receipt " + receiptId));
    }

    /** An ASCII name for old clients and the exact name (RFC 6266, RFC 8187) for the rest. */
    static String contentDisposition(String filename) {
        String ascii = filename.replaceAll("[^\\x20-\\x7E]", "_").replace("\\", "_").replace("\"", "_");
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
