package jixiao.apidocs;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The OpenAPI document of the JSON API. micronaut-openapi writes it at build time from the controllers
 * ({@code META-INF/swagger/openapi.yml}); it describes every route, pages included, so the pages (and the schemas
 * only they use) are left out here. What the annotation processor cannot see is added: the error answers of the
 * exception handlers, all in the one shape {@code ApiError}.
 */
final class ApiDocument {

    static final String GENERATED = "META-INF/swagger/openapi.yml";
    private static final String SCHEMAS = "#/components/schemas/";
    private static final String ERROR = "#/components/responses/Error";

    private ApiDocument() {
    }

    /** The document for {@code /api/openapi.yml}. */
    static String load() {
        try (InputStream in = ApiDocument.class.getClassLoader().getResourceAsStream(GENERATED)) {
            if (in == null) {
                throw new IllegalStateException(GENERATED + " is missing: the build's annotation processor did not run");
            }
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(20 * 1024 * 1024);
            Map<String, Object> document = new Yaml(options).load(in);
            return dump(apiOnly(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> apiOnly(Map<String, Object> document) {
        Map<String, Object> paths = new LinkedHashMap<>();
        ((Map<String, Object>) document.getOrDefault("paths", Map.of())).forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                paths.put(path, item);
                addErrorAnswers(path, (Map<String, Object>) item);
            }
        });
        document.put("paths", paths);
        Map<String, Object> components = (Map<String, Object>) document.computeIfAbsent("components", k -> new LinkedHashMap<>());
        components.put("responses", Map.of("Error", Map.of(
                "description", "错误：message 说明原因；problems 逐项指出被拒绝的字段（400）；current 为冲突时记录的当前内容（409）",
                "content", Map.of("application/json", Map.of("schema", Map.of("$ref", SCHEMAS + "ApiError"))))));
        Map<String, Object> schemas = (Map<String, Object>) components.getOrDefault("schemas", Map.of());
        components.put("schemas", reachable(paths, schemas));
        return document;
    }

    /** 400 for refused input, 401 without valid credentials, 403 outside the role, 404 for a record not in scope. */
    @SuppressWarnings("unchecked")
    private static void addErrorAnswers(String path, Map<String, Object> item) {
        item.forEach((method, value) -> {
            if (!(value instanceof Map<?, ?>)) {
                return;
            }
            Map<String, Object> operation = (Map<String, Object>) value;
            Map<String, Object> responses = (Map<String, Object>) operation.computeIfAbsent("responses", k -> new LinkedHashMap<>());
            if (operation.containsKey("requestBody") || operation.containsKey("parameters")) {
                responses.putIfAbsent("400", Map.of("$ref", ERROR));
            }
            responses.putIfAbsent("401", Map.of("$ref", ERROR));
            responses.putIfAbsent("403", Map.of("$ref", ERROR));
            if (path.contains("{")) {
                responses.putIfAbsent("404", Map.of("$ref", ERROR));
            }
        });
    }

    /** The schemas the kept paths use, directly or through other schemas, and the error shape. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> reachable(Map<String, Object> paths, Map<String, Object> schemas) {
        Set<String> names = new LinkedHashSet<>();
        Deque<Object> todo = new ArrayDeque<>(List.of(paths));
        todo.add(Map.of("$ref", SCHEMAS + "ApiError"));
        while (!todo.isEmpty()) {
            Object node = todo.pop();
            if (node instanceof Map<?, ?> map) {
                for (var e : map.entrySet()) {
                    if ("$ref".equals(e.getKey()) && e.getValue() instanceof String ref && ref.startsWith(SCHEMAS)) {
                        String name = ref.substring(SCHEMAS.length());
                        if (names.add(name) && schemas.containsKey(name)) {
                            todo.add(schemas.get(name));
                        }
                    } else {
                        todo.add(e.getValue());
                    }
                }
            } else if (node instanceof List<?> list) {
                todo.addAll(list);
            }
        }
        Map<String, Object> kept = new LinkedHashMap<>();
        schemas.forEach((name, schema) -> {
            if (names.contains(name)) {
                kept.put(name, schema);
            }
        });
        return kept;
    }

    private static String dump(Map<String, Object> document) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setWidth(120);
        return new Yaml(options).dump(document);
    }
}
