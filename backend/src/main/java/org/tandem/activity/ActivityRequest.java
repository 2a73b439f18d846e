package org.tandem.activity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ActivityRequest", description = "Create or update an engagement activity of a partnership your organisation owns")
public record ActivityRequest(
        @NotNull UUID partnershipId,
        @NotNull ActivityKind kind,
        @Schema(description = "The Tandem meeting of the same partnership it was, or was held at (any kind: a workshop at a meeting, too)") UUID meetingId,
        @NotBlank @Size(max = 300) @Schema(examples = "Primary care access workshop") String title,
        @NotNull @Schema(examples = "2024-07-17") LocalDate heldOn,
        @Size(max = 200) @Schema(examples = "Lewisham North") String area,
        @Size(max = 2000) @Schema(examples = "Carers and young people") String audience,
        @Valid Reach reach,
        @Schema(description = "Required when updating: the version you loaded", examples = "0") Long version) {}
