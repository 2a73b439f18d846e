package org.tandem.export;

import java.util.Arrays;
import java.util.List;

/**
 * One column of a dataset: its name in every format, its type, the SQL that reads it and the description the data
 * dictionary gives it. {@code sql} is null for a column the export computes itself (a small number's flag).
 */
record Field(String name, FieldType type, String sql, String description, boolean required, List<String> enumValues,
        Long minimum, Reference references, Treatment treatment, String suppressedWith) {

    /** What the export does to the value the SQL read before writing it. */
    enum Treatment {
        /** Written as read. */
        NONE,
        /** A person's id, written as the exporting organisation's pseudonym for them ({@link Pseudonyms}). */
        PSEUDONYM,
        /** A count of people: withheld below the threshold ({@link SmallNumbers}), with a flag field after it. */
        SMALL_NUMBER,
        /** The flag saying the count before it was withheld. */
        SUPPRESSION_FLAG
    }

    /** A foreign key: the field holds ids of {@code field} of another dataset. */
    record Reference(String dataset, String field) {}

    static Field text(String name, String sql, String description) {
        return new Field(name, FieldType.STRING, sql, description, false, List.of(), null, null, Treatment.NONE, null);
    }

    static Field id(String name, String sql, String description) {
        return new Field(name, FieldType.UUID, sql, description, false, List.of(), null, null, Treatment.NONE, null);
    }

    static Field integer(String name, String sql, String description) {
        return new Field(name, FieldType.INTEGER, sql, description, false, List.of(), null, null, Treatment.NONE, null);
    }

    static Field bool(String name, String sql, String description) {
        return new Field(name, FieldType.BOOLEAN, sql, description, true, List.of(), null, null, Treatment.NONE, null);
    }

    static Field date(String name, String sql, String description) {
        return new Field(name, FieldType.DATE, sql, description, false, List.of(), null, null, Treatment.NONE, null);
    }

    static Field time(String name, String sql, String description) {
        return new Field(name, FieldType.DATETIME, sql, description, false, List.of(), null, null, Treatment.NONE, null);
    }

    /** One of an enumeration's values, by name. */
    static <E extends Enum<E>> Field oneOf(String name, String sql, Class<E> values, String description) {
        List<String> names = Arrays.stream(values.getEnumConstants()).map(Enum::name).toList();
        return new Field(name, FieldType.STRING, sql, description, false, names, null, null, Treatment.NONE, null);
    }

    /** A person, as the exporting organisation's pseudonym: stable within it, different in every other. */
    static Field pseudonym(String name, String personIdSql, String description) {
        return new Field(name, FieldType.STRING, personIdSql, description + " " + Pseudonyms.DESCRIPTION, false, List.of(), null,
                null, Treatment.PSEUDONYM, null);
    }

    /** A count of people, withheld when small; {@link #suppressionFlag()} is the field that says so. */
    static Field peopleCount(String name, String sql, String description) {
        return new Field(name, FieldType.INTEGER, sql, description + " " + SmallNumbers.DESCRIPTION, false, List.of(), 0L, null,
                Treatment.SMALL_NUMBER, null);
    }

    /** Always has a value (Table Schema's required). */
    Field notNull() {
        return new Field(name, type, sql, description, true, enumValues, minimum, references, treatment, suppressedWith);
    }

    Field min(long value) {
        return new Field(name, type, sql, description, required, enumValues, value, references, treatment, suppressedWith);
    }

    Field references(String dataset, String field) {
        return new Field(name, type, sql, description, required, enumValues, minimum, new Reference(dataset, field), treatment,
                suppressedWith);
    }

    /** Withheld whenever the count {@code countField} of the same row is (an amount that would give it away). */
    Field withheldWith(String countField) {
        return new Field(name, type, sql, description + " Withheld when " + countField + " is.", required, enumValues, minimum,
                references, treatment, countField);
    }

    /** The companion of a people count: true when the count was withheld. */
    Field suppressionFlag() {
        return new Field(name + "Suppressed", FieldType.BOOLEAN, null, "True when " + name + " is withheld because it is "
                + "between 1 and the small-number threshold; " + name + " is then empty.", true, List.of(), null, null,
                Treatment.SUPPRESSION_FLAG, name);
    }
}
