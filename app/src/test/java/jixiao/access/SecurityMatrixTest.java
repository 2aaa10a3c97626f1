package jixiao.access;

import io.micronaut.http.HttpMethod;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import jixiao.monitoring.MonitoringFixtures;
import jixiao.testing.Http;
import jixiao.testing.Json;
import jixiao.testing.Projects;
import jixiao.testing.World;
import jixiao.reporting.ReportingPeriods;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Access rules for every page and API endpoint, generated from the application's route list: a
 * new endpoint without an explicit rule, or without a way to test it here, fails the build.
 */
@MicronautTest
class SecurityMatrixTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}?]+)\\??}");

    @Inject
    EmbeddedServer server;
    @Inject
    Router router;
    @Inject
    DSLContext db;
    @Inject
    ReportingPeriods periods;
    @Inject
    TransactionOperations<Connection> tx;

    World world;
    String unitA;
    String unitB;
    long projectA;
    long projectB;
    String projectBName;
    Http bureauA;
    Http bureauABrowser;
    Http finance;
    Http financeBrowser;
    Http adminBrowser;
    long bureauBUserId;
    /** A personal API token of a bureau user of unit A, and one of unit B's bureau user (by id). */
    Http bureauAToken;
    long tokenB;
    long runId;
    long alertB;
    long indicatorB;

    @BeforeEach
    void setUp() {
        world = new World(server.getURL().toString());
        unitA = world.unit("甲单位");
        unitB = world.unit("乙单位");
        String bureauAName = world.user("BUREAU", List.of(unitA));
        String bureauBName = world.user("BUREAU", List.of(unitB));
        String financeName = world.user("FINANCE", List.of());
        bureauA = world.script(bureauAName);
        bureauABrowser = world.browser(bureauAName);
        finance = world.script(financeName);
        financeBrowser = world.browser(financeName);
        adminBrowser = world.browser(World.ADMIN);
        projectA = Projects.create(bureauA, Projects.leting(unitA, "A" + World.next(), "甲项目" + World.next()));
        projectBName = "乙项目" + World.next();
        projectB = Projects.create(world.script(bureauBName), Projects.leting(unitB, "B" + World.next(), projectBName));
        indicatorB = Json.parse(finance.get("/api/projects/" + projectB).body()).get("indicators").get(0).get("id").asLong();
        bureauAToken = Http.bearer(server.getURL().toString(), Json.parse(bureauA.postJson("/api/me/tokens",
                "{\"name\":\"矩阵甲\"}").body()).get("token").asText());
        tokenB = Json.parse(world.script(bureauBName).postJson("/api/me/tokens", "{\"name\":\"矩阵乙\"}").body()).get("id").asLong();
        bureauBUserId = Json.parse(world.admin().get("/api/users").body()).findParents("username").stream()
                .filter(n -> n.get("username").asText().equals(bureauBName)).findFirst().orElseThrow().get("id").asLong();
        MonitoringFixtures monitoring = new MonitoringFixtures(db, tx, periods);
        int year = 3000 + World.next() % 6000;
        runId = monitoring.finishedRun(year, LocalDate.of(year, 7, 15));
        alertB = monitoring.missingReportAlert(projectB, monitoring.period(year, 6), runId);
    }

    /** What a path variable is replaced with: always something that belongs to unit B. */
    private Map<String, String> variablesFor(String template) {
        Map<String, String> values = new LinkedHashMap<>();
        Matcher m = VARIABLE.matcher(template);
        while (m.find()) {
            String name = m.group(1);
            String value = switch (name) {
                case "id" -> template.contains("/users") ? String.valueOf(bureauBUserId)
                        : template.contains("/tokens") ? String.valueOf(tokenB) : String.valueOf(projectB);
                case "code" -> unitB;
                case "period" -> "2024-06";
                case "runId" -> String.valueOf(runId);
                case "alertId" -> String.valueOf(alertB);
                case "field" -> "BUDGET";
                case "indicatorId" -> String.valueOf(indicatorB);
                default -> null;
            };
            if (value == null) {
                throw new AssertionError("SecurityMatrixTest does not know how to fill {" + name + "} in " + template
                        + ": add it to variablesFor so the new endpoint is covered");
            }
            values.put(name, value);
        }
        return values;
    }

    private List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        router.uriRoutes()
                .filter(r -> r.getTargetMethod().getDeclaringType().getPackageName().startsWith("jixiao"))
                .filter(r -> r.getHttpMethod() != HttpMethod.HEAD)
                .forEach(r -> routes.add(Route.of(r)));
        return routes;
    }

    record Route(HttpMethod method, String template, Set<String> roles, String where, String consumes) {
        static Route of(UriRouteInfo<?, ?> r) {
            String[] values = r.getAnnotationMetadata().stringValues(Secured.class);
            String consumes = r.getConsumes().isEmpty() ? "" : r.getConsumes().get(0).toString();
            return new Route(r.getHttpMethod(), r.getUriMatchTemplate().toPathString(), Set.copyOf(Arrays.asList(values)),
                    r.getTargetMethod().getDeclaringType().getSimpleName() + "." + r.getTargetMethod().getMethodName(), consumes);
        }

        boolean multipart() {
            return consumes.startsWith("multipart/");
        }

        boolean api() {
            return template.startsWith("/api/");
        }

        boolean anonymous() {
            return roles.contains(SecurityRule.IS_ANONYMOUS);
        }

        boolean allows(String role) {
            return roles.contains(SecurityRule.IS_AUTHENTICATED) || roles.contains(role);
        }

        boolean hasVariables() {
            return template.contains("{");
        }
    }

    @Test
    void everyRouteDeclaresItsAccessRule() {
        List<String> missing = routes().stream().filter(r -> r.roles().isEmpty()).map(r -> r.method() + " " + r.template() + " (" + r.where() + ")").toList();
        assertTrue(missing.isEmpty(), "routes without @Secured: " + missing);
        assertTrue(routes().size() > 20, "the route list was read");
    }

    @Test
    void anonymousCallersAreSentToLoginOrGet401() {
        checkAnonymous(world.anonymous());
    }

    @Test
    void anUnknownTokenIsAnonymous() {
        checkAnonymous(Http.bearer(server.getURL().toString(), "jxt_" + "x".repeat(43)));
    }

    private void checkAnonymous(Http anonymous) {
        for (Route r : routes()) {
            if (r.anonymous()) {
                continue;
            }
            String path = path(r);
            Http.Response response = call(anonymous, r, path);
            if (r.api()) {
                assertEquals(401, response.status(), r + " " + path);
                assertTrue(Json.parse(response.body()).get("message").asText().contains("登录"), r + " answers JSON");
            } else {
                assertEquals(303, response.status(), r + " " + path);
                assertTrue(response.location().startsWith("/login"), r + " redirects to login");
            }
        }
    }

    @Test
    void aBureauSeesNeitherAnotherUnitsDataNorWhatIsNotForItsRole() {
        for (Route r : routes()) {
            if (r.anonymous() || r.template().equals("/logout")) {
                continue; // logging out is tested on its own: it would end this browser's session
            }
            String path = path(r);
            Http.Response response = call(r.api() ? bureauA : bureauABrowser, r, path);
            if (!r.allows("BUREAU")) {
                assertEquals(403, response.status(), r + " " + path);
            } else if (r.hasVariables()) {
                assertEquals(404, response.status(), "unit B's record through " + r + " " + path);
            } else {
                assertTrue(response.status() < 500 && response.status() != 401 && response.status() != 403, r + " " + response.status());
                assertFalse(response.body().contains(projectBName), "unit B's project leaks through " + r);
            }
        }
        assertEquals(200, bureauA.get("/api/projects/" + projectA).status(), "its own project is visible");
        assertEquals(200, financeBrowser.get("/projects/" + projectB).status(), "unit B still exists");
    }

    /** The same rules for a bureau user's script that comes in with a personal API token. */
    @Test
    void aBureauTokenSeesNeitherAnotherUnitsDataNorWhatIsNotForItsRole() {
        int checked = 0;
        for (Route r : routes()) {
            if (r.anonymous() || !r.api()) {
                continue;
            }
            String path = path(r);
            Http.Response response = call(bureauAToken, r, path);
            // a token may not mint tokens that would outlive it (ApiTokenTest)
            boolean peopleOnly = r.method() == HttpMethod.POST && r.template().equals("/api/me/tokens");
            if (!r.allows("BUREAU") || peopleOnly) {
                assertEquals(403, response.status(), r + " " + path);
            } else if (r.hasVariables()) {
                assertEquals(404, response.status(), "unit B's record through " + r + " " + path);
            } else {
                assertTrue(response.status() < 500 && response.status() != 401 && response.status() != 403, r + " " + response.status());
                assertFalse(response.body().contains(projectBName), "unit B's project leaks through " + r);
            }
            checked++;
        }
        assertTrue(checked > 10, "API routes were checked: " + checked);
        assertEquals(200, bureauAToken.get("/api/projects/" + projectA).status(), "the token is still good");
    }

    @Test
    void financeSeesEveryUnitButNotUserManagement() {
        for (Route r : routes()) {
            if (r.anonymous() || r.method() != HttpMethod.GET) {
                continue;
            }
            String path = path(r);
            Http.Response response = call(r.api() ? finance : financeBrowser, r, path);
            if (r.allows("FINANCE")) {
                assertTrue(response.status() == 200 || response.status() == 303, r + " " + path + " → " + response.status() + " " + response.body());
            } else {
                assertEquals(403, response.status(), r + " " + path);
            }
        }
        String list = finance.get("/api/projects").body();
        assertTrue(list.contains(projectBName), "finance lists unit B's project");
        assertTrue(list.contains("\"id\":" + projectA), "finance lists unit A's project");
    }

    @Test
    void onlyTheAdministratorReachesUserManagement() {
        for (Route r : routes()) {
            if (r.method() != HttpMethod.GET || !(r.template().startsWith("/admin") || r.template().startsWith("/api/users"))) {
                continue;
            }
            String path = path(r);
            Http.Response response = r.api() ? world.admin().get(path) : adminBrowser.get(path);
            assertEquals(200, response.status(), r + " " + path);
            assertEquals(403, (r.api() ? finance : financeBrowser).get(path).status(), r + " " + path);
            assertEquals(403, (r.api() ? bureauA : bureauABrowser).get(path).status(), r + " " + path);
        }
    }

    @Test
    void loggingOutEndsTheSession() {
        assertEquals(200, bureauABrowser.get("/projects").status());
        assertEquals(303, bureauABrowser.postForm("/logout", Map.of()).status());
        Http.Response after = bureauABrowser.get("/projects");
        assertEquals(303, after.status());
        assertTrue(after.location().startsWith("/login"));
    }

    @Test
    void everyPageFormPostWithoutTheCsrfTokenIsRefused() {
        int checked = 0;
        for (Route r : routes()) {
            if (r.api() || r.method() != HttpMethod.POST) {
                continue;
            }
            Http browser = r.allows("ADMIN") ? adminBrowser : financeBrowser;
            String path = r.template().contains("{") ? path(r).replace(String.valueOf(projectB), String.valueOf(projectA)) : path(r);
            Http.Response forged = r.multipart() ? browser.postMultipart(path, "file", "a.txt", "x".getBytes(), Map.of("name", "伪造"))
                    : browser.postFormRaw(path, Map.of("name", "伪造"));
            assertEquals(403, forged.status(), r + " accepted a form without the CSRF token");
            assertTrue(forged.body().contains("表单已失效"), r + " says why: " + forged.body());
            Http.Response wrongToken = r.multipart()
                    ? browser.postMultipart(path, "file", "a.txt", "x".getBytes(), Map.of("csrfToken", ".forged-token"))
                    : browser.postFormRaw(path, Map.of("csrfToken", ".forged-token"));
            assertEquals(403, wrongToken.status(), r + " accepted a forged CSRF token");
            checked++;
        }
        assertTrue(checked >= 5, "page form routes were found: " + checked);
        assertEquals(200, financeBrowser.get("/projects/" + projectA).status(), "nothing was deleted by the forged posts");
    }

    private String path(Route r) {
        String path = r.template();
        for (var e : variablesFor(path).entrySet()) {
            path = path.replaceAll("\\{" + Pattern.quote(e.getKey()) + "\\??}", e.getValue());
        }
        return path.replaceAll("\\{[^}]*}", "");
    }

    private static Http.Response call(Http http, Route r, String path) {
        return switch (r.method()) {
            case GET -> http.get(path);
            case DELETE -> http.delete(path);
            case PUT -> http.putJson(path, "{}");
            case POST -> r.multipart()
                    ? http.postMultipart(path, "file", "empty.txt", new byte[0], http.csrfToken().map(t -> Map.of("csrfToken", t)).orElse(Map.of()))
                    : r.consumes().startsWith("text/plain") ? http.postText(path, "")
                    : r.api() ? http.postJson(path, "{}") : http.postForm(path, Map.of());
            default -> throw new AssertionError("method not covered: " + r);
        };
    }
}
