package jixiao.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import jixiao.testing.Json;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A user's HTTP calls during the load, each with a time limit (a hang is a failure, not a wait),
 * every answer kept for the checks at the end.
 */
final class LoadClient {

    static final Duration LIMIT = Duration.ofSeconds(90);
    /** Status recorded for a connection that broke before an answer came. */
    static final int CUT = -1;
    /** Status recorded for a request that got no answer within {@link #LIMIT}. */
    static final int HUNG = -2;

    record Answer(String what, int status, String body, long startedMs, long millis) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The change may have been made: the connection broke, or the application could not tell. */
        boolean unknown() {
            return status == CUT || status == HUNG || status == 502 || status == 503 || status == 504;
        }

        JsonNode json() {
            return Json.parse(body);
        }

        /** The Chinese sentence of an error answer, or null when there is none. */
        String message() {
            if (body == null || !body.startsWith("{")) {
                return null;
            }
            JsonNode m = json().get("message");
            return m == null || m.asText().isBlank() ? null : m.asText();
        }
    }

    static final ConcurrentLinkedQueue<Answer> ANSWERS = new ConcurrentLinkedQueue<>();
    private static final long T0 = System.currentTimeMillis();

    // HTTP/1.1 as browsers speak to haproxy; the JDK client's default (an h2c upgrade on every new connection) is not
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String authorization;

    LoadClient(String base, String username, String password) {
        this.base = base;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static long now() {
        return System.currentTimeMillis() - T0;
    }

    Answer get(String what, String path) {
        return send(what, HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    Answer post(String what, String path, String json) {
        return send(what, HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer put(String what, String path, String json) {
        return send(what, HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer postText(String what, String path, String text) {
        return send(what, HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(text)));
    }

    private Answer send(String what, HttpRequest.Builder request) {
        long start = now();
        int status;
        String body = "";
        try {
            HttpResponse<String> r = client.send(request.header("Authorization", authorization)
                            .header("Accept", "application/json").timeout(LIMIT).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            status = r.statusCode();
            body = r.body();
        } catch (HttpTimeoutException e) {
            status = HUNG;
        } catch (IOException e) {
            status = CUT;
            body = String.valueOf(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Answer a = new Answer(what, status, body, start, now() - start);
        ANSWERS.add(a);
        return a;
    }

    static List<Answer> answers() {
        return List.copyOf(ANSWERS);
    }
}
