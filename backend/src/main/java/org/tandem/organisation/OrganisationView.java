package org.tandem.organisation;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Organisation", description = "An NHS body, council, VCSE group, Healthwatch or GP practice: the unit of data access.")
public record OrganisationView(
        UUID id,
        @Schema(description = "Stable code carried in users' tokens", examples = "sel-icb-lewisham") String code,
        @Schema(examples = "NHS South East London ICB (Lewisham)") String name,
        OrganisationKind kind,
        @Schema(examples = "https://www.selondonics.org", nullable = true) String website,
        @Schema(description = "Send this back when updating", examples = "0") long version) {

    static OrganisationView of(Organisation o) {
        return new OrganisationView(o.id, o.code, o.name, o.kind, o.website, o.version);
    }
}
