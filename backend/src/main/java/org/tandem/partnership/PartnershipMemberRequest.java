package org.tandem.partnership;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartnershipMemberRequest")
public record PartnershipMemberRequest(
        @NotNull @Schema(description = "A person in your organisation's directory") UUID personId,
        @NotNull PartnershipMember.MemberRole role,
        @Size(max = 200) @Schema(examples = "Chair") String title,
        @Schema(examples = "2023-04-01") LocalDate startedOn,
        LocalDate endedOn,
        @Schema(description = "Required when updating: the version you loaded") Long version) {

    @AssertTrue(message = "must not be before startedOn")
    @Schema(hidden = true)
    public boolean isEndedOn() {
        return endedOn == null || startedOn == null || !endedOn.isBefore(startedOn);
    }
}
