package org.peercoaching.volunteer;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import org.peercoaching.devidentity.DevTokens;

/**
 * Test-data builder for coaches, driven through the public API: {@code Coaches.aCoach().named("Aisha").active()}.
 * Every call is signed in; by default as coordinator {@value #COORDINATOR}, who then looks after the coach.
 */
public final class Coaches {

    /** The coordinator the tests sign in as unless they say otherwise. */
    public static final String COORDINATOR = "coord-a";
    public static final String COORDINATOR_TOKEN = DevTokens.coordinator(COORDINATOR);

    /** A request signed in as the default coordinator: use it instead of RestAssured's given(). */
    public static RequestSpecification given() {
        return as(COORDINATOR_TOKEN);
    }

    /**
     * A request signed in with this bearer token. Sent as a plain header rather than RestAssured's
     * {@code auth().oauth2()}, which adds it after the filters: the OpenAPI contract filter must see it to
     * check the operation's security requirement.
     */
    public static RequestSpecification as(String token) {
        return RestAssured.given().header("Authorization", "Bearer " + token);
    }

    private String token = COORDINATOR_TOKEN;

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

    /** Registers (and onboards) the coach as this coordinator, who then looks after them. */
    public Coaches registeredBy(String coordinatorId) {
        this.token = DevTokens.coordinator(coordinatorId);
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
        return as(token).contentType(ContentType.JSON).body(json())
                .when().post("/api/v1/volunteers")
                .then().statusCode(201).extract().path("id");
    }

    /** Registers the coach and takes them through training; returns their id. They are ready. */
    public String ready() {
        String id = applicant();
        post(token, id, "start-training", null);
        recordTraining(token, id);
        post(token, id, "complete-training", null);
        return id;
    }

    /** Registers, trains, checks and activates the coach; returns their id. */
    public String active() {
        String id = ready();
        recordDbs(token, id, today().minusMonths(1), today().plusYears(3));
        post(token, id, "activate", null);
        return id;
    }

    /** Today by the service's own clock (a test may have shifted it), in London. */
    static LocalDate today() {
        return LocalDate.now(io.quarkus.arc.Arc.container().instance(java.time.Clock.class).get()
                .withZone(java.time.ZoneId.of("Europe/London")));
    }

    public static void recordTraining(String id) {
        recordTraining(COORDINATOR_TOKEN, id);
    }

    static void recordTraining(String token, String id) {
        post(token, id, "training/modules-completed", "{\"completedOn\": \"" + today().minusDays(10) + "\"}");
        as(token).contentType(ContentType.JSON)
                .body("{\"heldOn\": \"" + today().minusDays(5) + "\", \"facilitator\": \"j.okafor\"}")
                .when().post("/api/v1/volunteers/" + id + "/training/practice-sessions")
                .then().statusCode(201);
    }

    public static void recordDbs(String id, LocalDate issuedOn, LocalDate renewalDue) {
        recordDbs(COORDINATOR_TOKEN, id, issuedOn, renewalDue);
    }

    static void recordDbs(String token, String id, LocalDate issuedOn, LocalDate renewalDue) {
        as(token).contentType(ContentType.JSON)
                .body("{\"issuedOn\": \"" + issuedOn + "\", \"renewalDue\": \"" + renewalDue + "\"}")
                .when().put("/api/v1/volunteers/" + id + "/dbs")
                .then().statusCode(200);
    }

    public static void post(String id, String action, String body) {
        post(COORDINATOR_TOKEN, id, action, body);
    }

    static void post(String token, String id, String action, String body) {
        var request = as(token).contentType(ContentType.JSON);
        if (body != null) {
            request = request.body(body);
        }
        request.when().post("/api/v1/volunteers/" + id + "/" + action).then().statusCode(200);
    }
}
