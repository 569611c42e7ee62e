package org.peercoaching.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TaperTemplateTest {

    static final TaperTemplate PROGRAMME = new TaperTemplate(List.of(
            new TaperTemplate.Stage("WEEKLY", 1, 8),
            new TaperTemplate.Stage("FORTNIGHTLY", 2, 4),
            new TaperTemplate.Stage("MONTHLY", 4, 2)));

    @Test
    void theProgrammeTemplateIsFourteenCallsOverTwentyFourWeeks() {
        assertEquals(14, PROGRAMME.totalCalls());
        assertEquals(24, PROGRAMME.totalWeeks());
        assertEquals("WEEKLY", PROGRAMME.first().name());
    }

    @Test
    void aStageWithoutCallsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TaperTemplate.Stage("EMPTY", 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new TaperTemplate(List.of()));
    }
}
