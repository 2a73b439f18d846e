package org.tandem.notification;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tandem.common.paging.PageParams;
import org.tandem.common.paging.PageRequest;
import org.tandem.common.security.Roles;
import org.tandem.common.web.LondonTime;
import org.tandem.common.web.QueryValues;

@Path("/api/v1/notifications")
@Tag(name = "Notifications", description = """
        What Tandem tells you, as the person your sign-in is linked to: invitations to your partnership's meetings, papers
        and notes, actions given to you and their reminders, your claims, and what happened to feedback you gave. Each
        also comes by email at once or in a daily digest, as your preferences say. A sign-in linked to nobody has none.""")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.FINANCE, Roles.ANALYST, Roles.PARTNER, Roles.MEMBER})
public class NotificationResource {
    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt");

    private final NotificationAccess access;

    NotificationResource(NotificationAccess access) {
        this.access = access;
    }

    @GET
    @Operation(operationId = "listNotifications", summary = "Your notifications, newest first")
    public org.tandem.common.paging.Page<NotificationView> list(@BeanParam PageParams paging,
            @Parameter(description = "true: only unread ones", schema = @Schema(implementation = Boolean.class))
            @QueryParam("unread") String unread) {
        PageRequest request = paging.toRequest(SORTABLE, "createdAt,desc");
        UUID me = access.me().orElse(null);
        boolean onlyUnread = Boolean.TRUE.equals(QueryValues.bool(unread, "unread"));
        String where = "recipientPersonId = ?1" + (onlyUnread ? " and readAt is null" : "");
        var query = Notification.<Notification>find(where, request.sort().and("id", Sort.Direction.Descending), me)
                .page(Page.of(request.page(), request.size()));
        List<Notification> rows = me == null ? List.of() : query.list();
        Map<UUID, String> partnerships = partnershipNames(rows);
        return org.tandem.common.paging.Page.of(rows, request, me == null ? 0 : query.count(),
                notification -> view(notification, partnerships));
    }

    @GET
    @Path("unread-count")
    @Operation(operationId = "countUnreadNotifications", summary = "How many of your notifications are unread")
    public UnreadCount unreadCount() {
        return new UnreadCount(access.me().map(me -> Notification.count("recipientPersonId = ?1 and readAt is null", me)).orElse(0L));
    }

    @POST
    @Path("{id}/read")
    @Transactional
    @Operation(operationId = "markNotificationRead", summary = "Mark one of your notifications read",
            description = "Marking it again changes nothing. Someone else's notification is not found.")
    @APIResponse(responseCode = "204", description = "It is read")
    public void markRead(@PathParam("id") UUID id) {
        Notification notification = access.mine(id);
        if (notification.readAt == null) {
            notification.readAt = now();
        }
    }

    @POST
    @Path("read-all")
    @Transactional
    @Operation(operationId = "markAllNotificationsRead", summary = "Mark all your notifications read")
    @APIResponse(responseCode = "204", description = "They are read")
    public void markAllRead() {
        access.me().ifPresent(me -> Notification.update("readAt = ?1 where recipientPersonId = ?2 and readAt is null", now(), me));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static Map<UUID, String> partnershipNames(List<Notification> rows) {
        Set<UUID> ids = rows.stream().map(n -> n.partnershipId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> names = Notification.getEntityManager().createNativeQuery("SELECT id, name FROM partnership WHERE id IN (:ids)")
                .setParameter("ids", ids).getResultList();
        return names.stream().collect(Collectors.toMap(row -> (UUID) row[0], row -> (String) row[1], (a, b) -> a));
    }

    private static NotificationView view(Notification n, Map<UUID, String> partnerships) {
        String label = NotificationKind.ofKey(n.kind).map(NotificationKind::label).orElse(n.kind);
        return new NotificationView(n.id, n.kind, label, n.title, n.body, n.link, n.partnershipId,
                n.partnershipId == null ? null : partnerships.get(n.partnershipId), LondonTime.of(n.createdAt), LondonTime.of(n.readAt));
    }
}
