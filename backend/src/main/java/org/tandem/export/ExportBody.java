package org.tandem.export;

import java.io.IOException;
import java.io.OutputStream;

/**
 * An export's body, written straight to the response by {@link ExportBodyWriter}. Its own type rather than a
 * StreamingOutput, and returned in a plain Response (so that the writer is chosen by this type when it is written,
 * not at build time by the media type): JSON and NDJSON answers are not objects for Jackson to serialise.
 */
final class ExportBody {
    interface Writing {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Writing writing;

    ExportBody(Writing writing) {
        this.writing = writing;
    }

    void writeTo(OutputStream out) throws IOException {
        writing.writeTo(out);
    }
}
