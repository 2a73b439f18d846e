package org.tandem.publicview;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tandem.common.Published;

/**
 * Addresses of the web client's public pages, for links sent to people (a "you said, we did" update links to its
 * outcome). The web client's address is tandem.web.public-url (TANDEM_WEB_PUBLIC_URL), by default bin/run's.
 */
@Published
@ApplicationScoped
public class PublicLinks {
    private final String webUrl;

    PublicLinks(@ConfigProperty(name = "tandem.web.public-url", defaultValue = "http://localhost:5173") String webUrl) {
        this.webUrl = webUrl.endsWith("/") ? webUrl.substring(0, webUrl.length() - 1) : webUrl;
    }

    /** The partnership's public page. */
    public URI partnership(UUID partnershipId) {
        return URI.create(webUrl + "/public/partnerships/" + partnershipId);
    }

    /** One outcome on the partnership's public page: its anchor is outcome-{outcomeId}, stable as others are published. */
    public URI outcome(UUID partnershipId, UUID outcomeId) {
        return URI.create(partnership(partnershipId) + "#" + anchorOf(outcomeId));
    }

    /** The id of an outcome's element on the public page (the web client's public-outcome-list uses the same). */
    public static String anchorOf(UUID outcomeId) {
        return "outcome-" + outcomeId;
    }
}
