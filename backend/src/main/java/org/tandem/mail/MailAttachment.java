package org.tandem.mail;

import org.tandem.common.Published;

/**
 * A file sent with a mail. {@code contentType} is sent as given, parameters included: a calendar invitation is
 * {@code text/calendar; charset=UTF-8; method=REQUEST} (or {@code method=CANCEL}), which mail programs act on.
 */
@Published
public record MailAttachment(String filename, String contentType, byte[] content) {}
