package org.tandem.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.tandem.common.security.OrganisationCodes;

/**
 * Every request resolves its token's organisation code; a code never changes once registered (the update refuses it)
 * and organisations are not deleted, so a code found once is kept for the life of the instance. A code not found is
 * asked again next time: the organisation may be registered meanwhile, on any instance.
 */
@ApplicationScoped
class OrganisationCodeLookup implements OrganisationCodes {
    private final ConcurrentMap<String, UUID> ids = new ConcurrentHashMap<>();

    @Override
    public Optional<UUID> idOf(String code) {
        UUID known = ids.get(code);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<UUID> found = Organisation.findIdByCode(code);
        found.ifPresent(id -> ids.putIfAbsent(code, id));
        return found;
    }
}
