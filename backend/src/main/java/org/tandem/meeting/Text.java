package org.tandem.meeting;

final class Text {
    private Text() {}

    /** Free text as stored: surrounding white space removed, blank as null. */
    static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
