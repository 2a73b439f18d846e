package org.tandem.notification;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Absolute addresses of the web client and the API, for links in mails. */
@ApplicationScoped
class NotificationLinks {
    private final String web;
    private final String api;

    NotificationLinks(@ConfigProperty(name = "tandem.web.public-url") String web,
            @ConfigProperty(name = "tandem.api.public-url") String api) {
        this.web = stripSlash(web);
        this.api = stripSlash(api);
    }

    /** A web-client path ("/meetings/{id}") made absolute; absolute links as they are. */
    String web(String link) {
        if (link == null || link.startsWith("http://") || link.startsWith("https://")) {
            return link;
        }
        return web + link;
    }

    String api(String path) {
        return api + path;
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
