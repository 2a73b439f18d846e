package org.tandem.meeting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UnnamedAttendanceRequest", description = """
        How many people attended without being on the register, per category: whole numbers from 0. They replace the
        counts recorded before.""")
public record UnnamedAttendanceRequest(
        @NotNull @Min(0) @Max(100000) @Schema(description = "Lay members and residents", examples = "40") Integer layMembers,
        @NotNull @Min(0) @Max(100000) @Schema(examples = "0") Integer serviceUsers,
        @NotNull @Min(0) @Max(100000) @Schema(description = "Health and care professionals", examples = "7") Integer professionals,
        @NotNull @Min(0) @Max(100000) @Schema(description = "Stakeholders such as voluntary groups", examples = "0") Integer stakeholders,
        @NotNull @Schema(description = "The meeting's version you loaded", examples = "3") Long version) {}
