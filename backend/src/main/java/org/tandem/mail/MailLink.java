package org.tandem.mail;

import org.tandem.common.Published;

/** A link of a mail's body: its words, and where it goes. */
@Published
public record MailLink(String label, String url) {}
