package org.tandem.common.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/**
 * A change, as the outbox holds it for consumers (exports, webhooks, notifications): type "{entityType}.{action}",
 * e.g. "meeting.cancelled"; the payload names the changed fields and the record's non-personal state, never
 * personal data. {@code partnershipId} or {@code boardId}: the body the record belongs to, if any.
 */
public record DomainEvent(long seq, UUID id, String type, String entityType, UUID entityId, UUID organisationId,
        UUID partnershipId, UUID boardId, Instant occurredAt, String requestId, long auditEntryId, JsonNode payload) {}
