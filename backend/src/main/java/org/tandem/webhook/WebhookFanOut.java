package org.tandem.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;
import org.tandem.common.events.DomainEvent;
import org.tandem.common.events.DomainEventConsumer;

/**
 * Turns each domain event into one delivery per subscription of its {@link WebhookAudience}, written in the
 * dispatcher's transaction, so that each event reaches each subscription once, however many instances run.
 */
@ApplicationScoped
class WebhookFanOut implements DomainEventConsumer {
    private static final String FAN_OUT = """
            INSERT INTO webhook_delivery (id, subscription_id, event_id, event_type, body, status, attempts, retrying_since,
                next_attempt_at, version, created_at, updated_at)
            SELECT gen_random_uuid(), s, ?, ?, ?, 'PENDING', 0, now(), now(), 0, now(), now() FROM unnest(?::uuid[]) s
            ON CONFLICT (subscription_id, event_id) DO NOTHING""";

    private final EntityManager entityManager;
    private final ObjectMapper json;

    WebhookFanOut(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    @Override
    public void consume(DomainEvent event) {
        // Only the catalogue's types go out, wildcards included: an action left out of it (who gave feedback was
        // recorded or cleared) is not the partners' business, even as a bare type.
        if (!WebhookEventTypes.isKnown(event.type())) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            List<UUID> audience = WebhookAudience.of(event, connection);
            if (audience.isEmpty()) {
                return;
            }
            try (PreparedStatement insert = connection.prepareStatement(FAN_OUT)) {
                insert.setObject(1, event.id());
                insert.setString(2, event.type());
                insert.setString(3, body(event));
                insert.setArray(4, connection.createArrayOf("uuid", audience.toArray()));
                insert.executeUpdate();
            }
        });
    }

    /**
     * A thin event, as Standard Webhooks shapes it ({type, timestamp, data}): what changed and where to read it, never
     * the record's content. The receiver reads the record through the API, which shows it as its role may see it.
     */
    private String body(DomainEvent event) {
        JsonNode payload = event.payload();
        JsonNode parent = payload.path("parent");
        UUID parentId = parent.hasNonNull("entityId") ? UUID.fromString(parent.get("entityId").asText()) : null;
        ObjectNode root = json.createObjectNode();
        root.put("type", event.type());
        root.put("timestamp", event.occurredAt().toString());
        ObjectNode data = root.putObject("data");
        data.put("eventId", event.id().toString());
        data.put("entityType", event.entityType());
        data.put("entityId", event.entityId().toString());
        data.put("action", payload.path("action").asText(null));
        data.set("parent", parent.isObject() ? parent : json.nullNode());
        data.put("organisationId", event.organisationId() == null ? null : event.organisationId().toString());
        data.put("partnershipId", event.partnershipId() == null ? null : event.partnershipId().toString());
        data.put("boardId", event.boardId() == null ? null : event.boardId().toString());
        data.set("version", payload.path("version").isNumber() ? payload.get("version") : json.nullNode());
        data.set("changedFields", payload.path("changedFields").isArray() ? payload.get("changedFields") : json.createArrayNode());
        data.put("occurredAt", event.occurredAt().toString());
        data.put("href", WebhookEventTypes.href(event.entityType(), event.entityId(), parentId));
        try {
            return json.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a webhook body of plain values cannot fail to serialise", e);
        }
    }
}
