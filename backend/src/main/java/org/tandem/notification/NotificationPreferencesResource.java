package org.tandem.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.tandem.common.change.Changes;
import org.tandem.common.problem.ProblemException;
import org.tandem.common.security.Roles;
import org.tandem.common.web.Responses;
import org.tandem.common.web.Versions;

@Path("/api/v1/notification-preferences")
@Tag(name = "Notifications")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.FINANCE, Roles.ANALYST, Roles.PARTNER, Roles.MEMBER})
public class NotificationPreferencesResource {
    private final NotificationAccess access;
    private final EntityManager entityManager;
    private final Changes changes;

    NotificationPreferencesResource(NotificationAccess access, EntityManager entityManager, Changes changes) {
        this.access = access;
        this.entityManager = entityManager;
        this.changes = changes;
    }

    @GET
    @Operation(operationId = "getNotificationPreferences", summary = "How each kind of notification reaches you",
            description = "409 when your sign-in is not linked to a person.")
    @APIResponseSchema(value = NotificationPreferencesView.class, responseCode = "200", responseDescription = "Your choices")
    @APIResponse(responseCode = "409", description = "Your sign-in is not linked to a person")
    public RestResponse<NotificationPreferencesView> get() {
        UUID me = access.linkedPerson();
        NotificationSettings settings = settingsOf(me);
        return Responses.ok(view(me, settings), settings.version);
    }

    @PUT
    @Transactional
    @Operation(operationId = "updateNotificationPreferences", summary = "Choose how each kind of notification reaches you",
            description = "Send the version you loaded (or If-Match). Kinds left out keep their choice. Without an address "
                    + "or consent to be contacted nothing is mailed, whatever you choose.")
    @APIResponseSchema(value = NotificationPreferencesView.class, responseCode = "200", responseDescription = "Your choices, saved")
    @APIResponse(responseCode = "409", description = "Someone changed them since you loaded them, or your sign-in is not linked to a person")
    @APIResponse(responseCode = "412", description = "If-Match names another version")
    public RestResponse<NotificationPreferencesView> update(@NotNull @Valid NotificationPreferencesRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        Map<NotificationKind, Delivery> chosen = choices(body);
        UUID me = access.linkedPerson();
        NotificationSettings settings = settingsOf(me);
        Versions.check(settings.version, body.version(), ifMatch);
        boolean fresh = !settings.isPersistent();
        if (!fresh) {
            changes.updating(settings);
        }
        chosen.forEach(settings::choose);
        if (fresh) {
            // Version 0 is what everyone loaded before the first save: the saved row starts at 1, so their edits are stale.
            settings.version = 1;
            settings.persist();
            changes.created(settings);
        }
        NotificationSettings.flush();
        return Responses.ok(view(me, settings), settings.version);
    }

    private static Map<NotificationKind, Delivery> choices(NotificationPreferencesRequest body) {
        Map<NotificationKind, Delivery> chosen = new LinkedHashMap<>();
        for (int i = 0; i < body.kinds().size(); i++) {
            NotificationPreferencesRequest.Choice choice = body.kinds().get(i);
            String field = "kinds[" + i + "].kind";
            NotificationKind kind = NotificationKind.ofKey(choice.kind()).orElseThrow(() -> ProblemException.invalid(field,
                    "is not a kind of notification: one of " + Arrays.stream(NotificationKind.values()).map(NotificationKind::key).toList()));
            chosen.put(kind, choice.delivery());
        }
        return chosen;
    }

    private NotificationSettings settingsOf(UUID personId) {
        return NotificationSettings.<NotificationSettings>find("personId", personId).firstResultOptional()
                .orElseGet(() -> NotificationSettings.forPerson(personId, Addressee.of(Recipient.person(personId), entityManager)
                        .map(Addressee::organisationId).orElseThrow(() -> ProblemException.notFound("Person " + personId))));
    }

    private NotificationPreferencesView view(UUID personId, NotificationSettings settings) {
        var addressee = Addressee.of(Recipient.person(personId), entityManager);
        boolean canEmail = addressee.map(Addressee::mayEmail).orElse(false);
        return new NotificationPreferencesView(settings.version, addressee.map(Addressee::email).orElse(null), canEmail,
                Arrays.stream(NotificationKind.values()).map(kind -> new NotificationPreferencesView.KindChoice(kind.key(),
                        kind.label(), kind.description(), settings.deliveryOf(kind))).toList());
    }
}
