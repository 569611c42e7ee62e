package org.peercoaching.kit.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class QueryParametersTest {

    @Test
    void aValueThatIsNotOfTheParametersTypeDoesNotConvert() {
        assertFalse(QueryParameters.converts(int.class, "x"));
        assertFalse(QueryParameters.converts(Integer.class, "1.5"));
        assertFalse(QueryParameters.converts(UUID.class, "abc"));
        assertFalse(QueryParameters.converts(LocalDate.class, "yesterday"));
    }

    @Test
    void aValueOfTheParametersTypeConverts() {
        assertTrue(QueryParameters.converts(int.class, "5"));
        assertTrue(QueryParameters.converts(UUID.class, UUID.randomUUID().toString()));
        assertTrue(QueryParameters.converts(LocalDate.class, "2027-01-05"));
        assertTrue(QueryParameters.converts(String.class, "anything"));
    }
}
