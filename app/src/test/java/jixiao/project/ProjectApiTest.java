package jixiao.project;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jixiao.testing.Http;
import jixiao.testing.Json;
import jixiao.testing.Projects;
import jixiao.testing.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The project API over HTTP against the running app and MariaDB. */
@MicronautTest
class ProjectApiTest {

    @Inject
    EmbeddedServer server;

    World world;
    Http finance;
    String unit;

    @BeforeEach
    void setUp() {
        world = new World(server.getURL().toString());
        unit = world.unit("乐亭县司法局本级");
        finance = world.script(world.user("FINANCE", List.of()));
    }

    @Test
    void createsReadsListsUpdatesAndDeletesAProject() {
        String code = "13022524P000R24" + World.next();
        Http.Response created = finance.postJson("/api/projects", Json.write(Projects.leting(unit, code, "法制建设")));
        assertEquals(201, created.status(), created.body());
        JsonNode p = Json.parse(created.body());
        long id = p.get("id").asLong();
        assertEquals("3.00", p.get("budget").asText());
        assertEquals("30000.00", p.get("budgetYuan").asText());
        assertEquals("0.00", p.get("otherFunds").asText());
        assertEquals("万元", p.get("moneyUnit").asText());
        assertEquals(4, p.get("spendPlan").size());
        assertEquals(50, p.get("spendPlan").get(1).get("percent").asInt());
        JsonNode first = p.get("indicators").get(0);
        assertEquals("开展行政执法培训", first.get("name").asText());
        assertEquals("GE", first.get("targetValue").get("comparator").asText());
        assertEquals(6, first.get("targetValue").get("value").asInt());
        assertEquals("次", first.get("targetValue").get("unit").asText());
        assertEquals("POSITIVE", first.get("targetValue").get("direction").asText());
        assertTrue(first.get("targetValue").has("note"), "null fields are present");
        assertEquals("QUALITATIVE", p.get("indicators").get(1).get("targetValue").get("kind").asText());

        JsonNode read = Json.parse(finance.get("/api/projects/" + id).body());
        assertEquals(code, read.get("code").asText());
        assertEquals(unit, read.get("unitCode").asText());

        JsonNode list = Json.parse(finance.get("/api/projects?year=2024&unitCode=" + unit).body());
        assertEquals(1, list.size());
        assertEquals(id, list.get(0).get("id").asLong());
        assertEquals(0, Json.parse(finance.get("/api/projects?year=2023&unitCode=" + unit).body()).size());

        // Edit: rename, change one target, drop one indicator, add one. Unchanged indicators keep their ids.
        Map<String, Object> edited = Projects.leting(unit, code, "法制建设（调整）");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> indicators = (List<Map<String, Object>>) edited.get("indicators");
        indicators.get(0).put("target", "≥8次");
        indicators.remove(2);
        indicators.add(Projects.indicator("效益指标", "可持续影响指标", "法治意识持续提升", "持续提升"));
        edited.put("version", read.get("version").asLong());
        Http.Response updated = finance.putJson("/api/projects/" + id, Json.write(edited));
        assertEquals(200, updated.status(), updated.body());
        JsonNode u = Json.parse(updated.body());
        assertEquals("法制建设（调整）", u.get("name").asText());
        assertEquals(5, u.get("indicators").size());
        assertEquals(first.get("id").asLong(), u.get("indicators").get(0).get("id").asLong());
        assertEquals(8, u.get("indicators").get(0).get("targetValue").get("value").asInt());
        assertNotEquals(read.get("version").asLong(), u.get("version").asLong());

        // The stale version is refused with 409 and the current state.
        Http.Response stale = finance.putJson("/api/projects/" + id, Json.write(edited));
        assertEquals(409, stale.status(), stale.body());
        assertEquals("法制建设（调整）", Json.parse(stale.body()).get("current").get("name").asText());

        assertEquals(204, finance.delete("/api/projects/" + id).status());
        assertEquals(404, finance.get("/api/projects/" + id).status());
    }

