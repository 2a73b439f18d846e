package org.tandem.meeting;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MeetingDocument", description = "A titled link to a paper, slides, a visual recording or the minutes.")
public record DocumentView(
        UUID id,
        @Schema(description = "1-based order", examples = "1") int position,
        @Schema(examples = "Year One Review: second draft") String title,
        @Schema(examples = "https://www.selondonics.org/wp-content/uploads/lpp-year-one-review.pdf") String url,
        DocumentKind kind,
        @Schema(description = "Shown with the meeting's published notes on the public page") boolean shownPublicly) {

    static DocumentView of(MeetingDocument document) {
        return new DocumentView(document.id, document.position, document.title, document.url, document.kind, document.shownPublicly);
    }
}
