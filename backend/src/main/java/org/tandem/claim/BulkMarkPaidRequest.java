package org.tandem.claim;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BulkMarkClaimsPaidRequest", description = "Mark several approved claims paid in one payment run: all of them or none.")
public record BulkMarkPaidRequest(
        @NotEmpty @Size(max = 500) @Schema(description = "Each claim with the version you loaded (the finance export gives both)") List<@NotNull @Valid ClaimVersion> claims,
        @NotNull @Schema(examples = "2024-08-30") LocalDate paidOn,
        @NotBlank @Size(max = 100) @Schema(examples = "BACS-2024-08-30") String reference) {

    @Schema(name = "ClaimVersion")
    public record ClaimVersion(@NotNull UUID id, @NotNull @Schema(examples = "4") Long version) {}
}
