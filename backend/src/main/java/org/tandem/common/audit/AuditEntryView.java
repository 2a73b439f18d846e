package org.tandem.common.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditEntry", description = "One change in the audit trail: who changed what, when, from what to what.")
public record AuditEntryView(
        @Schema(description = "The entry's id: entries are numbered in the order they were written", examples = "1042") long id,
        @Schema(description = "Its place in the hash chain (1, 2, 3... with no gaps); null for the second or so until it is sealed",
                examples = "1040", nullable = true) Long seq,
        OffsetDateTime at,
        AuditActorView actor,
        @Schema(description = "The X-Request-ID of the request that made the change") String requestId,
        @Schema(examples = "meeting") String entityType,
        UUID entityId,
        @Schema(description = "The record this one is a part of, e.g. the meeting of an agenda item", examples = "meeting", nullable = true) String parentType,
        @Schema(nullable = true) UUID parentId,
        @Schema(description = "What happened: created, updated, deleted, or the transition's name", examples = "cancelled") String action,
        @Schema(description = "In plain words", examples = "Grace Mensah: meeting cancelled") String summary,
        List<FieldChangeView> changes,
        @Schema(description = "SHA-256 of this entry's content, its place and prevHash; null until sealed", nullable = true) String hash,
        @Schema(description = "The hash of the seal before it; null until sealed", nullable = true) String prevHash) {

    @Schema(name = "AuditActor")
    public record AuditActorView(
            @Schema(enumeration = {"USER", "PARTNER_CLIENT", "SYSTEM"}) String kind,
            @Schema(description = "Their name as it is now known (\"Anonymised person\" after erasure)", examples = "Grace Mensah") String name) {}

    @Schema(name = "AuditFieldChange")
    public record FieldChangeView(
            @Schema(examples = "status") String field,
            @Schema(description = "The value before (null when it had none)", examples = "SCHEDULED") Object before,
            @Schema(description = "The value after (null when it has none)", examples = "CANCELLED") Object after,
            @Schema(description = "True for a person's personal data") boolean personal,
            @Schema(description = "True when the person was anonymised: before and after are erased") boolean erased) {}
}
