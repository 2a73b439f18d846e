package org.tandem.claim;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.common.web.LondonTime;

@Schema(name = "Receipt", description = "A receipt's details; GET href for the file itself.")
public record ReceiptView(
        UUID id,
        @Schema(examples = "parking.jpg") String filename,
        @Schema(examples = "image/jpeg") String contentType,
        @Schema(examples = "48213") int sizeBytes,
        @Schema(description = "SHA-256 of the file, hex", examples = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
        OffsetDateTime uploadedAt,
        @Schema(description = "Where to download it", examples = "/api/v1/claims/0b3c.../lines/7d1e.../receipts/5a9f...") String href) {

    static ReceiptView of(ClaimReceipt r) {
        return new ReceiptView(r.id, r.filename, r.contentType, r.sizeBytes, r.sha256, LondonTime.of(r.uploadedAt),
                "/api/v1/claims/" + r.line.claim.id + "/lines/" + r.line.id + "/receipts/" + r.id);
    }
}
