package org.peercoaching.web.signin;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peercoaching.web.Browser.noStackTrace;
import static org.peercoaching.web.Browser.signedOut;
import static org.peercoaching.web.Browser.withSession;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.peercoaching.devidentity.DevTokens;
import org.peercoaching.web.Browser;
import org.peercoaching.web.StubServices;
import org.peercoaching.web.StubbedServicesTest;

@QuarkusTest
@TestProfile(StubServices.Profile.class)
class SignInTest extends StubbedServicesTest {


    static String setCookie(Response response) {
        List<String> cookies = response.headers().getValues("Set-Cookie");
        return cookies.stream().filter(c -> c.startsWith("pc_session=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
    }

    static String cookieValue(String setCookie) {
        return setCookie.substring("pc_session=".length()).split(";", 2)[0];
    }

    @Test
    void aSignedOutVisitToTheCoordinatorPagesGoesToSignInAndComesBackAfter() {
        signedOut().get("/coordinator").then().statusCode(303)
                .header("Location", endsWith("/sign-in?then=%2Fcoordinator"));
        signedOut().get("/coordinator/coaches?status=ACTIVE").then().statusCode(303)
                .header("Location", endsWith("/sign-in?then=%2Fcoordinator%2Fcoaches%3Fstatus%3DACTIVE"));
        signedOut().get("/volunteer").then().statusCode(303).header("Location", endsWith("/sign-in?then=%2Fvolunteer"));
        signedOut().get("/").then().statusCode(303).header("Location", endsWith("/sign-in"));
    }

    @Test
    void theSignInPageKeepsOnlyASafeNextPage() {
        String page = signedOut().queryParam("then", "/coordinator/coaches").get("/sign-in").then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        assertTrue(page.contains("name=\"then\" value=\"/coordinator/coaches\""), page);
        String evil = signedOut().queryParam("then", "//evil.com").get("/sign-in").then().statusCode(200).extract().asString();
        assertTrue(evil.contains("name=\"then\" value=\"\""), evil);
        assertTrue(!evil.contains("evil.com"), evil);
    }

    @Test
    void aCoordinatorSignsInWithAnHttpOnlySameSiteCookieAndGoesToTheirHome() {
        Response response = signedOut().formParam("role", "coordinator").formParam("name", "j.okafor")
                .post("/sign-in");
        response.then().statusCode(303).header("Location", endsWith("/coordinator"));
        String cookie = setCookie(response);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        assertTrue(cookie.contains("Path=/"), cookie);
        assertTrue(cookie.contains("Max-Age=36000"), "ten hours: " + cookie);
        assertTrue(!cookie.contains("Secure"), "plain http locally: " + cookie);

        String token = cookieValue(cookie);
        withSession(token).get("/").then().statusCode(303).header("Location", endsWith("/coordinator"));
        String home = withSession(token).get("/coordinator").then().statusCode(200).extract().asString();
        assertTrue(home.contains("Signed in as j.okafor"), home);
    }

    @Test
    void signingInGoesOnToThePageAskedForButNeverToAnotherSite() {
        signedOut().formParam("role", "coordinator").formParam("name", "j.okafor")
                .formParam("then", "/coordinator/coaches?x=1").post("/sign-in").then().statusCode(303)
                .header("Location", endsWith("/coordinator/coaches?x=1"));
        for (String evil : new String[] {"//evil.com", "https://evil.com", "/\\evil.com", "/sign-in", "/\t/evil.com",
                "/coordinator/coaches?q=a|b"}) {
            signedOut().formParam("role", "coordinator").formParam("name", "j.okafor").formParam("then", evil)
                    .post("/sign-in").then().statusCode(303).header("Location", endsWith("/coordinator"));
        }
    }

    @Test
    void aVolunteerSignsInWithTheirIdAndGoesToTheirCalls() {
        UUID id = UUID.randomUUID();
        org.peercoaching.web.StubServices.json("/volunteer/api/v1/volunteers/" + id, "{\"id\":\"" + id + "\",\"firstName\":\"Aisha\"}");
        Response response = signedOut().formParam("role", "volunteer").formParam("volunteerId", " " + id + " ")
                .post("/sign-in");
        response.then().statusCode(303).header("Location", endsWith("/volunteer"));
        String token = cookieValue(setCookie(response));
        withSession(token).get("/").then().statusCode(303).header("Location", endsWith("/volunteer"));
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(payload.contains("\"name\":\"Aisha\""), "the page greets the volunteer by name: " + payload);
    }

    @Test
    void aVolunteerIdNobodyHasIsShownNextToTheField() {
        String page = signedOut().formParam("role", "volunteer").formParam("volunteerId", UUID.randomUUID().toString())
                .post("/sign-in").then().statusCode(400).extract().asString();
        assertTrue(page.contains("id=\"volunteerId-error\""), page);
        assertTrue(page.contains("There is no volunteer with that id"), page);
    }

    @Test
    void aBadNameIsShownNextToTheNameField() {
        String page = signedOut().formParam("role", "coordinator").formParam("name", "J Okafor <script>")
                .post("/sign-in").then().statusCode(400).contentType(containsString("text/html")).extract().asString();
        assertTrue(page.contains("id=\"name-error\""), page);
        assertTrue(page.contains("Enter your sign-in name in lower case, for example j.okafor"), page);
        assertTrue(page.contains("There is a problem"), "error summary: " + page);
        assertTrue(page.contains("value=\"J Okafor &lt;script&gt;\""), "what was typed, escaped: " + page);
        assertTrue(!page.contains("<script>"), page);
        noStackTrace(page);
    }

    @Test
    void aBadVolunteerIdIsShownNextToItsField() {
        String page = signedOut().formParam("role", "volunteer").formParam("volunteerId", "not-an-id")
                .post("/sign-in").then().statusCode(400).extract().asString();
        assertTrue(page.contains("id=\"volunteerId-error\""), page);
        assertTrue(page.contains("Enter your volunteer id"), page);
        noStackTrace(page);
    }

    @Test
    void anUnknownRoleIsRefused() {
        Response response = signedOut().formParam("role", "admin").formParam("name", "root").post("/sign-in");
        response.then().statusCode(400);
        assertTrue(response.headers().getValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("pc_session=")),
                "no session for an unknown role");
        String page = response.asString();
        assertTrue(page.contains("Choose whether you are a coordinator or a volunteer coach"), page);
        signedOut().formParam("name", "j.okafor").post("/sign-in").then().statusCode(400);
    }

    @Test
    void signingOutClearsTheCookie() {
        Response response = withSession(DevTokens.coordinator("j.okafor")).post("/sign-out");
        response.then().statusCode(303).header("Location", endsWith("/sign-in"));
        String cookie = setCookie(response);
        assertEquals("", cookieValue(cookie));
        assertTrue(cookie.contains("Max-Age=0"), cookie);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsTreatedAsSignedOut() {
        withSession(Browser.signedWithAnotherKey("j.okafor", "coordinator")).get("/coordinator").then()
                .statusCode(303).header("Location", endsWith("/sign-in?then=%2Fcoordinator"));
    }

    @Test
    void anAccessTokenForwardedByASignInProxySignsThePersonInAndIsPassedToTheServices() {
        String token = DevTokens.coordinator("j.okafor");
        signedOut().header(Viewer.FORWARDED_TOKEN, token).get("/coordinator").then().statusCode(200)
                .body(containsString("Signed in as j.okafor"));
        assertTrue(org.peercoaching.web.StubServices.CALLS.stream()
                .anyMatch(c -> ("Bearer " + token).equals(c.authorization())), "the services get the person's own token");
    }

    @Test
    void aForwardedTokenIsCheckedLikeTheCookie() {
        signedOut().header(Viewer.FORWARDED_TOKEN, Browser.signedWithAnotherKey("j.okafor", "coordinator"))
                .get("/coordinator").then().statusCode(303).header("Location", endsWith("/sign-in?then=%2Fcoordinator"));
        signedOut().header(Viewer.FORWARDED_TOKEN, "not a token").get("/coordinator").then().statusCode(303);
    }

    @Test
    void aVolunteerTokenRewrittenToSayCoordinatorIsTreatedAsSignedOut() {
        String volunteer = DevTokens.volunteer(UUID.randomUUID());
        String coordinator = DevTokens.coordinator("j.okafor");
        withSession(Browser.tamperedPayload(volunteer, coordinator)).get("/coordinator").then().statusCode(303)
                .header("Location", endsWith("/sign-in?then=%2Fcoordinator"));
    }

    @Test
    void anUnsignedExpiredOrGarbledTokenIsTreatedAsSignedOut() {
        for (String token : new String[] {Browser.unsigned("j.okafor", "coordinator"),
                DevTokens.sign("j.okafor", DevTokens.COORDINATOR, Map.of("name", "j.okafor"), Duration.ofMinutes(-5)),
                "not-a-token", "a.b.c", DevTokens.coordinator("j.okafor") + "x"}) {
            withSession(token).get("/coordinator").then().statusCode(303)
                    .header("Location", endsWith("/sign-in?then=%2Fcoordinator"));
        }
        signedOut().get("/").then().statusCode(303).header("Location", endsWith("/sign-in"));
    }

    @Test
    void aVolunteerOnACoordinatorPageIsToldPlainlyItIsNotForThem() {
        String page = withSession(DevTokens.volunteer(UUID.randomUUID())).get("/coordinator").then().statusCode(403)
                .contentType(containsString("text/html")).extract().asString();
        assertTrue(page.contains("This page is not for you"), page);
        assertTrue(page.contains("This page is for signed-in coordinators"), page);
        noStackTrace(page);
        withSession(DevTokens.volunteer(UUID.randomUUID())).get("/coordinator/coaches").then().statusCode(403);
    }

    @Test
    void aCoordinatorOnTheVolunteerPagesIsToldPlainlyToo() {
        String page = withSession(DevTokens.coordinator("j.okafor")).get("/volunteer").then().statusCode(403)
                .extract().asString();
        assertTrue(page.contains("This page is not for you"), page);
        noStackTrace(page);
    }

    @Test
    void aPageThatDoesNotExistIsAPlainNotFound() {
        String page = withSession(DevTokens.coordinator("j.okafor")).get("/coordinator/no-such-page").then()
                .statusCode(404).extract().asString();
        assertTrue(page.contains("Page not found"), page);
        noStackTrace(page);
    }

    @Test
    void everyPageSendsTheSecurityHeaders() {
        for (Response response : List.of(signedOut().get("/sign-in"),
                withSession(DevTokens.volunteer(UUID.randomUUID())).get("/coordinator"),
                signedOut().get("/coordinator"))) {
            response.then().header("X-Frame-Options", "DENY").header("X-Content-Type-Options", "nosniff")
                    .header("Content-Security-Policy", containsString("default-src 'self'"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", containsString("form-action 'self'"))
                    .header("Referrer-Policy", "same-origin");
        }
    }
}
