package org.tandem.notification;

/** The two small pages of unsubscribing, plain HTML that works without scripts or styles from elsewhere. */
final class UnsubscribePages {
    private UnsubscribePages() {}

    static String confirm(String what) {
        return page("Unsubscribe from " + what + "?", "<p>Press the button to stop " + what + ". You can still read your "
                + "notifications when you sign in to Tandem, and choose again under your notification preferences.</p>"
                + "<form method=\"post\"><input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">"
                + "<button type=\"submit\">Unsubscribe</button></form>");
    }

    static String done(String what) {
        return page("You are unsubscribed", "<p>Tandem will not send you " + what + " any more. You can still read your "
                + "notifications when you sign in, and choose again under your notification preferences.</p>");
    }

    private static String page(String heading, String content) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                + "content=\"width=device-width, initial-scale=1\"><title>" + heading + " - Tandem</title>"
                + "<style>body{font-family:Arial,sans-serif;max-width:40em;margin:2em auto;padding:0 1em;line-height:1.5}"
                + "button{font-size:1.2em;padding:.5em 1em}</style></head><body><main><h1>" + heading + "</h1>" + content
                + "</main></body></html>";
    }
}
