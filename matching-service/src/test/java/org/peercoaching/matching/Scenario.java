package org.peercoaching.matching;

import static org.awaitility.Awaitility.await;
import static org.peercoaching.matching.Fixtures.asCoordinator;
import static org.peercoaching.matching.Fixtures.asPathway;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.peercoaching.kafka.TopicReader;
import org.peercoaching.matching.domain.coach.Coach;
import org.peercoaching.matching.domain.coach.CoachRepository;

/**
 * Helpers for tests that run a matching story; each test's people and coaches are cleared away after it.
 * Referrals are sent and followed by the rheumatology pathway system; coaches are looked after by coord-a
 * unless a test says otherwise, and coordinators' views are read as coord-a.
 */
public abstract class Scenario {

    public static final Duration PATIENCE = Duration.ofSeconds(60);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    protected String bootstrap;

    /** Each profile reads its own copies of the volunteer and schedule topics, so other tests' events stay out. */
    @ConfigProperty(name = "mp.messaging.incoming.volunteers.topic")
    protected String volunteersTopic;

    @ConfigProperty(name = "mp.messaging.incoming.schedule.topic")
    protected String scheduleTopic;

    @Inject
    protected CoachRepository coaches;

    protected final List<String> referralIds = new ArrayList<>();
    protected final List<UUID> coachIds = new ArrayList<>();

    protected Coach coach(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> coaches.findById(id));
    }

    protected UUID coachJoins(String firstName, String gender) {
        return coachJoins(firstName, gender, Fixtures.COORDINATOR);
    }

    /** A coach looked after by this coordinator becomes active. */
    protected UUID coachJoins(String firstName, String gender, String coordinatorId) {
        UUID id = UUID.randomUUID();
        coachIds.add(id);
        volunteerEvent("volunteer.registered.v1", id, firstName, gender, "ACTIVE", coordinatorId);
        return id;
    }

    protected void volunteerEvent(String type, UUID id, String firstName, String gender, String status) {
        volunteerEvent(type, id, firstName, gender, status, Fixtures.COORDINATOR);
    }

    protected void volunteerEvent(String type, UUID id, String firstName, String gender, String status,
            String coordinatorId) {
        TopicReader.send(bootstrap, volunteersTopic, id.toString(),
                Fixtures.volunteerEvent(type, id, firstName, gender, status, coordinatorId));
        await().atMost(PATIENCE).until(() -> {
            Coach c = coach(id);
            return c != null && c.status.equals(status) && java.util.Objects.equals(c.coordinatorId, coordinatorId);
        });
    }

    protected String refer(String body) {
        String id = asPathway().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/referrals")
                .then().statusCode(201).extract().path("id");
        referralIds.add(id);
        return id;
    }

    protected String referWanting(String gender) {
        return refer(Fixtures.referral("TEST-" + UUID.randomUUID(), gender));
    }

    /** The status, as the pathway that sent the referral sees it. */
    protected static String status(String id) {
        return asPathway().when().get("/api/v1/referrals/" + id).then().statusCode(200).extract().path("status");
    }

    /** The referral as coord-a (the coordinator of the fixtures' coaches) sees it: with the coach once matched. */
    protected static JsonPath referralView(String id) {
        return asCoordinator().when().get("/api/v1/referrals/" + id).then().statusCode(200).extract().jsonPath();
    }

    /** The referral as the pathway that sent it sees it: what happened, not which coach or why. */
    protected static JsonPath pathwayView(String id) {
        return asPathway().when().get("/api/v1/referrals/" + id).then().statusCode(200).extract().jsonPath();
    }

    /** The history as coord-a sees it: matches with their own coaches, with breakdowns, and the actions. */
    protected static JsonPath history(String id) {
        return asCoordinator().when().get("/api/v1/referrals/" + id + "/history").then().statusCode(200)
                .extract().jsonPath();
    }

    /** The open (proposed or confirmed) match of a referral, from its history. */
    /** schedule-service says this person moved from one taper stage to the next (the event only). */
    protected void sendStageChange(String referralId, String from, String to) {
        Map<String, Object> m = openMatch(referralId);
        TopicReader.send(bootstrap, scheduleTopic, referralId, Fixtures.stageChanged(UUID.fromString((String) m.get("id")),
                UUID.fromString(referralId), UUID.fromString((String) m.get("volunteerId")), from, to));
    }

    /** As {@link #sendStageChange}, then waits until matching shows the person at the new stage. */
    protected void stage(String referralId, String from, String to) {
        sendStageChange(referralId, from, to);
        await().atMost(PATIENCE).until(() -> to.equals(referralView(referralId).getString("stage")));
    }

    /** How many of these referrals are in each status. */
    protected static Map<String, Long> statuses(List<String> ids) {
        return ids.stream().collect(Collectors.groupingBy(Scenario::status, Collectors.counting()));
    }

    protected static Map<String, Object> openMatch(String id) {
        List<Map<String, Object>> matches = history(id).getList("matches");
        return matches.stream()
                .filter(m -> "PROPOSED".equals(m.get("status")) || "CONFIRMED".equals(m.get("status")))
                .findFirst().orElse(null);
    }

    @AfterEach
    void clearAway() {
        for (String id : referralIds) {
            String status = status(id);
            if (!List.of("WITHDRAWN", "INELIGIBLE", "GRADUATED", "ENDED").contains(status)) {
                asPathway().contentType(ContentType.JSON).body("{\"reason\":\"test over\"}")
                        .when().post("/api/v1/referrals/" + id + "/withdraw").then().statusCode(200);
            }
        }
        for (UUID id : coachIds) {
            volunteerEvent("volunteer.left.v1", id, "Gone", "FEMALE", "LEFT");
        }
        referralIds.clear();
        coachIds.clear();
    }
}
