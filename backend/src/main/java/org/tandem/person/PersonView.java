package org.tandem.person;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.common.web.LondonTime;

@Schema(name = "Person", description = "Personal data: shown only to staff of the organisation holding the record.")
public record PersonView(
        UUID id,
        UUID organisationId,
        @Schema(examples = "Anne Hooper") String displayName,
        @Schema(nullable = true) String affiliation,
        @Schema(nullable = true) String email,
        @Schema(nullable = true) String phone,
        @Schema(nullable = true) String accessibilityNeeds,
        boolean consentToContact,
        @Schema(description = "Set once the person's data has been erased on request", nullable = true) OffsetDateTime anonymisedAt,
        long version) {

    static PersonView of(Person p) {
        return new PersonView(p.id, p.organisationId, p.displayName, p.affiliation, p.email, p.phone,
                p.accessibilityNeeds, p.consentToContact, LondonTime.of(p.anonymisedAt), p.version);
    }
}
