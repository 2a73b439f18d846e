package org.tandem.webhook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
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
import org.tandem.common.problem.Problem;
import org.tandem.common.problem.ProblemException;
import org.tandem.common.problem.ProblemType;
import org.tandem.common.security.OrganisationScope;
import org.tandem.common.security.Roles;
import org.tandem.common.web.Responses;
import org.tandem.common.web.Versions;

@Path("/api/v1/webhooks")
@Tag(name = "Webhooks", description = """
        Your systems are told of changes as they happen: subscribe a URL to event types (GET /api/v1/webhooks/event-types)
        and Tandem POSTs each event about a record your organisation may see, signed as Standard Webhooks says
        (webhook-id, webhook-timestamp, webhook-signature: HMAC-SHA256 with the subscription's secret). Events are thin:
        what changed and where to read it (data.href), never the record's content or anyone's personal data. A delivery
        not answered 2xx is retried with backoff for 24 hours; then it has failed and the subscription is disabled. Your
        organisation's partner systems and admins manage its subscriptions; docs/partners.md shows how to verify them.""")
public class WebhookResource {
    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "url", "url");
    private static final Map<String, String> DELIVERY_SORTABLE = Map.of("createdAt", "createdAt");

    private final OrganisationScope scope;
    private final Changes changes;
    private final WebhookConfig config;

    WebhookResource(OrganisationScope scope, Changes changes, WebhookConfig config) {
        this.scope = scope;
        this.changes = changes;
        this.config = config;
    }

    @GET
    @Path("event-types")
    @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
    @Operation(operationId = "listWebhookEventTypes", summary = "The event types a webhook can subscribe to",
            description = "Events of records a partner may read: organisations, partnerships, boards, meetings and their agenda "
                    + "and documents, actions, activities, feedback, themes and outcomes (docs/events.md describes each).")
    public List<EventTypeView> eventTypes() {
        return WebhookEventTypes.catalogue();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
    @Operation(operationId = "listWebhooks", summary = "Your organisation's webhook subscriptions",
            description = "Sortable by createdAt (default, newest first) and url. Secrets are never listed.")
    public Page<WebhookView> list(@BeanParam PageParams paging) {
        PageRequest request = paging.toRequest(SORTABLE, "createdAt,desc");
        var query = WebhookSubscription.<WebhookSubscription>find("organisationId", request.sort(), scope.organisationId());
        return Page.of(query.page(request.page(), request.size()).list(), request, query.count(), WebhookView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
    @Operation(operationId = "getWebhook", summary = "Get a webhook subscription (without its secret)")
    public RestResponse<WebhookView> get(@PathParam("id") UUID id) {
        WebhookSubscription subscription = find(id);
        return Responses.ok(WebhookView.of(subscription), subscription.version);
    }

    @POST
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
    @Operation(operationId = "createWebhook", summary = "Subscribe a URL to event types",
            description = "The answer holds the signing secret, once: keep it to verify what Tandem sends. Events that happen "
                    + "from now on are sent; earlier ones are in the lists (updatedSince) and the change feeds.")
    @APIResponseSchema(WebhookView.class)
    public RestResponse<WebhookView> create(@NotNull @Valid WebhookRequest body, @Context UriInfo uriInfo) {
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.organisationId = scope.organisationId();
        if (subscription.organisationId == null) {
            throw ProblemException.forbidden("Your sign-in names no organisation to subscribe for");
        }
        apply(body, subscription);
        String secret = subscription.rotateSecret();
        if (Boolean.FALSE.equals(body.active())) {
            subscription.disable("Disabled when it was made");
        }
        subscription.persist();
        changes.created(subscription);
        return Responses.created(uriInfo, subscription.id, WebhookView.of(subscription, secret), subscription.version);
    }

    @PUT
    @Path("{id}")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
    @Operation(operationId = "updateWebhook", summary = "Change a subscription's URL, event types or description, or disable or enable it",
            description = "Send the version you loaded (or If-Match). active=false disables it (nothing more is queued); "
                    + "active=true enables it again, and its waiting deliveries are retried for another 24 hours.")
    public RestResponse<WebhookView> update(@PathParam("id") UUID id, @NotNull @Valid WebhookRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        WebhookSubscription subscription = find(id);
        Versions.check(subscription.version, body.version(), ifMatch);
        boolean enabling = Boolean.TRUE.equals(body.active()) && subscription.status == WebhookStatus.DISABLED;
        boolean disabling = Boolean.FALSE.equals(body.active()) && subscription.status == WebhookStatus.ACTIVE;
        changes.updating(subscription, enabling ? "enabled" : disabling ? "disabled" : Changes.UPDATED);
        apply(body, subscription);
        if (enabling) {
            subscription.enable();
            WebhookDelivery.update("retryingSince = ?1 where subscriptionId = ?2 and status = ?3", Instant.now(),
                    subscription.id, DeliveryStatus.PENDING);
        } else if (disabling) {
            subscription.disable("Disabled by " + Changes.actor().name());
        }
        WebhookSubscription.flush();
        return Responses.ok(WebhookView.of(subscription), subscription.version);
    }

    @POST
    @Path("{id}/rotate-secret")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
    @Operation(operationId = "rotateWebhookSecret", summary = "Replace the signing secret",
            description = "The answer holds the new secret, once. Deliveries from now on are signed with it; the old one "
                    + "stops at once. Send the version you loaded as If-Match.")
    public RestResponse<WebhookView> rotateSecret(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        WebhookSubscription subscription = find(id);
        Versions.check(subscription.version, null, ifMatch);
        changes.updating(subscription, "secret-rotated");
        String secret = subscription.rotateSecret();
        WebhookSubscription.flush();
        return Responses.ok(WebhookView.of(subscription, secret), subscription.version);
    }

    @DELETE
    @Path("{id}")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
    @Operation(operationId = "deleteWebhook", summary = "Delete a subscription and its delivery log",
            description = "Send the version you loaded as a query parameter or If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id,
            @QueryParam("version") @Parameter(description = "The subscription's version") Long version,
            @HeaderParam("If-Match") String ifMatch) {
        WebhookSubscription subscription = find(id);
        Versions.check(subscription.version, version, ifMatch);
        changes.deleting(subscription);
        WebhookDelivery.delete("subscriptionId", subscription.id);
        subscription.delete();
    }

    @GET
    @Path("{id}/deliveries")
    @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
    @Operation(operationId = "listWebhookDeliveries", summary = "A subscription's delivery log, newest first",
            description = "Each event sent or to be sent, with its body, attempts and the last attempt's answer. Filter by status.")
    public Page<DeliveryView> deliveries(@PathParam("id") UUID id, @BeanParam PageParams paging,
            @QueryParam("status") @Parameter(description = "Only deliveries in this state") DeliveryStatus status) {
        WebhookSubscription subscription = find(id);
        PageRequest request = paging.toRequest(DELIVERY_SORTABLE, "createdAt,desc");
        var query = status == null
                ? WebhookDelivery.<WebhookDelivery>find("subscriptionId", request.sort(), subscription.id)
                : WebhookDelivery.<WebhookDelivery>find("subscriptionId = ?1 and status = ?2", request.sort(), subscription.id, status);
        return Page.of(query.page(request.page(), request.size()).list(), request, query.count(), DeliveryView::of);
    }

    @POST
    @Path("{id}/deliveries/{deliveryId}/replay")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
    @Operation(operationId = "replayWebhookDelivery", summary = "Send a delivery again",
            description = "It is sent again at once with the same webhook-id (so a receiver that had it already can tell), "
                    + "signed anew, and retried for another 24 hours if need be. 409 while the subscription is disabled: "
                    + "enable it first.")
    @APIResponseSchema(value = DeliveryView.class, responseCode = "200", responseDescription = "Sent again shortly")
    @APIResponse(responseCode = "409", description = "The subscription is disabled")
    public RestResponse<DeliveryView> replay(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        WebhookSubscription subscription = find(id);
        WebhookDelivery delivery = WebhookDelivery.findById(deliveryId);
        if (delivery == null || !delivery.subscriptionId.equals(subscription.id)) {
            throw ProblemException.notFound("Delivery " + deliveryId);
        }
        if (subscription.status == WebhookStatus.DISABLED) {
            throw ProblemException.transitionNotAllowed("The subscription is disabled: enable it before replaying its deliveries");
        }
        changes.updating(delivery, "replayed");
        delivery.replay();
        WebhookDelivery.flush();
        return Responses.ok(DeliveryView.of(delivery), delivery.version);
    }

    /** Another organisation's subscription is not found, as if it did not exist. */
    private WebhookSubscription find(UUID id) {
        WebhookSubscription subscription = WebhookSubscription.findById(id);
        if (subscription == null || !subscription.organisationId.equals(scope.organisationId())) {
            throw ProblemException.notFound("Webhook " + id);
        }
        return subscription;
    }

    private void apply(WebhookRequest body, WebhookSubscription subscription) {
        subscription.url = WebhookUrls.checked(body.url(), config.allowLocalHttp()).toString();
        List<Problem.FieldError> unknown = body.eventTypes().stream().filter(type -> !WebhookEventTypes.isKnown(type))
                .map(type -> new Problem.FieldError("eventTypes", "'" + type + "' is not an event type of "
                        + "GET /api/v1/webhooks/event-types"))
                .toList();
        if (!unknown.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, unknown.get(0).field() + ": " + unknown.get(0).message(), unknown);
        }
        subscription.eventTypes = new TreeSet<>(body.eventTypes()).toArray(String[]::new);
        subscription.description = body.description() == null || body.description().isBlank() ? null : body.description().strip();
    }
}
