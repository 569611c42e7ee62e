package org.peercoaching.web.pages;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Pages carry personal data (names, phone numbers, concerns), so no browser or proxy may keep them: after signing
 * out, Back must not show a cached coach page. Every answer gets {@code Cache-Control: no-store} and
 * {@code Pragma: no-cache}: pages, redirects, error pages (whichever layer writes them) and the calendar feed. Only
 * the static stylesheet and script under /assets/ may be cached; they hold nothing about anyone.
 */
@Singleton
public class NoStore {

    void register(@Observes Filters filters) {
        filters.register(context -> {
            String path = context.normalizedPath();
            if (!path.startsWith("/assets/")) {
                HttpServerResponse response = context.response();
                context.addHeadersEndHandler(ignored -> {
                    response.headers().set("Cache-Control", "no-store");
                    response.headers().set("Pragma", "no-cache");
                });
            }
            context.next();
        }, 50);
    }
}
