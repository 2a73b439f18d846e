package org.tandem.export;

import java.io.IOException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns each row the dataset's SQL reads into the row written: pseudonyms for people, small numbers withheld and
 * flagged, then the dataset's own transform (redacting text); and checks that the SQL reads exactly the fields the
 * dictionary declares, in its order.
 */
final class ExportRun implements Snapshot.RowReader {
    /** Where each written row goes. */
    interface Sink {
        void row(String[] values) throws IOException;
    }

    private final Dataset dataset;
    private final Sink sink;
    private final Pseudonyms.Pseudonymiser pseudonyms;
    private final SmallNumbers smallNumbers;
    private final List<Field> fields;
    private final Map<String, Integer> positions = new HashMap<>();
    private long rows;

    ExportRun(Dataset dataset, Sink sink, Pseudonyms.Pseudonymiser pseudonyms, SmallNumbers smallNumbers) {
        this.dataset = dataset;
        this.sink = sink;
        this.pseudonyms = pseudonyms;
        this.smallNumbers = smallNumbers;
        this.fields = dataset.fields();
        for (int i = 0; i < fields.size(); i++) {
            positions.put(fields.get(i).name(), i);
        }
    }

    long rows() {
        return rows;
    }

    @Override
    public void start(ResultSet result) throws SQLException {
        ResultSetMetaData columns = result.getMetaData();
        List<String> read = new ArrayList<>();
        for (int i = 1; i <= columns.getColumnCount(); i++) {
            read.add(columns.getColumnLabel(i));
        }
        List<String> expected = new ArrayList<>(fields.stream().filter(f -> f.sql() != null).map(Field::name).toList());
        expected.addAll(dataset.hiddenColumns().keySet());
        if (!read.equals(expected)) {
            throw new IllegalStateException("dataset " + dataset.name() + " reads " + read + " but declares " + expected);
        }
    }

    @Override
    public void read(ResultSet result) throws SQLException, IOException {
        String[] values = new String[fields.size()];
        int column = 1;
        for (int i = 0; i < values.length; i++) {
            if (fields.get(i).sql() != null) {
                values[i] = result.getString(column++);
            }
        }
        Map<String, Object> hidden = dataset.hiddenColumns().isEmpty() ? Map.of() : new HashMap<>();
        for (String name : dataset.hiddenColumns().keySet()) {
            hidden.put(name, plain(result.getObject(column++)));
        }
        treat(values);
        dataset.transform().apply(new ExportRow(positions, values, hidden));
        sink.row(values);
        rows++;
    }

    private void treat(String[] values) {
        for (int i = 0; i < values.length; i++) {
            Field field = fields.get(i);
            switch (field.treatment()) {
                case PSEUDONYM -> values[i] = pseudonyms.of(values[i]);
                case SMALL_NUMBER -> {
                    boolean withheld = smallNumbers.withholds(values[i]);
                    if (withheld) {
                        values[i] = null;
                    }
                    values[i + 1] = Boolean.toString(withheld); // its flag comes next
                }
                case SUPPRESSION_FLAG, NONE -> { }
            }
        }
        for (int i = 0; i < values.length; i++) {
            String countField = fields.get(i).suppressedWith();
            if (countField != null && fields.get(i).treatment() == Field.Treatment.NONE
                    && "true".equals(values[positions.get(countField + "Suppressed")])) {
                values[i] = null;
            }
        }
    }

    private static Object plain(Object value) throws SQLException {
        if (value instanceof Array array) {
            return Arrays.asList((Object[]) array.getArray());
        }
        return value;
    }
}
