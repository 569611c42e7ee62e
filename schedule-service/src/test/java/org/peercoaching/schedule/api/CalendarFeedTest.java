package org.peercoaching.schedule.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peercoaching.schedule.Fixtures.asCoach;
import static org.peercoaching.schedule.Fixtures.assign;
import static org.peercoaching.schedule.Fixtures.awaitPlan;
import static org.peercoaching.schedule.Fixtures.call;
import static org.peercoaching.schedule.Fixtures.matchConfirmed;
import static org.peercoaching.schedule.Fixtures.matchEnded;
import static org.peercoaching.schedule.Fixtures.plan;
import static org.peercoaching.schedule.Fixtures.record;
import static org.peercoaching.schedule.Fixtures.startOf;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.kafka.TopicReader;

@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class CalendarFeedTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    static String prop(VEvent e, String name) {
        return e.<Property>getProperty(name).map(Property::getValue).orElse(null);
    }

    static ZonedDateTime start(VEvent e) {
        Temporal t = e.getStartDate().orElseThrow().getDate();
        return (ZonedDateTime) t;
    }

    /** The feed needs no sign-in: a phone calendar cannot send a token, the address is the secret. */
    String feed(String path) {
        return given().get(path).then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/calendar"))
                .extract().asString();
    }

    @Test
    void theFeedParsesWithOneEventPerCallInLondonTimeAndFollowsMovesAndCancellations() throws Exception {
        UUID coach = UUID.randomUUID();
        UUID match = UUID.randomUUID();
        UUID referral = UUID.randomUUID();
        assign(bootstrap, coach);
        TopicReader.send(bootstrap, "matches", match.toString(), matchConfirmed(coach, match, referral, null));
        awaitPlan(referral);
        String path = asCoach(coach).post("/api/v1/coaches/" + coach + "/calendar-token").then().statusCode(201)
                .extract().path("feedPath");

        String ics = feed(path);
        assertTrue(ics.contains("\r\n"), "CRLF line endings");
        assertFalse(ics.contains("07700"), "no phone number in a calendar that syncs to other providers");
        Calendar calendar = parse(ics);
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertEquals(8, events.size());
        Set<String> uids = events.stream().map(e -> prop(e, Property.UID)).collect(Collectors.toSet());
        assertEquals(8, uids.size(), "a stable UID per call");
        VEvent first = events.get(0);
        assertEquals(LocalDateTime.parse("2026-11-24T18:00:00"), start(first).toLocalDateTime());
        assertEquals("Europe/London", first.getStartDate().orElseThrow()
                .<net.fortuna.ical4j.model.Parameter>getParameter(net.fortuna.ical4j.model.Parameter.TZID)
                .orElseThrow().getValue());
        assertEquals(Instant.parse("2026-11-24T18:00:00Z"), start(first).toInstant());
        assertTrue(prop(first, Property.SUMMARY).contains("Brian (1 of 14)"));
        assertEquals("CONFIRMED", prop(first, Property.STATUS));

        // call 2 moves to 18:30: the same UID, the new time, a higher sequence
        Map<String, Object> second = call(referral, 2);
        String uid2 = events.stream().filter(e -> Math.abs(Duration.between(start(e).toInstant(), startOf(second)).toMinutes()) == 0)
                .map(e -> prop(e, Property.UID)).findFirst().orElseThrow();
        record(second.get("callId"), "{\"outcome\":\"RESCHEDULED\",\"rescheduleTo\":\""
                + startOf(second).plus(Duration.ofMinutes(30)) + "\"}").statusCode(200);
        VEvent moved = parse(feed(path)).<VEvent>getComponents(Component.VEVENT).stream()
                .filter(e -> uid2.equals(prop(e, Property.UID))).findFirst().orElseThrow();
        assertEquals(18, start(moved).getHour());
        assertEquals(30, start(moved).getMinute());
        assertTrue(Integer.parseInt(prop(moved, Property.SEQUENCE)) > 0);

        // withdrawn: every event stays, cancelled
        TopicReader.send(bootstrap, "matches", match.toString(), matchEnded(match, referral, coach, "WITHDRAWN"));
        await().atMost(Duration.ofSeconds(60)).until(() -> "ENDED".equals(plan(referral).getString("status")));
        List<VEvent> after = parse(feed(path)).getComponents(Component.VEVENT);
        assertEquals(8, after.size());
        assertTrue(after.stream().allMatch(e -> "CANCELLED".equals(prop(e, Property.STATUS))));
    }

    @Test
    void aSummerCallIsSixPmBritishSummerTimeByTheFeedsOwnTimeZoneDefinition() throws Exception {
        UUID plan = UUID.randomUUID();
        String ics = org.peercoaching.schedule.domain.calendar.ICalendarWriter.write(List.of(
                new org.peercoaching.schedule.domain.calendar.ICalendarWriter.Event(plan, 3, 14, 0, "Ann; \\o, hi",
                        "WEEKLY", Instant.parse("2027-07-06T17:00:00Z"), Instant.parse("2027-07-06T17:30:00Z"), false)),
                Instant.parse("2027-07-01T09:00:00Z"));
        VEvent e = parse(ics).<VEvent>getComponents(Component.VEVENT).get(0);
        assertEquals(Instant.parse("2027-07-06T17:00:00Z"), start(e).toInstant());
        assertEquals(18, start(e).getHour());
        assertTrue(prop(e, Property.SUMMARY).startsWith("Coaching call with Ann; \\o, hi"), prop(e, Property.SUMMARY));
        assertTrue(ics.lines().allMatch(l -> l.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75),
                "lines folded at 75 octets");
    }

    @Test
    void aRotatedTokenReplacesTheOldAddressAndAGuessFindsNothing() {
        UUID coach = UUID.randomUUID();
        String old = asCoach(coach).post("/api/v1/coaches/" + coach + "/calendar-token").then().statusCode(201)
                .extract().path("feedPath");
        String fresh = asCoach(coach).post("/api/v1/coaches/" + coach + "/calendar-token").then().statusCode(201)
                .extract().path("feedPath");
        assertFalse(old.equals(fresh));
        given().get(old).then().statusCode(404);
        given().get(fresh).then().statusCode(200);
        given().get("/api/v1/calendars/" + "A".repeat(43) + ".ics").then().statusCode(404);
    }
}
