package org.tandem.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.tandem.common.security.OrganisationCodes;

@ApplicationScoped
class OrganisationCodeLookup implements OrganisationCodes {
    @Override
    public Optional<UUID> idOf(String code) {
        return Organisation.findIdByCode(code);
    }
}
