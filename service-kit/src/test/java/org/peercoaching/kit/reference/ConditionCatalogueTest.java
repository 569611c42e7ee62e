package org.peercoaching.kit.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ConditionCatalogueTest {

    final ConditionCatalogue catalogue = ConditionCatalogue.standard();

    @Test
    void theShippedCatalogueKnowsTheProgrammesConditionsWithFamilyAndSymptoms() {
        ConditionCatalogue.Condition ra = catalogue.find("69896004").orElseThrow();
        assertEquals("Rheumatoid arthritis", ra.name());
        assertEquals("musculoskeletal", ra.family());
        assertEquals(Set.of("pain", "fatigue", "stiffness"), ra.symptoms());
        assertTrue(catalogue.find("38341003").orElseThrow().symptoms().isEmpty());
        assertFalse(catalogue.knows("12345678"));
        assertTrue(catalogue.all().size() >= 25);
    }

    @Test
    void everyCodeIsASnomedConceptIdAndEveryConditionHasAFamily() {
        for (ConditionCatalogue.Condition c : catalogue.all()) {
            assertTrue(c.code().matches("^[1-9]\\d{5,17}$"), c.code());
            assertFalse(c.family().isBlank(), c.code());
        }
    }
}
