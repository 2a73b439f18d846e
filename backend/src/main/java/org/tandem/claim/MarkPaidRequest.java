package org.tandem.claim;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MarkClaimPaidRequest")
public record MarkPaidRequest(
        @Schema(description = "The version you loaded (or send If-Match)", examples = "4") Long version,
        @NotNull @Schema(description = "When it was paid: between the approval and today", examples = "2024-08-30") LocalDate paidOn,
        @NotBlank @Size(max = 100) @Schema(description = "The payment's reference in the finance system", examples = "BACS-2024-08-30") String reference) {}
