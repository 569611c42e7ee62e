package org.peercoaching.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void codesReadAsPlainEnglish() {
        assertEquals("No answer", Words.plain("NO_ANSWER"));
        assertEquals("Clinical red flag", Words.plain("CLINICAL_RED_FLAG"));
        assertEquals("Type 2 diabetes", Words.plain("TYPE-2-DIABETES"));
        assertEquals("Crisis", Words.plain("CRISIS"));
        assertEquals("", Words.plain(null));
        assertEquals("", Words.plain("  "));
    }

    @Test
    void aPhoneLinkKeepsOnlyDigitsAndTheLeadingPlus() {
        assertEquals("tel:07700900123", Words.tel("07700 900 123"));
        assertEquals("tel:+447700900123", Words.tel("+44 7700 900123"));
        assertEquals("tel:01632960000", Words.tel("(01632) 960-000"));
        assertEquals("", Words.tel(null));
    }

    @Test
    void coachFlagsHaveTheirOwnNames() {
        assertEquals("DBS renewal due", Words.flag("DBS_RENEWAL_DUE"));
        assertEquals("DBS expired", Words.flag("DBS_EXPIRED"));
        assertEquals("Supervision overdue", Words.flag("SUPERVISION_OVERDUE"));
        assertEquals("Loaned kit due back", Words.flag("KIT_DUE_BACK"));
        assertEquals("Something new", Words.flag("SOMETHING_NEW"));
        assertEquals("", Words.flag(null));
    }

    @Test
    void countsSayOneOrMany() {
        assertEquals("1 call", Words.count(1, "call", "calls"));
        assertEquals("0 calls", Words.count(0, "call", "calls"));
        assertEquals("3 people", Words.count(3, "person", "people"));
    }

    @Test
    void languagesReadAsTheirEnglishNames() {
        assertEquals("Punjabi", Words.language("pa"));
        assertEquals("Polish", Words.language("pl"));
        assertEquals("", Words.language(null));
    }

    @Test
    void callWindowTimesReadAsPeopleSayThem() {
        assertEquals("6pm", Words.clockTime("18:00:00"));
        assertEquals("9:30am", Words.clockTime("09:30"));
        assertEquals("12pm", Words.clockTime("12:00"));
        assertEquals("not a time", Words.clockTime("not a time"));
    }
}
