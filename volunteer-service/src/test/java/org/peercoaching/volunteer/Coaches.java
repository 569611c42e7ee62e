package org.peercoaching.volunteer;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.LocalDate;

/** Test-data builder for coaches, driven through the public API: {@code Coaches.aCoach().named("Aisha").active()}. */
public final class Coaches {

    private String firstName = "Aisha";
    private String lastName = "Khan";
    private String gender = "FEMALE";
    private String homeArea = "\"imdDecile\": 2";
    private String languages = "\"en\", \"ur\"";
    private String conditions = "\"69896004\"";
    private String coordinator = "j.okafor";
    private int competence = 1;

    public static Coaches aCoach() {
        return new Coaches();
    }

    public Coaches named(String firstName) {
        this.firstName = firstName;
        return this;
    }

    public Coaches surnamed(String lastName) {
        this.lastName = lastName;
        return this;
    }

    public Coaches male() {
        this.gender = "MALE";
        return this;
    }

    public Coaches livingIn(String lsoaCode) {
        this.homeArea = "\"lsoaCode\": \"" + lsoaCode + "\"";
        return this;
    }

    public Coaches speaking(String... codes) {
        this.languages = "\"" + String.join("\", \"", codes) + "\"";
        return this;
    }

    public Coaches livingWith(String... codes) {
        this.conditions = "\"" + String.join("\", \"", codes) + "\"";
        return this;
    }

    public Coaches coordinatedBy(String coordinator) {
        this.coordinator = coordinator;
        return this;
    }

    public Coaches competence(int level) {
        this.competence = level;
        return this;
    }

    public String json() {
        return """
                {"firstName": "%s", "lastName": "%s", "phone": "07700 900456",
                 "email": "coach@example.org", "gender": "%s", %s,
                 "languages": [%s], "conditionCodes": [%s], "competenceLevel": %d, "coordinator": "%s",
                 "callWindows": [{"day": "TUESDAY", "start": "18:00", "end": "20:00"}]}
                """.formatted(firstName, lastName, gender, homeArea, languages, conditions, competence, coordinator);
    }

    /** Registers the coach; returns their id. They are an applicant. */
    public String applicant() {
        return given().contentType(ContentType.JSON).body(json())
                .when().post("/api/v1/volunteers")
                .then().statusCode(201).extract().path("id");
    }

    /** Registers the coach and takes them through training; returns their id. They are ready. */
    public String ready() {
        String id = applicant();
        post(id, "start-training", null);
        recordTraining(id);
        post(id, "complete-training", null);
        return id;
    }

    /** Registers, trains, checks and activates the coach; returns their id. */
    public String active() {
        String id = ready();
        recordDbs(id, LocalDate.now().minusMonths(1), LocalDate.now().plusYears(3));
        post(id, "activate", null);
        return id;
    }

    public static void recordTraining(String id) {
        post(id, "training/modules-completed", "{\"completedOn\": \"" + LocalDate.now().minusDays(10) + "\"}");
        given().contentType(ContentType.JSON)
                .body("{\"heldOn\": \"" + LocalDate.now().minusDays(5) + "\", \"facilitator\": \"j.okafor\"}")
                .when().post("/api/v1/volunteers/" + id + "/training/practice-sessions")
                .then().statusCode(201);
    }

    public static void recordDbs(String id, LocalDate issuedOn, LocalDate renewalDue) {
        given().contentType(ContentType.JSON)
                .body("{\"issuedOn\": \"" + issuedOn + "\", \"renewalDue\": \"" + renewalDue + "\"}")
                .when().put("/api/v1/volunteers/" + id + "/dbs")
                .then().statusCode(200);
    }

    public static void post(String id, String action, String body) {
        var request = given().contentType(ContentType.JSON);
        if (body != null) {
            request = request.body(body);
        }
        request.when().post("/api/v1/volunteers/" + id + "/" + action).then().statusCode(200);
    }
}
