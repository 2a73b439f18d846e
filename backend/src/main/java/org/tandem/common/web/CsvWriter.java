package org.tandem.common.web;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * CSV that Excel opens as intended: RFC 4180 (fields with a comma, quote or line break are quoted, quotes doubled,
 * lines end CRLF), written after a UTF-8 byte order mark. Text that a spreadsheet would run as a formula (starting
 * with =, +, -, @, a tab or a carriage return) gets a leading apostrophe (OWASP's advice on CSV injection).
 */
public final class CsvWriter {
    public static final String BOM = "\uFEFF";
    private static final String CRLF = "\r\n";

    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    public void bom() throws IOException {
        out.write(BOM);
    }

    /** A row of cells: text is guarded against formulas; numbers are written as they are. */
    public void row(List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            Object cell = cells.get(i);
            out.write(cell == null ? "" : cell instanceof Number number ? number.toString() : field(cell.toString()));
        }
        out.write(CRLF);
    }

    /**
     * A row of cells given as text: {@code guarded[i]} says whether cell i is text a spreadsheet could take for a
     * formula (numbers, dates and ids are not: a negative number keeps its sign).
     */
    public void row(String[] cells, boolean[] guarded) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            String cell = cells[i];
            if (cell != null) {
                out.write(guarded[i] ? field(cell) : quoted(cell));
            }
        }
        out.write(CRLF);
    }

    public static String field(String text) {
        return quoted(!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text);
    }

    private static String quoted(String value) {
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
