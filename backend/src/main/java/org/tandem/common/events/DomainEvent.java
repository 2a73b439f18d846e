package org.tandem.common.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/**
 * A change, as the outbox holds it for consumers (exports, webhooks, notifications): type "{entityType}.{action}",
 * e.g. "meeting.cancelled"; the payload names the changed fields and the record's non-personal state, never
 * personal data.
 */
public record DomainEvent(long seq, UUID id, String type, String entityType, UUID entityId, UUID organisationId,
        Instant occurredAt, String requestId, long auditEntryId, JsonNode payload) {}
