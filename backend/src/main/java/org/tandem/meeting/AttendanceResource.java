package org.tandem.meeting;

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
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.tandem.common.change.Changes;
import org.tandem.common.problem.ProblemException;
import org.tandem.common.security.CurrentUser;
import org.tandem.common.security.Roles;
import org.tandem.common.web.Responses;
import org.tandem.common.web.Versions;
import org.tandem.person.PersonDirectory;

@Path("/api/v1/meetings/{meetingId}/attendance")
@Tag(name = "Attendance", description = """
        A meeting's register: who attended, sent apologies or was absent, in what role and how they joined. People
        come from your organisation's directory. Analysts and partners see ids and counts, not names or roles.""")
public class AttendanceResource {
    private final MeetingAccess access;
    private final MeetingViews views;
    private final PersonDirectory people;
    private final Changes changes;
    private final CurrentUser user;

    AttendanceResource(MeetingAccess access, MeetingViews views, PersonDirectory people, Changes changes, CurrentUser user) {
        this.user = user;
        this.access = access;
        this.views = views;
        this.people = people;
        this.changes = changes;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.FINANCE, Roles.ANALYST, Roles.PARTNER, Roles.MEMBER})
    @Operation(operationId = "getRegister", summary = "The register with counts")
    public RegisterView list(@PathParam("meetingId") UUID meetingId) {
        return views.register(access.visible(meetingId));
    }

    @GET
    @Path("{entryId}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.FINANCE, Roles.ANALYST, Roles.PARTNER, Roles.MEMBER})
    @Operation(operationId = "getAttendance", summary = "Get one entry of the register")
    public RestResponse<AttendanceView> get(@PathParam("meetingId") UUID meetingId, @PathParam("entryId") UUID entryId) {
        Attendance entry = entry(access.visible(meetingId), entryId);
        return Responses.ok(views.attendance(entry), entry.version);
    }

    @POST
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "addAttendance", summary = "Add someone to the register",
            description = "409 when they are on it already.")
    @APIResponseSchema(AttendanceView.class)
    @APIResponse(responseCode = "409", description = "The person is on the register already")
    public RestResponse<AttendanceView> create(@PathParam("meetingId") UUID meetingId,
            @NotNull @Valid AttendanceRequest body, @Context UriInfo uriInfo) {
        HeldMeeting held = access.manageableForChildren(meetingId);
        Attendance entry = add(held.meeting(), body.personId(), "personId");
        apply(body, entry);
        entry.persist();
        changes.created(entry);
        return Responses.created(uriInfo, entry.id, views.attendance(entry), entry.version);
    }

    @PUT
    @Path("{entryId}")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "updateAttendance", summary = "Change an entry of the register",
            description = "Send the entry's version (or If-Match). The person cannot change: remove the entry instead.")
    public RestResponse<AttendanceView> update(@PathParam("meetingId") UUID meetingId, @PathParam("entryId") UUID entryId,
            @NotNull @Valid AttendanceRequest body, @HeaderParam("If-Match") String ifMatch) {
        Attendance entry = entry(access.manageable(meetingId), entryId);
        Versions.check(entry.version, body.version(), ifMatch);
        if (!entry.personId.equals(body.personId())) {
            throw ProblemException.invalid("personId", "cannot be changed: remove the entry and add the other person");
        }
        changes.updating(entry);
        apply(body, entry);
        Attendance.flush();
        return Responses.ok(views.attendance(entry), entry.version);
    }

    @DELETE
    @Path("{entryId}")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "removeAttendance", summary = "Take someone off the register",
            description = "Send the entry's version as a query parameter or If-Match.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "Someone else changed the entry since you loaded it")
    @APIResponse(responseCode = "412", description = "If-Match names another version")
    public void delete(@PathParam("meetingId") UUID meetingId, @PathParam("entryId") UUID entryId,
            @QueryParam("version") @Parameter(description = "The entry's version") Long version,
            @HeaderParam("If-Match") String ifMatch) {
        HeldMeeting held = access.manageableForChildren(meetingId);
        Attendance entry = entry(held, entryId);
        Versions.check(entry.version, version, ifMatch);
        changes.deleting(entry);
        held.meeting().removeAttendance(entry);
    }

    @PUT
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "takeRegister", summary = "Take the register: set many statuses at once",
            description = """
                    People not yet on the register are added; entries already on it are updated and need their
                    version (409 when stale). Their recorded roles are kept. People left out are unchanged. Each
                    entry added or changed is recorded in the trail on its own.""")
    public RegisterView register(@PathParam("meetingId") UUID meetingId, @NotNull @Valid RegisterRequest body) {
        HeldMeeting held = access.manageableForChildren(meetingId);
        Meeting meeting = held.meeting();
        Set<UUID> seen = new HashSet<>();
        List<RegisterRequest.Entry> entries = body.entries();
        for (int i = 0; i < entries.size(); i++) {
            RegisterRequest.Entry wanted = entries.get(i);
            String field = "entries[" + i + "]";
            if (!seen.add(wanted.personId())) {
                throw ProblemException.invalid(field + ".personId", "appears more than once");
            }
            Optional<Attendance> existing = meeting.attendanceOf(wanted.personId());
            if (existing.isPresent() && wanted.version() == null) {
                throw ProblemException.invalid(field + ".version", "is required: the person is on the register already");
            }
            existing.ifPresent(entry -> {
                Versions.check(entry.version, wanted.version(), null);
                changes.updating(entry); // an entry left as it was records nothing
            });
            Attendance entry = existing.orElseGet(() -> add(meeting, wanted.personId(), field + ".personId"));
            entry.status = wanted.status();
            entry.mode = wanted.mode();
            if (existing.isEmpty()) {
                changes.created(entry);
            }
        }
        Attendance.flush(); // new entries are persisted through the meeting, and versions advance
        return views.register(held);
    }

    @PUT
    @Path("unnamed")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "countUnnamedAttendees", summary = "Count the people who attended without being on the register",
            description = """
                    Whole numbers per category, replacing the counts recorded before. The headcount shown everywhere
                    (the meeting, its register, its public notes, exports) is the named people who attended plus these.
                    Send the meeting's version (409 when stale).""")
    @APIResponseSchema(RegisterView.class)
    @APIResponse(responseCode = "409", description = "Someone else changed the meeting since you loaded it, or it was cancelled")
    public RegisterView countUnnamed(@PathParam("meetingId") UUID meetingId, @NotNull @Valid UnnamedAttendanceRequest body) {
        HeldMeeting held = access.manageable(meetingId);
        Meeting meeting = held.meeting();
        Versions.check(meeting.version, body.version(), null);
        changes.updating(meeting, "unnamed-attendees-counted");
        meeting.countUnnamedAttendees(body.layMembers(), body.serviceUsers(), body.professionals(), body.stakeholders());
        Meeting.flush();
        return views.register(held);
    }

    @PUT
    @Path("{entryId}/public-naming")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "nameAttendeePublicly", summary = "Name someone on the public page, in a role, with their consent",
            description = """
                    The meeting's published notes then list them in that role and keep their name in the text, where
                    everyone else's reads "a participant" (under the Chatham House rule the text attributes nothing
                    all the same). How they consented is recorded with who recorded it and when. Send the entry's
                    version (409 when stale).""")
    @APIResponseSchema(AttendanceView.class)
    @APIResponse(responseCode = "409", description = "Someone else changed the entry since you loaded it")
    public RestResponse<AttendanceView> namePublicly(@PathParam("meetingId") UUID meetingId, @PathParam("entryId") UUID entryId,
            @NotNull @Valid PublicNamingRequest body) {
        Attendance entry = entry(access.manageable(meetingId), entryId);
        entry.meeting.requireNotCancelled();
        Versions.check(entry.version, body.version(), null);
        changes.updating(entry, "named-publicly");
        entry.namePublicly(body.role().strip(), body.consentMethod(), user.displayName(), Instant.now());
        Attendance.flush();
        return Responses.ok(views.attendance(entry), entry.version);
    }

    @DELETE
    @Path("{entryId}/public-naming")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "withdrawPublicNaming", summary = "Stop naming someone on the public page",
            description = "Their name then reads \"a participant\" there like everyone else's. Send the entry's version.")
    @APIResponse(responseCode = "204", description = "The public page no longer names them")
    @APIResponse(responseCode = "409", description = "Someone else changed the entry since you loaded it")
    public void withdrawPublicNaming(@PathParam("meetingId") UUID meetingId, @PathParam("entryId") UUID entryId,
            @QueryParam("version") @Parameter(description = "The entry's version") Long version,
            @HeaderParam("If-Match") String ifMatch) {
        Attendance entry = entry(access.manageable(meetingId), entryId);
        Versions.check(entry.version, version, ifMatch);
        changes.updating(entry, "public-naming-withdrawn");
        entry.withdrawPublicNaming();
    }

    private Attendance add(Meeting meeting, UUID personId, String field) {
        people.requireUsable(personId, field);
        Attendance entry = new Attendance();
        entry.personId = personId;
        return meeting.addAttendance(entry);
    }

    private static Attendance entry(HeldMeeting held, UUID entryId) {
        return held.meeting().attendance.stream().filter(a -> a.id.equals(entryId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Attendance entry " + entryId));
    }

    private static void apply(AttendanceRequest body, Attendance entry) {
        entry.roleAsRecorded = Text.trimmed(body.roleAsRecorded());
        entry.status = body.status();
        entry.mode = body.mode();
    }
}
