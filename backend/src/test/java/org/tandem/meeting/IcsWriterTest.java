package org.tandem.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IcsWriterTest {

    @Test
    void escapesTextValues() {
        assertEquals("a\\, b\\; c\\\\ d\\ne\\nf\\ng", IcsWriter.escape("a, b; c\\ d\ne\r\nf\rg"));
        assertEquals("tab\tkept", IcsWriter.escape("tab\tkept\u0007"));
    }

    @Test
    void foldsAt75OctetsWithoutSplittingUtf8Characters() {
        String title = "Café “quoted” 🙂 ünïcödé ".repeat(8);
        String ics = new IcsWriter().text("SUMMARY", title).toString();

        assertTrue(ics.endsWith("\r\n"));
        String[] lines = ics.split("\r\n");
        assertTrue(lines.length > 3, "a long value is folded");
        for (int i = 0; i < lines.length; i++) {
            assertTrue(lines[i].getBytes(StandardCharsets.UTF_8).length <= 75, "line " + i + " is at most 75 octets");
            assertTrue(i == 0 || lines[i].startsWith(" "), "continuation lines start with a space");
            assertTrue(new String(lines[i].getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(lines[i]));
        }
        String unfolded = ics.replace("\r\n ", "").replace("\r\n", "");
        assertEquals("SUMMARY:" + title.strip(), unfolded.strip());
    }

    @Test
    void leavesOutEmptyValues() {
        assertEquals("", new IcsWriter().text("LOCATION", " ").value("URL", null).toString());
    }
}
