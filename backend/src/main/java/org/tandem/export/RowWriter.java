package org.tandem.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.tandem.common.web.CsvWriter;

/** Writes a dataset's rows in one format, a row at a time, straight to the response. */
interface RowWriter {
    JsonFactory JSON = JsonFactory.builder().build();

    void row(String[] values) throws IOException;

    /** Ends the document and flushes it (the stream stays open: an archive writes more after it). */
    void finish() throws IOException;

    static RowWriter of(ExportFormat format, List<Field> fields, OutputStream out) throws IOException {
        return switch (format) {
            case NDJSON -> new Json(fields, out, false);
            case JSON -> new Json(fields, out, true);
            case CSV -> new Csv(fields, out);
        };
    }

    /** NDJSON (one object per line) or a JSON array of the same objects, one per line. */
    final class Json implements RowWriter {
        private final List<Field> fields;
        private final SerializedString[] names;
        private final JsonGenerator json;
        private final boolean array;
        private boolean first = true;

        Json(List<Field> fields, OutputStream out, boolean array) throws IOException {
            this.fields = fields;
            this.names = fields.stream().map(f -> new SerializedString(f.name())).toArray(SerializedString[]::new);
            this.json = JSON.createGenerator(out);
            this.json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            // Rows are root values to Jackson: without this it puts a space before each, after the line break.
            this.json.setRootValueSeparator(null);
            this.array = array;
            if (array) {
                json.writeRaw("[\n");
            }
        }

        @Override
        public void row(String[] values) throws IOException {
            if (array && !first) {
                json.writeRaw(",\n");
            }
            first = false;
            json.writeStartObject();
            for (int i = 0; i < names.length; i++) {
                json.writeFieldName(names[i]);
                String value = values[i];
                if (value == null) {
                    json.writeNull();
                } else if (fields.get(i).type().isJsonLiteral()) {
                    json.writeRawValue(value);
                } else {
                    json.writeString(value);
                }
            }
            json.writeEndObject();
            if (!array) {
                json.writeRaw('\n');
            }
        }

        @Override
        public void finish() throws IOException {
            if (array) {
                json.writeRaw(first ? "]\n" : "\n]\n");
            }
            json.flush();
        }
    }

    /** CSV as Excel opens it: a byte order mark, a header of the field names, RFC 4180, formulas guarded. */
    final class Csv implements RowWriter {
        private final Writer writer;
        private final CsvWriter csv;
        private final boolean[] guarded;

        Csv(List<Field> fields, OutputStream out) throws IOException {
            this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            this.csv = new CsvWriter(writer);
            csv.bom();
            csv.row(fields.stream().map(Field::name).toList());
            this.guarded = new boolean[fields.size()];
            for (int i = 0; i < guarded.length; i++) {
                guarded[i] = fields.get(i).type() == FieldType.STRING;
            }
        }

        @Override
        public void row(String[] values) throws IOException {
            csv.row(values, guarded);
        }

        @Override
        public void finish() throws IOException {
            writer.flush();
        }
    }
}
