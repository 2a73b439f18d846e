package org.tandem.partner;

import java.util.HashMap;
import java.util.Map;
import org.tandem.identity.RealKeycloakProfile;

/** The real Keycloak, and the outbox and webhook deliveries running on their own as in production. */
public class PartnerScenarioProfile extends RealKeycloakProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
        overrides.put("tandem.outbox.dispatch", "true");
        overrides.put("tandem.outbox.dispatch-every", "1s");
        overrides.put("tandem.webhooks.send", "true");
        overrides.put("tandem.webhooks.send-every", "1s");
        return overrides;
    }
}
