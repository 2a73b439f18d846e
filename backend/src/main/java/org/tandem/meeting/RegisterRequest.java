package org.tandem.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegisterRequest", description = """
        Taking the register: the status (and mode) of many people at once. People not yet on the register are
        added; those already on it are updated and need the version of their entry. People left out are unchanged.""")
public record RegisterRequest(@NotEmpty @Size(max = 500) List<@NotNull @Valid Entry> entries) {

    @Schema(name = "RegisterEntry")
    public record Entry(
            @NotNull @Schema(description = "A person in your organisation's directory") UUID personId,
            @NotNull AttendanceStatus status,
            AttendanceMode mode,
            @Schema(description = "The entry's version; required when the person is on the register already", examples = "0")
            Long version) {}
}
