package org.tandem.mail;

import java.util.List;
import org.tandem.common.Published;

/**
 * Mail bodies in plain English, as text and as accessible HTML: a document in English ({@code lang="en"}) of a
 * heading, paragraphs and a list of links, in reading order with no layout tables, so a screen reader reads it as it
 * is written; every value is escaped.
 */
@Published
public final class MailBodies {
    private MailBodies() {}

    /** {@code greeting} ("Dear Amara Okafor,") heads the mail; {@code footer} (why they get it) closes it; links may be empty. */
    public static MailContent of(String greeting, List<String> paragraphs, List<MailLink> links, String footer) {
        StringBuilder text = new StringBuilder(greeting).append("\n\n");
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>""")
                .append(escape(greeting)).append("</title></head>\n<body>\n<h1>").append(escape(greeting)).append("</h1>\n");
        for (String paragraph : paragraphs) {
            text.append(paragraph).append("\n\n");
            html.append("<p>").append(escape(paragraph)).append("</p>\n");
        }
        if (!links.isEmpty()) {
            html.append("<ul>\n");
            for (MailLink link : links) {
                text.append(link.label()).append(": ").append(link.url()).append('\n');
                html.append("<li><a href=\"").append(escape(link.url())).append("\">").append(escape(link.label()))
                        .append("</a></li>\n");
            }
            text.append('\n');
            html.append("</ul>\n");
        }
        if (footer != null && !footer.isBlank()) {
            text.append("--\n").append(footer).append('\n');
            html.append("<hr>\n<footer><p>").append(escape(footer)).append("</p></footer>\n");
        }
        html.append("</body>\n</html>\n");
        return new MailContent(text.toString(), html.toString());
    }

    static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
