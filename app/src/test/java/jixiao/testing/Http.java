package jixiao.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A client of the running app over real HTTP: either a browser (cookie jar, form posts carrying
 * the CSRF token the pages embed) or a script (HTTP Basic or a bearer token). Redirects are not followed, so tests
 * see them.
 */
public final class Http {

    public record Response(int status, String body, Map<String, List<String>> headers) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .findFirst().map(e -> e.getValue().get(0)).orElse(null);
        }

        public String location() {
            return header("Location");
        }
    }

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrfToken\" value=\"([^\"]*)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;
    /** The Authorization header a script sends (HTTP Basic or a personal API token); null for a browser. */
    private String authorization;
    /** Sent as X-Forwarded-For: the tests' server trusts 127.0.0.1 as a proxy, so this is the client's address. */
    private String forwardedFor;

    private Http(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    public static Http browser(String base) {
        return new Http(base);
    }

    public static Http script(String base, String username, String password) {
        Http http = new Http(base);
        http.authorization = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http;
    }

    /** A script authenticating with a personal API token ({@code Authorization: Bearer <token>}). */
    public static Http bearer(String base, String token) {
        Http http = new Http(base);
        http.authorization = "Bearer " + token;
        return http;
    }

    private final Map<String, String> extraHeaders = new LinkedHashMap<>();

    /** Sends this header with every later request, as a browser would send Origin or Referer. */
    public Http withHeader(String name, String value) {
        extraHeaders.put(name, value);
        return this;
    }

    /** The same client seen as coming from {@code address} (through the trusted local proxy). */
    public Http from(String address) {
        this.forwardedFor = address;
        return this;
    }

    public Response get(String path) {
        return send(builder(path).GET());
    }

    public Response delete(String path) {
        return send(builder(path).DELETE());
    }

    public Response postJson(String path, String json) {
        return send(builder(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response putJson(String path, String json) {
        return send(builder(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response postText(String path, String text) {
        return send(builder(path).header("Content-Type", "text/plain; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(text)));
    }

    public Response postBytes(String path, String contentType, byte[] body) {
        return send(builder(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A multipart upload of one file field, plus plain fields. */
    public Response postMultipart(String path, String field, String filename, byte[] content, Map<String, String> fields) {
        String boundary = "----jixiao" + System.nanoTime();
        var out = new java.io.ByteArrayOutputStream();
        try {
            for (var e : fields.entrySet()) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n"
                        + e.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + filename
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return send(builder(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
    }

    /** A form post as the browser sends it, with the CSRF token of this browser's cookie. */
    public Response postForm(String path, Map<String, ?> fields) {
        Map<String, Object> all = new LinkedHashMap<>(fields);
        csrfToken().ifPresent(t -> all.putIfAbsent("csrfToken", t));
        return postFormRaw(path, all);
    }

    /** A form post exactly as given (no token added): what a forging site could send. */
    public Response postFormRaw(String path, Map<String, ?> fields) {
        String body = fields.entrySet().stream().flatMap(e -> {
            Object v = e.getValue();
            List<?> values = v instanceof List<?> l ? l : List.of(v == null ? "" : v);
            return values.stream().map(x -> enc(e.getKey()) + "=" + enc(String.valueOf(x)));
        }).collect(Collectors.joining("&"));
        return send(builder(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Logs in through the login page, as a person does. */
    public Response login(String username, String password) {
        get("/login");
        return postForm("/login", Map.of("username", username, "password", password, "next", "/projects"));
    }

    public Optional<String> csrfToken() {
        return cookie("JIXIAO_CSRF");
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    public void setCookie(String name, String value) {
        HttpCookie c = new HttpCookie(name, value);
        c.setPath("/");
        c.setVersion(0);
        cookies.getCookieStore().add(URI.create(base), c);
    }

    public static Optional<String> csrfFieldOf(String html) {
        Matcher m = CSRF_FIELD.matcher(html);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", path.startsWith("/api/") ? "application/json" : "text/html");
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        if (forwardedFor != null) {
            b.header("X-Forwarded-For", forwardedFor);
        }
        extraHeaders.forEach(b::header);
        return b;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> r = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8), r.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A download: the status, the body as it came and the headers. */
    public record Download(int status, byte[] body, Map<String, List<String>> headers) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .findFirst().map(e -> e.getValue().get(0)).orElse(null);
        }
    }

    public Download download(String path) {
        try {
            HttpResponse<byte[]> r = client.send(builder(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(r.statusCode(), r.body(), r.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The status of a GET whose answer is read whole but not decoded: a benchmark's load client, whose decoding
     * of every page into text would be counted against the page (it runs in the application's JVM).
     */
    public int status(String path) {
        return bytesOf(path).statusCode();
    }

    public byte[] getBytes(String path) {
        return bytesOf(path).body();
    }

    private HttpResponse<byte[]> bytesOf(String path) {
        try {
            return client.send(builder(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
