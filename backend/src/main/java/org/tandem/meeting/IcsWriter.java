package org.tandem.meeting;

/**
 * Writes iCalendar (RFC 5545) content lines: TEXT values escaped, lines folded at 75 octets without splitting a
 * UTF-8 character, each line ended by CRLF.
 */
final class IcsWriter {
    private static final int MAX_OCTETS = 75;
    private final StringBuilder out = new StringBuilder();

    IcsWriter begin(String component) {
        return line("BEGIN:" + component);
    }

    IcsWriter end(String component) {
        return line("END:" + component);
    }

    /** A TEXT property; left out when there is no value. {@code name} may carry parameters ("NAME;PARAM=x"). */
    IcsWriter text(String name, String value) {
        return value == null || value.isBlank() ? this : line(name + ":" + escape(value));
    }

    /** A property whose value is written as it is (dates, numbers, URIs, enumerated values); left out when null. */
    IcsWriter value(String name, Object value) {
        return value == null ? this : line(name + ":" + value);
    }

    /** Lines of fixed content, such as a time zone definition, written as they are. */
    IcsWriter lines(String block) {
        block.lines().forEach(this::line);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** A parameter value, quoted: it may then hold ':', ';' and ',', but never a double quote or a control character. */
    static String quoted(String value) {
        return "\"" + value.replace('"', '\'').replaceAll("\\p{Cntrl}", " ") + "\"";
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                default -> {
                    // Other control characters are not allowed in iCalendar text; a tab is.
                    if (c == '\t' || !Character.isISOControl(c)) {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    private IcsWriter line(String line) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = utf8Length(codePoint);
            if (octets + size > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
        return this;
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
