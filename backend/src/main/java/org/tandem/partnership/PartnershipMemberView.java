package org.tandem.partnership;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartnershipMember", description = "A person's role in a partnership, with dates. Readers who may not see "
        + "names (a taking-part organisation's finance) get no displayName and no title.")
public record PartnershipMemberView(
        UUID id,
        UUID personId,
        @Schema(examples = "Anne Hooper", nullable = true) String displayName,
        PartnershipMember.MemberRole role,
        @Schema(description = "Title as the partnership records it", examples = "Chair", nullable = true) String title,
        @Schema(nullable = true) LocalDate startedOn,
        @Schema(nullable = true) LocalDate endedOn,
        long version) {

    static PartnershipMemberView of(PartnershipMember m, String displayName) {
        return new PartnershipMemberView(m.id, m.personId, displayName, m.role, m.title, m.startedOn, m.endedOn, m.version);
    }

    /** For readers who may not see names: the person's id and role category, no name and no recorded title. */
    static PartnershipMemberView unnamed(PartnershipMember m) {
        return new PartnershipMemberView(m.id, m.personId, null, m.role, null, m.startedOn, m.endedOn, m.version);
    }
}
