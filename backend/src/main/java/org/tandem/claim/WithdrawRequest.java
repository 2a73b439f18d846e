package org.tandem.claim;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WithdrawClaimRequest")
public record WithdrawRequest(
        @Schema(description = "The version you loaded (or send If-Match)", examples = "3") Long version,
        @Size(max = 2000) @Schema(examples = "Submitted twice by mistake") String reason) {}
