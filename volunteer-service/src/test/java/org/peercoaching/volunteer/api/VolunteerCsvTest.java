package org.peercoaching.volunteer.api;

import static org.peercoaching.volunteer.Coaches.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.peercoaching.kafka.KafkaBrokerResource;

/** CSV import (all or nothing, every bad row and column reported) and export that round-trips. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class VolunteerCsvTest {

    static final String HEADER = "id,firstName,lastName,phone,email,dateOfBirth,ageBand,gender,imdDecile,lsoaCode,"
            + "languages,conditionCodes,callWindows,competenceLevel,coordinator,device,loanedOn,loanDueBack,"
            + "livedExperienceNotes,status\r\n";

    static String row(int i, String coordinator) {
        return ",Coach" + i + ",\"O'Brien, Jr\",07700 900" + String.format("%03d", i % 1000) + ",c" + i
                + "@example.org,,55-64,FEMALE," + (1 + i % 10) + ",,en;pl,69896004;13645005,"
                + "TUESDAY 18:00-20:00;THURSDAY 10:00-12:00,1," + coordinator + ",OWN_DEVICE,,,"
                + "\"Lives with RA, \"\"good days and bad days\"\"\",\r\n";
    }

    static JsonPath importCsv(String csv, int status) {
        return JsonPath.from(given().contentType("text/csv").body(csv)
                .when().post("/api/v1/volunteers/csv")
                .then().statusCode(status).extract().asString());
    }

    static String export(String coordinator) {
        return given().queryParam("coordinator", coordinator).when().get("/api/v1/volunteers/csv")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
    }

    static int rosterSize(String coordinator) {
        return given().queryParam("coordinator", coordinator).when().get("/api/v1/volunteers")
                .then().statusCode(200).extract().path("totalItems");
    }

    @Test
    void aFileOf100GoodRowsImportsInOneRequest() {
        String coordinator = "csv-" + UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 100; i++) {
            csv.append(row(i, coordinator));
        }
        JsonPath result = importCsv(csv.toString(), 200);
        assertEquals(100, result.getInt("imported"));
        assertEquals(100, result.getInt("registered"));
        assertEquals(100, rosterSize(coordinator));
        given().queryParam("coordinator", coordinator).queryParam("size", 1).when().get("/api/v1/volunteers")
                .then().body("items[0].status", equalTo("APPLICANT"))
                .body("items[0].lastName", equalTo("O'Brien, Jr"));
    }

    @Test
    void aFileWithThreeBadRowsImportsNothingAndNamesEachRowAndColumn() {
        String coordinator = "bad-" + UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 10; i++) {
            String r = row(i, coordinator);
            if (i == 2) {
                r = r.replace("07700 900002", "12345"); // row 4: phone
            } else if (i == 5) {
                r = r.replace("69896004;13645005", "69896004;12345678").replace(",FEMALE,", ",DRAGON,"); // row 7
            } else if (i == 8) {
                r = r.replace("TUESDAY 18:00-20:00", "Tuesday evenings"); // row 10: callWindows
            }
            csv.append(r);
        }
        JsonPath problem = importCsv(csv.toString(), 422);
        List<Map<String, Object>> errors = problem.getList("errors");
        assertEquals(List.of(
                Map.of("row", 4, "column", "phone"),
                Map.of("row", 7, "column", "gender"),
                Map.of("row", 10, "column", "callWindows")),
                errors.stream().map(e -> Map.of("row", e.get("row"), "column", e.get("column"))).toList());
        assertTrue(problem.getString("detail").startsWith("Nothing was imported. 3 problems on 3 rows"),
                problem.getString("detail"));
        assertEquals(0, rosterSize(coordinator), "all or nothing: the seven good rows were not imported either");

        // once the type error is fixed, the unknown condition on the same row is reported too
        JsonPath again = importCsv(csv.toString().replace(",DRAGON,", ",FEMALE,"), 422);
        assertTrue(again.getList("errors.column").contains("conditionCodes"));
        String unknown = again.getString("errors.find { it.row == 7 }.message");
        assertTrue(unknown.startsWith("12345678 is not a condition"), "the bad value, not its place in a Java list: " + unknown);
        assertFalse(unknown.contains("<list element>") || unknown.contains("[1]"), unknown);
    }

    @Test
    void languageCodesThatAreNotIso639AreRefusedInPlainEnglish() {
        String coordinator = "lang-" + UUID.randomUUID().toString().substring(0, 8);
        String csv = HEADER + row(0, coordinator).replace(",en;pl,", ",xx;zz,") + row(1, coordinator)
                .replace(",en;pl,", ",en;cy;ur,");
        JsonPath problem = importCsv(csv, 422);
        List<Map<String, Object>> errors = problem.getList("errors");
        assertEquals(List.of(Map.of("row", 2, "column", "languages", "message",
                        "xx is not an ISO 639 language code: use a code such as en, pl or ur"),
                Map.of("row", 2, "column", "languages", "message",
                        "zz is not an ISO 639 language code: use a code such as en, pl or ur")),
                errors, "row 3 (en, cy, ur) is fine");
        assertEquals(0, rosterSize(coordinator));
    }

    @Test
    void anUnknownOrMissingColumnIsReportedOnTheHeaderRow() {
        JsonPath problem = importCsv("firstName,lastName,shoeSize\r\nA,B,9\r\n", 422);
        assertTrue(problem.getList("errors.column").containsAll(List.of("shoeSize", "phone", "gender")));
        assertTrue(problem.getList("errors.row").stream().allMatch(r -> r.equals(1)));
    }

    @Test
    void exportRoundTrips() {
        String coordinator = "rt-" + UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 5; i++) {
            csv.append(row(i, coordinator));
        }
        csv.append(",Dev,Patel,+44 7700 900777,,1970-02-03,,MALE,,E01000001,en;gu,44054006,FRIDAY 10:00-12:00,2,"
                + coordinator + ",BORROWED_KIT,2026-09-01,2027-03-01,=SUM(A1),\r\n");
        importCsv(csv.toString(), 200);
        String first = export(coordinator);
        assertEquals(7, first.split("\r\n").length, "header and six volunteers");
        assertTrue(first.contains("'=SUM(A1)"), "a cell a spreadsheet would run is written as text");
        assertTrue(first.contains(",'+44 7700 900777,"), "a phone number is not taken for a formula either");

        // importing the export back changes nothing: every row updates its volunteer to what it already was
        JsonPath result = importCsv(first, 200);
        assertEquals(6, result.getInt("updated"));
        assertEquals(first, export(coordinator));

        // and an edit made in the spreadsheet comes through
        String edited = first.replace("Dev,Patel", "Devendra,Patel");
        importCsv(edited, 200);
        assertEquals(edited, export(coordinator));
        assertEquals(6, rosterSize(coordinator));
    }

    @Test
    void theDocumentedExampleFileImports() throws IOException {
        Path example = Path.of("../docs/examples/volunteers.csv");
        String csv = Files.readString(example, StandardCharsets.UTF_8);
        JsonPath result = importCsv(csv, 200);
        assertTrue(result.getInt("registered") >= 3);
    }
}
