package org.tandem.partnership;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.tandem.common.change.Changes;
import org.tandem.common.problem.ProblemException;
import org.tandem.common.security.Roles;
import org.tandem.common.web.Responses;
import org.tandem.common.web.Versions;
import org.tandem.person.Person;
import org.tandem.person.PersonDirectory;

@Path("/api/v1/partnerships/{partnershipId}/members")
@Tag(name = "Partnerships")
public class PartnershipMemberResource {
    private final PartnershipService partnerships;
    private final PersonDirectory people;
    private final Changes changes;

    PartnershipMemberResource(PartnershipService partnerships, PersonDirectory people, Changes changes) {
        this.partnerships = partnerships;
        this.people = people;
        this.changes = changes;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.FINANCE, Roles.MEMBER})
    @Operation(operationId = "listPartnershipMembers", summary = "List a partnership's members and their roles")
    public List<PartnershipMemberView> list(@PathParam("partnershipId") UUID partnershipId) {
        return partnerships.members(partnerships.visible(partnershipId));
    }

    @POST
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "addPartnershipMember", summary = "Add a person to a partnership with a role")
    public RestResponse<PartnershipMemberView> add(@PathParam("partnershipId") UUID partnershipId,
            @NotNull @Valid PartnershipMemberRequest body, @Context UriInfo uriInfo) {
        partnerships.manageable(partnershipId);
        Person person = people.requireUsable(body.personId(), "personId");
        PartnershipMember member = new PartnershipMember();
        member.partnershipId = partnershipId;
        apply(body, member);
        member.persist();
        changes.created(member);
        return Responses.created(uriInfo, member.id, PartnershipMemberView.of(member, person.displayName), member.version);
    }

    @PUT
    @Path("{memberId}")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "updatePartnershipMember", summary = "Change a member's role, title or dates",
            description = "Send the version you loaded (or If-Match): a stale version gets 409 (412 for If-Match).")
    public RestResponse<PartnershipMemberView> update(@PathParam("partnershipId") UUID partnershipId,
            @PathParam("memberId") UUID memberId, @NotNull @Valid PartnershipMemberRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        partnerships.manageable(partnershipId);
        PartnershipMember member = find(partnershipId, memberId);
        Versions.check(member.version, body.version(), ifMatch);
        Person person = people.requireUsable(body.personId(), "personId");
        changes.updating(member);
        apply(body, member);
        PartnershipMember.flush();
        return Responses.ok(PartnershipMemberView.of(member, person.displayName), member.version);
    }

    @DELETE
    @Path("{memberId}")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "removePartnershipMember", summary = "Remove a member from a partnership",
            description = "To keep the record that someone was a member, set endedOn instead. Send the member's version "
                    + "as a query parameter or If-Match; a stale one gets 409 (412 for If-Match).")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "Someone else changed the member since you loaded it")
    @APIResponse(responseCode = "412", description = "If-Match names another version")
    public void remove(@PathParam("partnershipId") UUID partnershipId, @PathParam("memberId") UUID memberId,
            @QueryParam("version") @Parameter(description = "The member's version") Long version,
            @HeaderParam("If-Match") String ifMatch) {
        partnerships.manageable(partnershipId);
        PartnershipMember member = find(partnershipId, memberId);
        Versions.check(member.version, version, ifMatch);
        changes.deleting(member);
        member.delete();
    }

    private static PartnershipMember find(UUID partnershipId, UUID memberId) {
        return PartnershipMember.<PartnershipMember>find("id = ?1 and partnershipId = ?2", memberId, partnershipId)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("Member " + memberId));
    }

    private static void apply(PartnershipMemberRequest body, PartnershipMember member) {
        member.personId = body.personId();
        member.role = body.role();
        member.title = body.title();
        member.startedOn = body.startedOn();
        member.endedOn = body.endedOn();
    }
}
