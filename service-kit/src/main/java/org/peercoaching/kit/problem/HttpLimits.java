package org.peercoaching.kit.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.quarkus.vertx.http.runtime.VertxHttpRecorder;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A request over the HTTP limits gets a problem+json answer like every other refusal, not Vert.x's empty one:
 * <ul>
 *   <li>{@code 413 .../body-too-large}: a {@code Content-Length} over {@code quarkus.http.limits.max-body-size};</li>
 *   <li>{@code 414 .../address-too-long}: a request line (method, path and query, version) longer than
 *       {@code quarkus.http.limits.max-initial-line-length};</li>
 *   <li>{@code 431 .../headers-too-large}: header lines ({@code Name: value}) over
 *       {@code quarkus.http.limits.max-header-size} in total.</li>
 * </ul>
 * Vert.x's HTTP decoder enforces the last two itself and answers with an empty body before any handler can run
 * (its invalid-request handler is not reachable from Quarkus). So this raises the decoder's own limits to
 * {@value #DECODER_HEADROOM} times the configured ones (and at least {@value #DECODER_FLOOR} bytes), as a backstop, and applies the configured limits here, as
 * the first filter on every request. Beyond the backstop the decoder's bare 414/431 still answers. A body sent
 * without a length (chunked) is measured as it is read ({@link BodyLimit}), with Quarkus's own reader limit (a bare
 * 413) moved out to the same backstop.
 * The connection is closed after each of these answers, as the body (if any) is not kept; a refused body of up
 * to {@value #DRAIN_LIMIT} bytes is read and dropped first, so that a client that sends all of it before reading
 * the answer still gets the answer.
 */
@Singleton
public class HttpLimits implements HttpServerOptionsCustomizer {

    public static final String BODY_TOO_LARGE = ProblemTypes.BASE + "body-too-large";
    public static final String ADDRESS_TOO_LONG = ProblemTypes.BASE + "address-too-long";
    public static final String HEADERS_TOO_LARGE = ProblemTypes.BASE + "headers-too-large";

    /** The decoder's limits are this many times the configured ones. */
    static final int DECODER_HEADROOM = 4;

    /**
     * ...and at least this many bytes for the request line and for the headers, so that any address or header
     * block a client can reasonably send (a pathway's tool pasting 100k characters into a query) still gets the
     * problem+json answer; Netty holds no more than this per connection while reading them.
     */
    static final int DECODER_FLOOR = 256 * 1024;

    /** A refused body up to this size is read and dropped so the client can read the answer (see refuse). */
    static final long DRAIN_LIMIT = 64L * 1024 * 1024;

    static final long DRAIN_TIMEOUT_MILLIS = 30_000;

    /** Before every other filter (CORS is 300, authentication 200), so the limits hold whoever asks. */
    static final int PRIORITY = 10_000;

    private final int maxInitialLineLength;
    private final long maxHeaderSize;
    private final OptionalLong maxBodySize;
    private final ObjectMapper json;

    public HttpLimits(ObjectMapper json) {
        this.json = json;
        Config config = ConfigProvider.getConfig();
        this.maxInitialLineLength = config.getOptionalValue("quarkus.http.limits.max-initial-line-length",
                Integer.class).orElse(4096);
        this.maxHeaderSize = bytes(config, "quarkus.http.limits.max-header-size").orElse(20 * 1024);
        OptionalLong body = bytes(config, "quarkus.http.limits.max-body-size");
        this.maxBodySize = body.isPresent() ? body : OptionalLong.of(10240 * 1024);
    }

    private static OptionalLong bytes(Config config, String name) {
        return config.getOptionalValue(name, String.class)
                .map(v -> OptionalLong.of(new MemorySizeConverter().convert(v).asLongValue()))
                .orElse(OptionalLong.empty());
    }

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        leaveRoomForTheProblem(options);
    }

    @Override
    public void customizeHttpsServer(HttpServerOptions options) {
        leaveRoomForTheProblem(options);
    }

    private void leaveRoomForTheProblem(HttpServerOptions options) {
        options.setMaxInitialLineLength((int) Math.min(Integer.MAX_VALUE,
                Math.max(Math.max(options.getMaxInitialLineLength(), (long) maxInitialLineLength * DECODER_HEADROOM),
                        DECODER_FLOOR)));
        options.setMaxHeaderSize((int) Math.min(Integer.MAX_VALUE,
                Math.max(Math.max(options.getMaxHeaderSize(), maxHeaderSize * DECODER_HEADROOM), DECODER_FLOOR)));
    }

    /** Just after Quarkus's own upload-limit handler (route order -2), which marks a body sent without a length. */
    static final int AFTER_QUARKUS_UPLOAD_LIMIT = 1;

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
        filters.register(this::bodyWithoutLength, AFTER_QUARKUS_UPLOAD_LIMIT);
    }

    /** The body limit applied here: a body sent without a length is counted as it is read (see {@link BodyLimit}). */
    public OptionalLong maxBodySize() {
        return maxBodySize;
    }

    /**
     * A body sent without a length (chunked) can only be measured as it is read. Quarkus's reader cuts it off at the
     * limit with an empty 413; that is moved out to the backstop, and {@link BodyLimit} refuses it at the limit
     * with the problem. The connection is then closed after the answer, once the rest of the body is dropped.
     */
    void bodyWithoutLength(RoutingContext ctx) {
        if (ctx.get(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY) instanceof Long limit && maxBodySize.isPresent()) {
            ctx.put(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY, Math.max(limit,
                    saturated(maxBodySize.getAsLong() * DECODER_HEADROOM)));
            HttpServerRequest request = ctx.request();
            ctx.addHeadersEndHandler(v -> {
                if (ctx.response().getStatusCode() == 413 && !request.isEnded()
                        && request.version() != HttpVersion.HTTP_2) {
                    ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
                }
            });
            ctx.addEndHandler(v -> {
                if (ctx.response().getStatusCode() == 413 && !request.isEnded()
                        && request.version() != HttpVersion.HTTP_2) {
                    dropTheRestThenClose(ctx, DRAIN_LIMIT);
                }
            });
        }
        ctx.next();
    }

    private static long saturated(long value) {
        return value < 0 ? Long.MAX_VALUE : value;
    }

    void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (requestLineLength(request) > maxInitialLineLength) {
            refuse(ctx, new Problem(ADDRESS_TOO_LONG, "The address is too long", 414,
                    "The request line (method, path with its query, and HTTP version) may be at most "
                            + maxInitialLineLength + " characters. Send fewer or shorter query parameters.",
                    null, List.of()));
            return;
        }
        if (headerSize(request) > maxHeaderSize) {
            refuse(ctx, new Problem(HEADERS_TOO_LARGE, "The request headers are too large", 431,
                    "The request headers may be at most " + maxHeaderSize + " bytes in all. Send fewer or"
                            + " smaller headers (cookies, for example).", request.path(), List.of()));
            return;
        }
        long length = contentLength(request);
        if (maxBodySize.isPresent() && length > maxBodySize.getAsLong()) {
            refuse(ctx, new Problem(BODY_TOO_LARGE, "The request body is too large", 413,
                    "The request body may be at most " + maxBodySize.getAsLong() + " bytes; this one is " + length
                            + ". Nothing was stored.", request.path(), List.of()));
            return;
        }
        ctx.next();
    }

    /** The request line as the client sent it: {@code GET /api/v1/x?y=z HTTP/1.1}, without the line break. */
    static long requestLineLength(HttpServerRequest request) {
        String uri = request.uri() == null ? "" : request.uri();
        return request.method().name().length() + 1L + uri.length() + 1L + version(request.version()).length();
    }

    /** Each header line as sent: {@code Name: value} and its line break. */
    static long headerSize(HttpServerRequest request) {
        long size = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            size += header.getKey().length() + 2L + header.getValue().length() + 2L;
        }
        return size;
    }

    private static long contentLength(HttpServerRequest request) {
        String value = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (value == null) {
            return -1;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1; // not ours to judge: the decoder refuses a malformed length
        }
    }

    private static String version(HttpVersion version) {
        return switch (version == null ? HttpVersion.HTTP_1_1 : version) {
            case HTTP_1_0 -> "HTTP/1.0";
            case HTTP_2 -> "HTTP/2.0";
            default -> "HTTP/1.1";
        };
    }

    private void refuse(RoutingContext ctx, Problem problem) {
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        HttpServerRequest request = ctx.request();
        HttpServerResponse response = ctx.response();
        response.setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (request.version() == HttpVersion.HTTP_2) {
            response.end(body); // the stream is reset; other streams on the connection carry on
            return;
        }
        // The body is not kept, so the connection cannot carry another request: it is closed after the answer.
        // A client that sends its whole body before it reads (most do) would find the connection closed under
        // it, so a body of a bounded size is read and dropped first; a larger one is cut off.
        response.putHeader(HttpHeaders.CONNECTION, "close");
        long length = contentLength(request);
        if (request.isEnded() || length <= 0 || length > DRAIN_LIMIT) {
            response.endHandler(v -> request.connection().close());
            response.end(body);
            return;
        }
        dropTheRestThenClose(ctx, length);
        response.end(body);
    }

    /** Reads and drops the rest of the request body (up to a limit and a time), then closes the connection. */
    private static void dropTheRestThenClose(RoutingContext ctx, long limit) {
        HttpServerRequest request = ctx.request();
        long timer = ctx.vertx().setTimer(DRAIN_TIMEOUT_MILLIS, t -> request.connection().close());
        long[] dropped = {0};
        request.handler(buffer -> {
            dropped[0] += buffer.length();
            if (dropped[0] > limit) {
                ctx.vertx().cancelTimer(timer);
                request.connection().close();
            }
        });
        request.endHandler(v -> {
            ctx.vertx().cancelTimer(timer);
            request.connection().close();
        });
        request.resume();
    }
}
