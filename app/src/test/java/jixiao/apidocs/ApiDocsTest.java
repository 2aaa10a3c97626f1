package jixiao.apidocs;

import io.micronaut.http.HttpMethod;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import jixiao.testing.Http;
import jixiao.testing.World;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The OpenAPI document describes every route of the JSON API, and Swagger UI shows it to logged-in users. */
@MicronautTest
class ApiDocsTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Router router;

    private Map<String, Object> document(Http http) {
        Http.Response r = http.get("/api/openapi.yml");
        assertEquals(200, r.status(), r.body());
        assertTrue(r.header("Content-Type").startsWith("application/yaml"), r.header("Content-Type"));
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(20 * 1024 * 1024);
        return new Yaml(options).load(r.body());
    }

    @Test
    void everyApiRouteIsInTheDocumentAndNoPage() {
        World world = new World(server.getURL().toString());
        Map<String, Object> document = document(world.script(world.user("BUREAU", List.of(world.unit("文档单位")))));
        assertTrue(String.valueOf(document.get("openapi")).startsWith("3."));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
        TreeSet<String> documented = new TreeSet<>();
        paths.forEach((path, item) -> item.keySet().forEach(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path)));
        TreeSet<String> routes = new TreeSet<>();
        router.uriRoutes()
                .filter(r -> r.getTargetMethod().getDeclaringType().getPackageName().startsWith("jixiao"))
                .filter(r -> r.getHttpMethod() != HttpMethod.HEAD)
                .map(r -> r.getHttpMethod() + " " + r.getUriMatchTemplate().toPathString().replace("?}", "}"))
                .filter(route -> route.substring(route.indexOf(' ') + 1).startsWith("/api/"))
                .forEach(routes::add);
        assertTrue(routes.size() > 30, "the API routes were read: " + routes);
        TreeSet<String> missing = new TreeSet<>(routes);
        missing.removeAll(documented);
        assertTrue(missing.isEmpty(), "API routes missing from /api/openapi.yml: " + missing);
        TreeSet<String> extra = new TreeSet<>(documented);
        extra.removeAll(routes);
        assertTrue(extra.isEmpty(), "documented but not routed (pages or stale): " + extra);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDocumentGivesRequestResponseAndErrorSchemasAndTheTokenScheme() {
        World world = new World(server.getURL().toString());
        Map<String, Object> document = document(world.admin());
        Map<String, Object> tokens = (Map<String, Object>) ((Map<String, Object>) document.get("paths")).get("/api/me/tokens");
        Map<String, Object> create = (Map<String, Object>) tokens.get("post");
        String text = new Yaml().dump(create);
        assertTrue(text.contains("#/components/schemas/ApiTokens.TokenRequest"), text);
        Map<String, Object> responses = (Map<String, Object>) create.get("responses");
        assertTrue(new Yaml().dump(responses.get("201")).contains("#/components/schemas/ApiTokens.CreatedToken"), text);
        assertEquals(Map.of("$ref", "#/components/responses/Error"), responses.get("400"));
        assertEquals(Map.of("$ref", "#/components/responses/Error"), responses.get("401"));

        Map<String, Object> components = (Map<String, Object>) document.get("components");
        Map<String, Object> schemas = (Map<String, Object>) components.get("schemas");
        Map<String, Object> apiError = (Map<String, Object>) schemas.get("ApiError");
        assertTrue(((Map<String, Object>) apiError.get("properties")).keySet().containsAll(List.of("message", "problems")), apiError.toString());
        assertTrue(schemas.containsKey("Problem"));
        assertTrue(schemas.keySet().stream().noneMatch(name -> name.contains("PageContext") || name.contains("ModelAndView")),
                "schemas only pages use are left out: " + schemas.keySet());
        Map<String, Object> schemes = (Map<String, Object>) components.get("securitySchemes");
        assertEquals("bearer", ((Map<String, Object>) schemes.get("token")).get("scheme"));
        assertEquals("basic", ((Map<String, Object>) schemes.get("basic")).get("scheme"));
    }

    @Test
    void swaggerUiIsForLoggedInUsers() {
        String base = server.getURL().toString();
        World world = new World(base);
        Http anonymous = world.anonymous();
        assertEquals(401, anonymous.get("/api/openapi.yml").status());
        assertEquals(401, anonymous.get("/api/docs").status());
        assertEquals(401, anonymous.get("/api/docs/ui/swagger-ui-bundle.js").status());

        Http browser = world.browser(world.user("FINANCE", List.of()));
        Http.Response page = browser.get("/api/docs");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("/api/docs/ui/swagger-ui-bundle.js") && page.body().contains("data-url=\"/api/openapi.yml\""), page.body());
        Http.Response bundle = browser.get("/api/docs/ui/swagger-ui-bundle.js");
        assertEquals(200, bundle.status(), "the webjar's files are served");
        assertTrue(bundle.body().contains("SwaggerUIBundle"));
        assertEquals(200, browser.get("/api/docs/ui/swagger-ui.css").status());
        assertEquals(200, browser.get("/static/api-docs.js").status());
        assertEquals(200, browser.get("/api/openapi.yml").status(), "the document is readable with the session, for Swagger UI");
    }
}
