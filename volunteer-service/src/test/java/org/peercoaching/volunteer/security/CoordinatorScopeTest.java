package org.peercoaching.volunteer.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peercoaching.volunteer.Coaches.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.peercoaching.devidentity.DevTokens;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.volunteer.Coaches;

/** A coordinator's roster, exports, imports and supervision hold their own coaches and nobody else's. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class CoordinatorScopeTest {

    static String someone(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static List<String> roster(String token) {
        return as(token).queryParam("size", 200).when().get("/api/v1/volunteers")
                .then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    static String export(String token) {
        return as(token).when().get("/api/v1/volunteers/csv").then().statusCode(200).extract().asString();
    }

    @Test
    void aCoordinatorsRosterAndExportHoldOnlyTheirOwnCoaches() {
        String a = someone("scope-a");
        String b = someone("scope-b");
        String a1 = Coaches.aCoach().named("Anya").registeredBy(a).applicant();
        String a2 = Coaches.aCoach().named("Abel").registeredBy(a).active();
        String b1 = Coaches.aCoach().named("Bilal").registeredBy(b).applicant();

        assertEquals(Set.of(a1, a2), Set.copyOf(roster(DevTokens.coordinator(a))));
        assertEquals(List.of(b1), roster(DevTokens.coordinator(b)));
        // filtering by the coordinator name on the profile does not widen it
        as(DevTokens.coordinator(b)).queryParam("coordinator", "j.okafor").when().get("/api/v1/volunteers")
                .then().statusCode(200).body("items.id", equalTo(List.of(b1)));

        String csv = export(DevTokens.coordinator(a));
        assertEquals(3, csv.split("\r\n").length, "the header and a's two coaches");
        assertTrue(csv.contains(a1) && csv.contains(a2));
        assertFalse(csv.contains(b1));
        assertFalse(export(DevTokens.coordinator(b)).contains(a1));
        assertFalse(export(DevTokens.coordinator(b)).contains("Anya"));
    }

    @Test
    void importedCoachesAreTheImportersAndAnotherCoordinatorsCoachCannotBeOverwritten() {
        String a = someone("imp-a");
        String b = someone("imp-b");
        String header = "id,firstName,lastName,phone,gender,imdDecile,languages,conditionCodes,callWindows\r\n";
        as(DevTokens.coordinator(a)).contentType("text/csv")
                .body(header + ",Ines,Imported,07700 900321,FEMALE,4,en,69896004,MONDAY 10:00-12:00\r\n")
                .when().post("/api/v1/volunteers/csv")
                .then().statusCode(200).body("registered", equalTo(1));
        List<String> imported = roster(DevTokens.coordinator(a));
        assertEquals(1, imported.size());
        assertEquals(List.of(), roster(DevTokens.coordinator(b)));

        // b's file naming a's coach is refused as if no such coach existed, and a's coach is unchanged
        as(DevTokens.coordinator(b)).contentType("text/csv")
                .body(header + imported.get(0) + ",Changed,Name,07700 900321,FEMALE,4,en,69896004,MONDAY 10:00-12:00\r\n")
                .when().post("/api/v1/volunteers/csv")
                .then().statusCode(422)
                .body("errors[0].column", equalTo("id"))
                .body("errors[0].message", equalTo("no volunteer has this id; leave it empty to register someone new"));
        as(DevTokens.coordinator(a)).when().get("/api/v1/volunteers/" + imported.get(0))
                .then().statusCode(200).body("firstName", equalTo("Ines"));
    }

    @Test
    void anotherCoordinatorsCoachIsNotFoundForEveryChangeAndNothingChanges() {
        String coach = Coaches.aCoach().named("Owned").ready();
        String other = DevTokens.coordinator("coord-b");
        String unknown = UUID.randomUUID().toString();
        for (String id : List.of(coach, unknown)) {
            as(other).contentType(ContentType.JSON).when().post("/api/v1/volunteers/" + id + "/activate")
                    .then().statusCode(404).body("detail", equalTo("Volunteer " + id + " was not found"));
            // an invalid body does not change the answer: the access check comes first
            as(other).contentType(ContentType.JSON).body("{\"until\": \"2020-01-01\"}")
                    .when().post("/api/v1/volunteers/" + id + "/pause").then().statusCode(404);
            as(other).contentType(ContentType.JSON).body("{}")
                    .when().put("/api/v1/volunteers/" + id).then().statusCode(404);
        }
        Coaches.given().when().get("/api/v1/volunteers/" + coach).then().statusCode(200).body("status", equalTo("READY"));
    }

    @Test
    void supervisionIsRecordedOnlyForOwnCoachesAndSeenOnlyByTheirCoordinator() {
        String a = someone("sup-a");
        String b = someone("sup-b");
        String mine = Coaches.aCoach().registeredBy(a).active();
        String theirs = Coaches.aCoach().registeredBy(b).active();
        String today = LocalDate.now().toString();

        as(DevTokens.coordinator(a)).contentType(ContentType.JSON)
                .body("{\"kind\": \"GROUP\", \"heldOn\": \"" + today + "\", \"facilitator\": \"s.patel\","
                        + " \"attendees\": [\"" + mine + "\", \"" + theirs + "\"]}")
                .when().post("/api/v1/supervision-sessions")
                .then().statusCode(404).body("errors.field", equalTo(List.of("attendees[1]")));
        as(DevTokens.coordinator(b)).when().get("/api/v1/volunteers/" + theirs + "/supervision-sessions")
                .then().statusCode(200).body("$", equalTo(List.of()));

        String session = as(DevTokens.coordinator(a)).contentType(ContentType.JSON)
                .body("{\"kind\": \"GROUP\", \"heldOn\": \"" + today + "\", \"facilitator\": \"s.patel\","
                        + " \"attendees\": [\"" + mine + "\"]}")
                .when().post("/api/v1/supervision-sessions")
                .then().statusCode(201).extract().path("id");
        as(DevTokens.coordinator(a)).when().get("/api/v1/supervision-sessions/" + session).then().statusCode(200);
        as(DevTokens.coordinator(a)).when().get("/api/v1/supervision-sessions")
                .then().statusCode(200).body("id", hasItem(session));
        as(DevTokens.coordinator(b)).when().get("/api/v1/supervision-sessions/" + session).then().statusCode(404);
        as(DevTokens.coordinator(b)).when().get("/api/v1/supervision-sessions")
                .then().statusCode(200).body("id", not(hasItem(session)));
    }

    @Test
    void aVolunteerReadsOnlyTheirOwnRecordAndNothingElse() {
        String coach = Coaches.aCoach().named("Self").applicant();
        String volunteer = DevTokens.volunteer(UUID.fromString(coach));
        as(volunteer).when().get("/api/v1/volunteers/" + coach).then().statusCode(200).body("firstName", equalTo("Self"));
        as(volunteer).when().get("/api/v1/volunteers/" + Coaches.aCoach().applicant()).then().statusCode(404);
        as(volunteer).when().get("/api/v1/volunteers").then().statusCode(403);
        as(volunteer).contentType(ContentType.JSON).when().post("/api/v1/volunteers/" + coach + "/start-training")
                .then().statusCode(403);
    }
}
