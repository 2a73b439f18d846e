package org.tandem.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChathamHouseTest {
    private final ChathamHouse rule = ChathamHouse.naming(List.of("Anne Hooper", "Julie  Clayton", "Jo"));

    @Test
    void replacesFullNamesFirstNamesAndSurnamesAsWholeWordsIgnoringCase() {
        assertEquals("A participant opened the meeting. A participant agreed; a participant's point stood.",
                rule.text("Anne Hooper opened the meeting. JULIE agreed; anne's point stood."));
        assertEquals("Annette and the annex stay; a participant alone is a name too.",
                rule.text("Annette and the annex stay; Hooper alone is a name too."));
        assertEquals("A participant thanked a participant and a participant.",
                rule.text("Mr Hooper thanked Cllr. Clayton and Dr Jo."));
        assertEquals("Mrs Smith and Claytonville stay.", rule.text("Mrs Smith and Claytonville stay."));
        assertEquals("Thanks to a participant (a participant) and a participant.",
                rule.text("Thanks to Julie Clayton (Anne) and jo."));
        assertEquals("Notes:\nA participant said", rule.text("Notes:\nJulie said"));
    }

    @Test
    void dropsPresentersAndLeavesOtherMeetingsAlone() {
        assertNull(rule.presenter("Anne Hooper, Chair"));
        assertEquals("Anne Hooper, Chair", ChathamHouse.OFF.presenter("Anne Hooper, Chair"));
        assertEquals("Anne spoke", ChathamHouse.OFF.text("Anne spoke"));
        assertNull(ChathamHouse.naming(List.of()).presenter("Anne"));
    }
}
