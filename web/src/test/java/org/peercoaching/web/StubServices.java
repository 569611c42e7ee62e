package org.peercoaching.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Stand-ins for the three services: one small HTTP server on a free port, each service under its own prefix
 * (/volunteer, /matching, /schedule). A test says what each API path answers; anything else is a 404.
 */
public final class StubServices {

    /** Points the web module at the stubs, never at a real service on 8081-8083. */
    public static class Profile implements QuarkusTestProfile {
        private static final int PORT = freePort();

        @Override
        public Map<String, String> getConfigOverrides() {
            String base = "http://127.0.0.1:" + PORT;
            return Map.of("peercoaching.web.volunteer-url", base + "/volunteer",
                    "peercoaching.web.matching-url", base + "/matching",
                    "peercoaching.web.schedule-url", base + "/schedule",
                    "stub.port", String.valueOf(PORT));
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public record Answer(int status, String contentType, String body, boolean onlyIfAccepted) {
        Answer(int status, String contentType, String body) {
            this(status, contentType, body, false);
        }

        /** The connection is dropped without an answer, as when a service dies mid-request. */
        static final Answer DROP = new Answer(-1, null, null);
    }

    public record Call(String method, String path, String authorization, String body, String accept) {}

    private static final Map<String, Answer> ANSWERS = new ConcurrentHashMap<>();
    private static final Map<String, Deque<Answer>> IN_TURN = new ConcurrentHashMap<>();
    public static final List<Call> CALLS = new CopyOnWriteArrayList<>();
    private static HttpServer server;

    private StubServices() {}

    public static synchronized void start() {
        if (server != null) {
            return;
        }
        int port = ConfigProvider.getConfig().getValue("stub.port", Integer.class);
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new IllegalStateException("could not start the stub services on " + port, e);
        }
        server.createContext("/", StubServices::handle);
        server.start();
    }

    public static synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
        reset();
    }

    public static void reset() {
        ANSWERS.clear();
        IN_TURN.clear();
        CALLS.clear();
    }

    /** What GET or POST on this path (service prefix included, no query) answers. */
    public static void json(String path, String body) {
        IN_TURN.remove(path);
        ANSWERS.put(path, new Answer(200, "application/json", body));
    }

    /**
     * What this path answers one request after another, the last answer from then on: a coach's view before a
     * change and after it, say.
     */
    public static void jsonInTurn(String path, String... bodies) {
        Deque<Answer> answers = new ArrayDeque<>();
        for (String body : bodies) {
            answers.add(new Answer(200, "application/json", body));
        }
        IN_TURN.put(path, answers);
    }

    private static Answer answerFor(String path) {
        Deque<Answer> inTurn = IN_TURN.get(path);
        if (inTurn != null) {
            synchronized (inTurn) {
                return inTurn.size() > 1 ? inTurn.poll() : inTurn.peek();
            }
        }
        return ANSWERS.getOrDefault(path, new Answer(404, "application/problem+json",
                "{\"title\":\"Not Found\",\"status\":404}"));
    }

    /**
     * What GET on this path answers, in one media type only, as a JAX-RS resource that produces only that type:
     * a 406 problem+json when the request's Accept header does not take it.
     */
    public static void only(String path, String contentType, String body) {
        IN_TURN.remove(path);
        ANSWERS.put(path, new Answer(200, contentType, body, true));
    }

    public static void problem(String path, int status, String body) {
        ANSWERS.put(path, new Answer(status, "application/problem+json", body));
    }

    public static void status(String path, int status) {
        ANSWERS.put(path, new Answer(status, "text/plain", status >= 500 ? "java.lang.IllegalStateException: boom\n\tat org.example.Service.run(Service.java:1)" : ""));
    }

    public static void drop(String path) {
        ANSWERS.put(path, Answer.DROP);
    }

    private static boolean accepts(String accept, String contentType) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        String type = contentType.split(";")[0].trim();
        for (String range : accept.split(",")) {
            String r = range.split(";")[0].trim();
            if (r.equals("*/*") || r.equalsIgnoreCase(type)
                    || (r.endsWith("/*") && type.startsWith(r.substring(0, r.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            CALLS.add(new Call(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    exchange.getRequestHeaders().getFirst("Authorization"), body,
                    String.valueOf(exchange.getRequestHeaders().getFirst("Accept"))));
            Answer answer = answerFor(path);
            if (answer == Answer.DROP) {
                return; // closed with no status line: the client sees the connection fail
            }
            if (answer.onlyIfAccepted() && !accepts(exchange.getRequestHeaders().getFirst("Accept"), answer.contentType())) {
                answer = new Answer(406, "application/problem+json", "{\"title\":\"Not Acceptable\",\"status\":406}");
            }
            byte[] bytes = answer.body() == null ? new byte[0] : answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }
}