    @Test
    void parsesAnIndicatorValue() {
        Http.Response r = finance.postJson("/api/indicator-values/parse", "{\"text\":\"≥55场\"}");
        assertEquals(200, r.status());
        assertEquals(Json.parse("{\"text\":\"≥55场\",\"kind\":\"QUANTITATIVE\",\"comparator\":\"GE\",\"value\":55,\"unit\":\"场\","
                + "\"direction\":\"POSITIVE\",\"needsReview\":false,\"note\":null}"), Json.parse(r.body()));
        JsonNode qualitative = Json.parse(finance.postJson("/api/indicator-values/parse", "{\"text\":\"明显提升\"}").body());
        assertEquals("QUALITATIVE", qualitative.get("kind").asText());
        assertTrue(qualitative.get("value").isNull());
        assertTrue(qualitative.get("unit").isNull());
    }

    @Test
    void refusesBadInputWithEveryProblemAndStoresNothing() {
        String name = "坏数据项目" + World.next();
        refused(p -> p.put("spendPlan", List.of(Projects.point(3, 40), Projects.point(6, 30), Projects.point(10, 75), Projects.point(12, 100))), name, "spendPlan", "减少");
        refused(p -> p.put("spendPlan", List.of(Projects.point(3, 25), Projects.point(6, 50), Projects.point(12, 120))), name, "spendPlan", "100");
        refused(p -> p.put("spendPlan", List.of(Projects.point(3, 25), Projects.point(6, 50), Projects.point(10, 90))), name, "spendPlan", "100%");
        refused(p -> p.put("budget", "-3.00"), name, "budget", "负数");
        refused(p -> p.put("budget", "三万"), name, "budget", "不是有效的数字");
        refused(p -> p.put("fiscalFunds", "2.00"), name, "fiscalFunds", "不等于预算数");
        refused(p -> p.put("budget", "3.0000001"), name, "budget", "小数位");
        refused(p -> firstIndicator(p).put("level1", ""), name, "indicators[0].level1", "一级指标");
        refused(p -> firstIndicator(p).put("level2", null), name, "indicators[0].level2", "二级指标");
        refused(p -> firstIndicator(p).put("level1", "其他指标"), name, "indicators[0].level1", "无效");
        refused(p -> p.put("name", " "), name, "name", "项目名称");
        refused(p -> p.put("year", 1990), name, "year", "年度");
        assertEquals(0, Json.parse(finance.get("/api/projects?unitCode=" + unit).body()).size(), "nothing was stored");

        // A duplicate project code within the year is refused too.
        String code = "DUP" + World.next();
        Projects.create(finance, Projects.leting(unit, code, "原项目"));
        Http.Response dup = finance.postJson("/api/projects", Json.write(Projects.leting(unit, code, "另一项目")));
        assertEquals(400, dup.status());
        assertEquals("code", Json.parse(dup.body()).get("problems").get(0).get("field").asText());
        assertTrue(Json.parse(dup.body()).get("problems").get(0).get("message").asText().contains("已被项目《原项目》使用"));
        assertEquals(1, Json.parse(finance.get("/api/projects?unitCode=" + unit).body()).size());
    }

    @Test
    void answersJsonErrorsNever500ForMalformedRequests() {
        Http.Response notJson = finance.postJson("/api/projects", "{not json");
        assertEquals(400, notJson.status());
        assertTrue(Json.parse(notJson.body()).get("message").asText().contains("请求无效"));
        Http.Response notANumber = finance.get("/api/projects/abc");
        assertEquals(400, notANumber.status(), notANumber.body());
        assertFalse(notANumber.body().contains("Exception"));
        Http.Response empty = finance.postJson("/api/projects", "{}");
        assertEquals(400, empty.status());
        assertTrue(Json.parse(empty.body()).get("problems").size() >= 3);
    }

    private void refused(Consumer<Map<String, Object>> change, String name, String field, String wording) {
        Map<String, Object> p = Projects.leting(unit, "BAD" + World.next(), name);
        change.accept(p);
        Http.Response r = finance.postJson("/api/projects", Json.write(p));
        assertEquals(400, r.status(), r.body());
        JsonNode problems = Json.parse(r.body()).get("problems");
        List<String> found = new ArrayList<>();
        boolean match = false;
        for (JsonNode problem : problems) {
            found.add(problem.get("field").asText() + ": " + problem.get("message").asText());
            match |= problem.get("field").asText().startsWith(field) && problem.get("message").asText().contains(wording);
        }
        assertTrue(match, "expected a problem on " + field + " mentioning " + wording + ", got " + found);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstIndicator(Map<String, Object> p) {
        return ((List<Map<String, Object>>) p.get("indicators")).get(0);
    }
}
