package org.tandem.partnership;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartnershipMember", description = "A person's role in a partnership, with dates")
public record PartnershipMemberView(
        UUID id,
        UUID personId,
        @Schema(examples = "Anne Hooper") String displayName,
        PartnershipMember.MemberRole role,
        @Schema(description = "Title as the partnership records it", examples = "Chair") String title,
        LocalDate startedOn,
        LocalDate endedOn,
        long version) {

    static PartnershipMemberView of(PartnershipMember m, String displayName) {
        return new PartnershipMemberView(m.id, m.personId, displayName, m.role, m.title, m.startedOn, m.endedOn, m.version);
    }
}
