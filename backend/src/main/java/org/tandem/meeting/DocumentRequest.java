package org.tandem.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.common.web.WebLink;

@Schema(name = "MeetingDocumentRequest")
public record DocumentRequest(
        @NotBlank @Size(max = 300) @Schema(examples = "Year One Review: second draft") String title,
        @NotBlank @WebLink @Size(max = 2000) @Schema(examples = "https://www.selondonics.org/wp-content/uploads/lpp-year-one-review.pdf") String url,
        @Schema(defaultValue = "PAPER") DocumentKind kind) {}
