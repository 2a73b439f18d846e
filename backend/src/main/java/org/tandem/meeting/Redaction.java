package org.tandem.meeting;

import java.util.Map;
import java.util.UUID;

/**
 * What one caller may read about the people of one meeting: the Chatham House wording, and whether people are
 * named at all (analysts and partners see ids and counts, never names or recorded roles).
 */
record Redaction(ChathamHouse chathamHouse, boolean namesPeople, Map<UUID, String> names) {

    String text(String text) {
        return chathamHouse.text(text);
    }

    String presenter(String presenter) {
        return chathamHouse.presenter(presenter);
    }

    String nameOf(UUID personId) {
        return namesPeople && personId != null ? names.get(personId) : null;
    }

    /** A detail that identifies a person, such as the role they were recorded in. */
    String aboutPerson(String value) {
        return namesPeople ? value : null;
    }
}
