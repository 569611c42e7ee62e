package org.peercoaching.kit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The mapper every service reads request bodies with: plain text only, dates only as ISO text. */
class StrictJsonTest {

    record Person(@Size(max = 100) String givenName, List<String> languages) {}

    record Note(@Size(max = 100) String title, @Size(max = 4000) String notes, Person person) {}

    record When(Instant at, OffsetDateTime rescheduleTo, ZonedDateTime zoned, LocalDate on) {}

    static final ObjectMapper JSON = mapper();

    static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new StrictJson().customize(mapper);
        return mapper;
    }

    static JsonMappingException refused(String json, Class<?> type, String path) {
        JsonMappingException e = assertThrows(JsonMappingException.class, () -> JSON.readValue(json, type));
        assertEquals(path, path(e));
        return e;
    }

    static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                sb.append(sb.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    @Test
    void plainTextIsReadUnchanged() throws Exception {
        Note note = JSON.readValue("""
                {"title": "Ça va — Zoë 😀", "notes": "Line one\\nline two\\r\\n\\tindented",
                 "person": {"givenName": "\u0639\u0627\u0626\u0634\u0647\u200f", "languages": ["en", "ur"]}}
                """, Note.class);
        assertEquals("Line one\nline two\r\n\tindented", note.notes());
        assertEquals("\u0639\u0627\u0626\u0634\u0647\u200f", note.person().givenName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u0000", "\\u0007", "\\u001b", "\\u007f", "\\u0085", "\\u009f"})
    void controlCharactersAreRefusedNamingTheField(String escape) {
        JsonMappingException e = refused("{\"person\": {\"givenName\": \"Ai" + escape + "sha\"}}", Note.class,
                "person.givenName");
        assertInstanceOf(PlainText.UnsafeTextException.class, e);
        assertTrue(e.getOriginalMessage().contains("control characters"), e.getOriginalMessage());
        assertTrue(e.getOriginalMessage().contains("at character 3"), e.getOriginalMessage());
    }

    @Test
    void aControlCharacterIsRefusedInFreeTextToo() {
        refused("{\"notes\": \"Called\\u0000\"}", Note.class, "notes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u202a", "\\u202b", "\\u202c", "\\u202d", "\\u202e", "\\u2066", "\\u2067",
            "\\u2068", "\\u2069"})
    void bidiOverridesAndIsolatesAreRefusedEvenInFreeText(String escape) {
        JsonMappingException e = refused("{\"notes\": \"Fine " + escape + "gnp.exe\"}", Note.class, "notes");
        assertTrue(e.getOriginalMessage().contains("bidirectional"), e.getOriginalMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\n", "\\r", "\\t"})
    void lineBreaksAndTabsAreRefusedInSingleLineText(String escape) {
        JsonMappingException e = refused("{\"title\": \"One" + escape + "two\"}", Note.class, "title");
        assertTrue(e.getOriginalMessage().contains("single line"), e.getOriginalMessage());
        refused("{\"person\": {\"languages\": [\"en\", \"u" + escape + "r\"]}}", Note.class, "person.languages[1]");
    }

    @Test
    void aLoneSurrogateIsRefused() {
        refused("{\"title\": \"A\\ud800B\"}", Note.class, "title");
    }

    @Test
    void theTextInAListOrAMapIsCheckedToo() {
        refused("{\"person\": {\"languages\": [\"en\", \"u\\u0000r\"]}}", Note.class, "person.languages[1]");
        assertThrows(JsonMappingException.class,
                () -> JSON.readValue("{\"a\": \"x\\u202ey\"}", new com.fasterxml.jackson.core.type.TypeReference<
                        Map<String, String>>() {}));
    }

    @ParameterizedTest
    @ValueSource(strings = {"123", "1.5", "true", "{}", "[\"Aisha\"]"})
    void aValueThatIsNotAStringIsRefusedForText(String value) {
        JsonMappingException e = refused("{\"person\": {\"givenName\": " + value + "}}", Note.class,
                "person.givenName");
        assertInstanceOf(MismatchedInputException.class, e);
        assertEquals(String.class, ((MismatchedInputException) e).getTargetType());
    }

    @ParameterizedTest
    @ValueSource(strings = {"at", "rescheduleTo", "zoned", "on"})
    void aDateOrTimeGivenAsANumberIsRefused(String field) {
        refused("{\"" + field + "\": 1767225600}", When.class, field);
        refused("{\"" + field + "\": 1767225600.5}", When.class, field);
    }

    @ParameterizedTest
    @ValueSource(strings = {"at", "rescheduleTo", "zoned"})
    void aDateAndTimeGivenAsANumberInQuotesIsRefused(String field) {
        refused("{\"" + field + "\": \"1767225600\"}", When.class, field);
    }

    @Test
    void aDateGivenAsAnArrayIsRefused() {
        refused("{\"on\": [2027, 1, 5]}", When.class, "on");
    }

    @Test
    void datesAndTimesAreReadFromIsoText() throws Exception {
        When when = JSON.readValue("""
                {"at": "2027-01-05T18:00:00Z", "rescheduleTo": "2027-01-05T18:00:00+00:00",
                 "zoned": "2027-01-05T18:00:00Z", "on": "2027-01-05", "ignored": null}
                """.replace(", \"ignored\": null", ""), When.class);
        assertEquals(Instant.parse("2027-01-05T18:00:00Z"), when.at());
        assertEquals(LocalDate.of(2027, 1, 5), when.on());
        assertNull(JSON.readValue("{\"at\": null}", When.class).at());
    }

    @Test
    void eventsTheServicesWroteThemselvesAreNotCheckedAgain() throws Exception {
        Person person = JSON.reader().withAttribute(PlainText.OWN_WRITING, Boolean.TRUE).forType(Person.class)
                .readValue("{\"givenName\": \"Line one\\nline two\"}");
        assertEquals("Line one\nline two", person.givenName());
    }
}
