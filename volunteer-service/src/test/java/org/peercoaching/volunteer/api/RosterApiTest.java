package org.peercoaching.volunteer.api;

import static org.peercoaching.volunteer.Coaches.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.volunteer.Coaches;
import org.peercoaching.volunteer.TestClock;

/** The coordinator's roster: 100 coaches with correct flags in one request; filters, sorting, paging. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class RosterApiTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static void supervise(String kind, String... coachIds) {
        given().contentType(ContentType.JSON)
                .body("{\"kind\": \"" + kind + "\", \"heldOn\": \"" + LocalDate.now() + "\", \"facilitator\": \"j.okafor\","
                        + " \"attendees\": [\"" + String.join("\", \"", coachIds) + "\"]}")
                .when().post("/api/v1/supervision-sessions")
                .then().statusCode(201);
    }

    static JsonPath roster(String query) {
        return JsonPath.from(given().when().get("/api/v1/volunteers?" + query)
                .then().statusCode(200).extract().asString());
    }

    @Test
    void theRosterOf100CoachesComesBackInOneRequestWithCorrectFlags() {
        String coordinator = "roster-" + UUID.randomUUID().toString().substring(0, 8);
        // two coaches activated 40 days ago; one of them has been to supervision since
        clock.shift(Duration.ofDays(-40));
        String overdue = Coaches.aCoach().named("Overdue").coordinatedBy(coordinator).active();
        String supervised = Coaches.aCoach().named("Supervised").coordinatedBy(coordinator).competence(3).active();
        clock.reset();
        supervise("GROUP", supervised);
        // DBS renewals: one due within the month, one passed since activation
        String renewalDue = Coaches.aCoach().named("Renewal").coordinatedBy(coordinator).ready();
        Coaches.recordDbs(renewalDue, LocalDate.now().minusYears(3).plusDays(10), LocalDate.now().plusDays(10));
        Coaches.post(renewalDue, "activate", null);
        String expired = Coaches.aCoach().named("Expired").coordinatedBy(coordinator).active();
        Coaches.recordDbs(expired, LocalDate.now().minusYears(3).minusDays(1), LocalDate.now().minusDays(1));
        String fine = Coaches.aCoach().named("Fine").coordinatedBy(coordinator).active();
        List<String> applicants = new ArrayList<>();
        for (int i = 0; i < 95; i++) {
            applicants.add(Coaches.aCoach().named("Applicant" + i).coordinatedBy(coordinator).applicant());
        }

        JsonPath page = roster("coordinator=" + coordinator + "&size=100");
        assertEquals(100, page.getList("items").size());
        assertEquals(100, page.getInt("totalItems"));
        Map<String, List<String>> flags = new HashMap<>();
        for (Map<String, Object> item : page.<Map<String, Object>>getList("items")) {
            @SuppressWarnings("unchecked")
            List<String> f = (List<String>) item.get("flags");
            flags.put((String) item.get("id"), f);
        }
        assertEquals(List.of("SUPERVISION_OVERDUE"), flags.get(overdue));
        assertEquals(List.of(), flags.get(supervised));
        assertEquals(List.of("DBS_RENEWAL_DUE"), flags.get(renewalDue));
        assertEquals(List.of("DBS_EXPIRED"), flags.get(expired));
        assertEquals(List.of(), flags.get(fine));
        applicants.forEach(id -> assertEquals(List.of(), flags.get(id), "applicants carry no flags"));

        // the flag filters: any of the given flags, or flagged at all
        assertEquals(List.of(overdue), roster("coordinator=" + coordinator + "&flag=SUPERVISION_OVERDUE").getList("items.id"));
        assertEquals(2, roster("coordinator=" + coordinator + "&flag=DBS_RENEWAL_DUE,DBS_EXPIRED").getList("items").size());
        assertEquals(3, roster("coordinator=" + coordinator + "&flagged=true").getList("items").size());
        // status, competence, sorting and paging
        assertEquals(5, roster("coordinator=" + coordinator + "&status=ACTIVE").getList("items").size());
        assertEquals(List.of(supervised), roster("coordinator=" + coordinator + "&competence=3").getList("items.id"));
        assertEquals(supervised, roster("coordinator=" + coordinator + "&sort=-competence&size=1").getString("items[0].id"));
        JsonPath second = roster("coordinator=" + coordinator + "&status=APPLICANT&sort=name&page=2&size=30");
        assertEquals(30, second.getList("items").size());
        assertEquals(95, second.getInt("totalItems"));
        assertEquals(4, second.getInt("totalPages"));
        assertEquals("GROUP", roster("coordinator=" + coordinator + "&competence=3").getString("items[0].supervisionMode"));
        assertEquals(LocalDate.now().toString(),
                roster("coordinator=" + coordinator + "&competence=3").getString("items[0].lastSupervisedOn"));
    }

    @Test
    void theRosterFiltersByConditionAndLanguage() {
        String coordinator = "cond-" + UUID.randomUUID().toString().substring(0, 8);
        String copd = Coaches.aCoach().coordinatedBy(coordinator).livingWith("13645005").speaking("en", "pl").applicant();
        Coaches.aCoach().coordinatedBy(coordinator).livingWith("69896004").speaking("en").applicant();
        assertEquals(List.of(copd), roster("coordinator=" + coordinator + "&condition=13645005").getList("items.id"));
        assertEquals(List.of(copd), roster("coordinator=" + coordinator + "&language=pl").getList("items.id"));
        assertEquals(2, roster("coordinator=" + coordinator + "&language=en").getList("items").size());
    }

    @Test
    void badRosterParametersAreA400NamingEachOne() {
        given().when().get("/api/v1/volunteers?status=SLEEPING&flag=TIRED&page=0&size=500&sort=shoe&minRoom=x&flagged=maybe")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("status", "flag", "page", "size", "sort", "minRoom", "flagged"));
    }

    @Test
    void aCoachsOwnRecordCarriesTheirFlagsAndSupervisionDueDate() {
        String id = Coaches.aCoach().active();
        given().get("/api/v1/volunteers/" + id).then().statusCode(200)
                .body("supervisionMode", equalTo("ONE_TO_ONE"))
                .body("supervisionDueBy", equalTo(LocalDate.now(java.time.ZoneId.of("Europe/London")).plusDays(31).toString()))
                .body("flags", equalTo(List.of()));
    }
}
