package org.tandem.mail;

import org.tandem.common.Published;

/** A mail's body, as plain text and as HTML: sent as alternatives, so each reader shows the one it can. */
@Published
public record MailContent(String text, String html) {}
