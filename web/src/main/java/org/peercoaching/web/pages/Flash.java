package org.peercoaching.web.pages;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.NewCookie;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The one-off message shown after an action ("Declined. Brian is back on the waiting list."), carried across
 * the redirect in a short-lived cookie rather than the address, so that nobody can send a link that makes the
 * service appear to say something it did not.
 */
@RequestScoped
public class Flash {

    static final String COOKIE = "pc_notice";
    private static final int MAX_LENGTH = 600;

    private final RoutingContext request;

    public Flash(RoutingContext request) {
        this.request = request;
    }

    /** Set with the redirect after an action. */
    public static NewCookie notice(String text) {
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(
                (text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text).getBytes(StandardCharsets.UTF_8));
        return new NewCookie.Builder(COOKIE).value(value).path("/").httpOnly(true).sameSite(NewCookie.SameSite.STRICT)
                .maxAge(60).build();
    }

    /** The message waiting for this page, if any; it is shown once. */
    public String take() {
        Cookie cookie = request.request().getCookie(COOKIE);
        if (cookie == null || cookie.getValue().isBlank()) {
            return null;
        }
        request.response().addCookie(Cookie.cookie(COOKIE, "").setPath("/").setHttpOnly(true)
                .setSameSite(CookieSameSite.STRICT).setMaxAge(0));
        try {
            return new String(Base64.getUrlDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
