package jixiao.common;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jixiao.testing.Http;
import jixiao.testing.Json;
import jixiao.testing.Projects;
import jixiao.testing.World;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11 point 4: every free-text field has one limit that matches its column, checked on the API, the forms
 * and the import alike. Before, about fifteen of them answered 500 "Data too long".
 */
@MicronautTest
class TextLimitTest {

    @Inject
    EmbeddedServer server;

    @Inject
    DSLContext db;

    @Test
    void everyLimitFitsItsColumn() {
        for (TextLimit limit : TextLimit.values()) {
            Record2<String, Long> column = db.resultQuery(
                    "SELECT data_type, character_maximum_length FROM information_schema.columns "
                            + "WHERE table_schema = DATABASE() AND table_name = ? AND column_name = ?",
                    limit.table(), limit.column()).coerce(org.jooq.impl.DSL.field("data_type", String.class),
                    org.jooq.impl.DSL.field("character_maximum_length", Long.class)).fetchOne();
            assertNotNull(column, limit + ": no column " + limit.table() + "." + limit.column());
            if ("varchar".equals(column.value1())) {
                assertEquals(column.value2().longValue(), limit.maxCharacters(), limit + " is the column's length");
            } else {
                assertEquals("text", column.value1(), limit.toString());
                assertTrue(limit.maxCharacters() * 4L <= column.value2(), limit + ": 4-byte characters must fit in TEXT");
            }
        }
    }

    private static String longer(TextLimit limit) {
        return "长".repeat(limit.maxCharacters() + 1);
    }

    @Test
    void theApiRefusesEveryTooLongFieldByName() {
        World world = new World(server.getURL().toString());
        String unit = world.unit("字数限制");
        Http finance = world.script(world.user("FINANCE", List.of()));
        Map<String, Object> p = Projects.leting(unit, "TL" + World.next(), "字数限制项目" + World.next());
        p.put("managingOffice", longer(TextLimit.MANAGING_OFFICE));
        p.put("attribute", longer(TextLimit.ATTRIBUTE));
        p.put("term", longer(TextLimit.TERM));
        p.put("purpose", longer(TextLimit.PURPOSE));
        p.put("goal", longer(TextLimit.GOAL));
        p.put("measures", longer(TextLimit.MEASURES));
        p.put("departmentName", longer(TextLimit.DEPARTMENT_NAME));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> indicators = new ArrayList<>((List<Map<String, Object>>) p.get("indicators"));
        Map<String, Object> first = new java.util.LinkedHashMap<>(indicators.get(0));
        first.put("basis", longer(TextLimit.INDICATOR_BASIS));
        first.put("periodTarget", longer(TextLimit.INDICATOR_PERIOD_TARGET));
        first.put("description", longer(TextLimit.INDICATOR_DESCRIPTION));
        first.put("level2", longer(TextLimit.INDICATOR_LEVEL2));
        indicators.set(0, first);
        p.put("indicators", indicators);
        p.put("keyTasks", List.of(Map.of("name", longer(TextLimit.KEY_TASK_NAME), "content", longer(TextLimit.KEY_TASK_CONTENT),
                "expectedGoal", longer(TextLimit.KEY_TASK_EXPECTED_GOAL), "funds", "1")));
        Http.Response r = finance.postJson("/api/projects", Json.write(p));
        assertEquals(400, r.status(), r.body());
        List<String> fields = new ArrayList<>();
        Json.parse(r.body()).get("problems").forEach(problem -> fields.add(problem.get("field").asText()));
        for (String field : List.of("managingOffice", "attribute", "term", "purpose", "goal", "measures", "departmentName",
                "indicators[0].basis", "indicators[0].periodTarget", "indicators[0].description", "indicators[0].level2",
                "keyTasks[0].name", "keyTasks[0].content", "keyTasks[0].expectedGoal")) {
            assertTrue(fields.contains(field), field + " among " + fields);
        }
        assertTrue(r.body().contains("主管处室最多 100 个字，现有 101 个字"), r.body());
        assertTrue(r.body().contains("第 1 条指标的指标值确定依据最多 300 个字"), r.body());
        JsonNode list = Json.parse(finance.get("/api/projects?unitCode=" + unit).body());
        assertEquals(0, list.size(), "nothing stored");
    }

    @Test
    void usersAndUnitsToo() {
        World world = new World(server.getURL().toString());
        Http.Response user = world.admin().postJson("/api/users", Json.write(Map.of("username", "long" + World.next(),
                "password", World.INITIAL_PASSWORD, "role", "FINANCE", "unitCodes", List.of(),
                "displayName", longer(TextLimit.USER_DISPLAY_NAME))));
        assertEquals(400, user.status(), user.body());
        assertTrue(user.body().contains("姓名最多 100 个字"), user.body());
        Http.Response unit = world.admin().postJson("/api/units", Json.write(Map.of("code", "9" + (100000 + World.next()),
                "name", "单位", "departmentName", longer(TextLimit.DEPARTMENT_NAME))));
        assertEquals(400, unit.status(), unit.body());
        assertTrue(unit.body().contains("主管部门最多 200 个字"), unit.body());
    }

    @Test
    void theImportNamesTheTableAndTheField() throws java.io.IOException {
        World world = new World(server.getURL().toString());
        String unit = world.unit("导入字数");
        Http finance = world.script(world.user("FINANCE", List.of()));
        // 乐亭's first table as published, its 资金用途 one character too long
        String seed;
        try (var in = TextLimitTest.class.getResourceAsStream("/seeds/leting-2024.txt")) {
            seed = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        int start = seed.indexOf("1.法制建设绩效目标表");
        String table = seed.substring(start, seed.indexOf("[bookmark", start))
                .replace("315001乐亭县司法局本级", unit + "导入字数")
                .replace("13022524P000R2410016N", "TL" + World.next())
                .replace("用于法制建设等日常办案费用", "用".repeat(TextLimit.PURPOSE.maxCharacters() + 1));
        Http.Response r = finance.postText("/api/imports/target-tables?year=2024&dryRun=false&unitCode=" + unit, table);
        assertEquals(400, r.status(), r.body());
        assertTrue(r.body().contains("资金用途最多 10000 个字"), r.body());
        assertEquals(0, Json.parse(finance.get("/api/projects?unitCode=" + unit).body()).size());
    }
}
