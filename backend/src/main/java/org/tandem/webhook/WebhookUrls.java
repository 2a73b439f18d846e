package org.tandem.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import org.tandem.common.problem.ProblemException;

/**
 * Where webhooks may go: https only, and never to this machine or a private network (so that a subscription cannot
 * make Tandem call its own internal services), unless allowLocalHttp is set for development and tests. The address is
 * checked when the subscription is saved and again, resolved, before each attempt.
 */
final class WebhookUrls {
    private WebhookUrls() {}

    /** The URL, checked; a 400 naming {@code url} otherwise. */
    static URI checked(String url, boolean allowLocal) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw ProblemException.invalid("url", "is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        if (uri.getHost() == null || !(scheme.equals("https") || allowLocal && scheme.equals("http"))) {
            throw ProblemException.invalid("url", allowLocal ? "must be an http or https URL" : "must be an https URL");
        }
        if (uri.getUserInfo() != null) {
            throw ProblemException.invalid("url", "must not hold a user name or password (the signature authenticates Tandem)");
        }
        if (!allowLocal && (uri.getHost().equalsIgnoreCase("localhost") || isLiteralAddress(uri.getHost())
                && isInternal(uri.getHost()))) {
            throw ProblemException.invalid("url", "must be a public address, not this machine or a private network");
        }
        return uri;
    }

    /** Why this URL may not be called now (its host resolves to an internal address), or null when it may. */
    static String refusal(URI uri, boolean allowLocal) {
        if (allowLocal) {
            return null;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (internal(address)) {
                    return "refused: " + uri.getHost() + " resolves to an internal address";
                }
            }
            return null;
        } catch (UnknownHostException e) {
            return "unknown host " + uri.getHost();
        }
    }

    private static boolean isLiteralAddress(String host) {
        return host.startsWith("[") || host.chars().allMatch(c -> Character.isDigit(c) || c == '.');
    }

    private static boolean isInternal(String literal) {
        try {
            return internal(InetAddress.getByName(literal));
        } catch (UnknownHostException e) {
            return true;
        }
    }

    private static boolean internal(InetAddress address) {
        return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()
                || address.getAddress().length == 16 && (address.getAddress()[0] & 0xfe) == 0xfc; // IPv6 unique local
    }
}
