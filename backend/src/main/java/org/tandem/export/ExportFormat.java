package org.tandem.export;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import org.tandem.common.problem.ProblemException;

/** The formats a dataset comes in, chosen by {@code format} or else by the Accept header (NDJSON when neither says). */
enum ExportFormat {
    NDJSON("application/x-ndjson", "ndjson"),
    CSV("text/csv", "csv"),
    JSON("application/json", "json");

    final String mediaType;
    final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    static ExportFormat chosen(String format, HttpHeaders headers) {
        if (format != null && !format.isBlank()) {
            for (ExportFormat candidate : values()) {
                if (candidate.extension.equals(format.trim().toLowerCase(Locale.ROOT))) {
                    return candidate;
                }
            }
            throw ProblemException.invalid("format", "must be one of ndjson, csv, json");
        }
        String accept = headers.getHeaderString(HttpHeaders.ACCEPT);
        if (accept != null) {
            for (ExportFormat candidate : values()) {
                if (accept.contains(candidate.mediaType)) {
                    return candidate;
                }
            }
        }
        return NDJSON;
    }

    String contentType() {
        return this == JSON ? mediaType : mediaType + "; charset=UTF-8";
    }
}
