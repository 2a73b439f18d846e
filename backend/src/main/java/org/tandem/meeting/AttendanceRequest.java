package org.tandem.meeting;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AttendanceRequest", description = "An entry of the register to add, or its new state. The person cannot change.")
public record AttendanceRequest(
        @NotNull @Schema(description = "A person in your organisation's directory") UUID personId,
        @Size(max = 300) @Schema(examples = "Head of Services for SEL Mind") String roleAsRecorded,
        @NotNull AttendanceStatus status,
        @Schema(description = "How they joined, if they attended") AttendanceMode mode,
        @Schema(description = "Required when updating: the version you loaded", examples = "0") Long version) {}
