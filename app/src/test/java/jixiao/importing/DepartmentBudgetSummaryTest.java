package jixiao.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jixiao.project.BudgetLineKind;
import jixiao.testing.Http;
import jixiao.testing.Json;
import jixiao.testing.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The department's budget summary (issue 14, point 3) from 花都's published 部门整体预算绩效目标申报表
 * (广州市花都区司法局, seed huadu-department.txt). Expected values read off the published table by hand:
 * 基本支出 3,723.19, 项目支出 1,162.62, 财政专项资金 0.00, 其他事业发展性支出 250.80, 财政拨款 5,136.61,
 * 其他资金 0.00, 区本级使用资金 5,136.61, 拟用于对下转移支付资金 0.00 (万元).
 */
@MicronautTest
class DepartmentBudgetSummaryTest {

    @Inject
    EmbeddedServer server;

    World world;
    Http finance;

    @BeforeEach
    void setUp() {
        world = new World(server.getURL().toString());
        finance = world.script(world.user("FINANCE", List.of()));
    }

    @Test
    void theDepartmentFormsMoneyRowsAreRead() {
        ParsedTable d = Seeds.departments(TargetTableTextParser.parse(Seeds.text("huadu-department.txt"))).get(0);
        assertEquals("万元", d.moneyUnit());
        assertEquals(Map.of(
                BudgetLineKind.BASIC, new BigDecimal("3723.19"),
                BudgetLineKind.PROJECT, new BigDecimal("1162.62"),
                BudgetLineKind.SPECIAL_FUNDS, new BigDecimal("0.00"),
                BudgetLineKind.OTHER_DEVELOPMENT, new BigDecimal("250.80"),
                BudgetLineKind.OWN_LEVEL, new BigDecimal("5136.61"),
                BudgetLineKind.TRANSFER_DOWN, new BigDecimal("0.00")), d.budgetLines());
        assertEquals(new BigDecimal("5136.61"), d.fiscalFunds());
    }

    @Test
    void aProjectTablesMoneyRowsAreNotASummary() {
        ParsedUpload u = TargetTableTextParser.parse(Seeds.text("leting-2024.txt"));
        u.tables().stream().filter(t -> t.kind() == TableKind.PROJECT)
                .forEach(t -> assertTrue(t.budgetLines().isEmpty(), t.name()));
    }

    @Test
    void importedStoredAndReadBackThroughTheApi() {
        String unit = world.unit("花都预算构成");
        Http.Response r = finance.postText("/api/imports/target-tables?year=2130&dryRun=false&confirmYear=true&unitCode=" + unit,
                ImportApiTest.seed("huadu-department.txt"));
        assertEquals(200, r.status(), r.body());
        JsonNode d = department(2130, unit);
        JsonNode s = d.get("budgetSummary");
        assertEquals("3723.19", s.get("basic").asText());
        assertEquals("1162.62", s.get("project").asText());
        assertEquals("0.00", s.get("specialFunds").asText());
        assertEquals("250.80", s.get("otherDevelopment").asText());
        assertEquals("5136.61", s.get("ownLevel").asText());
        assertEquals("0.00", s.get("transferDown").asText());
        assertEquals("5136.61", s.get("generalBudget").asText());
        assertEquals("0.00", s.get("otherIncome").asText());
        assertTrue(s.get("personnel").isNull());
        // 基本 + 项目 + 财政专项 + 其他事业发展性 = 5,136.61: the published table adds up, so nothing to check
        assertFalse(d.get("warnings").toString().contains("待核对"), d.get("warnings").toString());
    }

    @Test
    void editedThroughTheApiWithAWarningWhenPartsExceedTheTotal() {
        String unit = world.unit("花都预算构成编辑");
        finance.postText("/api/imports/target-tables?year=2131&dryRun=false&confirmYear=true&unitCode=" + unit,
                ImportApiTest.seed("huadu-department.txt"));
        JsonNode d = department(2131, unit);
        ObjectNode edit = (ObjectNode) d.deepCopy();
        ObjectNode summary = (ObjectNode) edit.get("budgetSummary");
        summary.put("personnel", "3000.00");
        summary.put("publicUse", "900.00");
        Http.Response r = finance.putJson("/api/projects/" + d.get("id").asLong(), edit.toString());
        assertEquals(200, r.status(), r.body());
        JsonNode after = Json.parse(finance.get("/api/projects/" + d.get("id").asLong()).body());
        assertEquals("3000.00", after.get("budgetSummary").get("personnel").asText());
        String warnings = after.get("warnings").toString();
        assertTrue(warnings.contains("待核对：部门预算构成中人员经费、公用经费合计3900.00，超过基本支出3723.19（万元）"), warnings);
    }

    @Test
    void anInputWithoutTheSummaryKeepsItAndAnEmptyOneClearsIt() {
        String unit = world.unit("花都预算构成保留");
        finance.postText("/api/imports/target-tables?year=2136&dryRun=false&confirmYear=true&unitCode=" + unit,
                ImportApiTest.seed("huadu-department.txt"));
        JsonNode d = department(2136, unit);
        long id = d.get("id").asLong();
        ObjectNode edit = (ObjectNode) d.deepCopy();
        edit.remove("budgetSummary");
        edit.put("goal", "改写的总体绩效目标");
        assertEquals(200, finance.putJson("/api/projects/" + id, edit.toString()).status());
        JsonNode kept = Json.parse(finance.get("/api/projects/" + id).body());
        assertEquals("3723.19", kept.get("budgetSummary").get("basic").asText());
        ObjectNode clear = (ObjectNode) kept.deepCopy();
        clear.putObject("budgetSummary");
        assertEquals(200, finance.putJson("/api/projects/" + id, clear.toString()).status());
        assertTrue(Json.parse(finance.get("/api/projects/" + id).body()).get("budgetSummary").get("basic").isNull());
    }

    @Test
    void aLineThatIsNoAmountIsRefusedNamingIt() {
        String unit = world.unit("花都预算构成校验");
        finance.postText("/api/imports/target-tables?year=2132&dryRun=false&confirmYear=true&unitCode=" + unit,
                ImportApiTest.seed("huadu-department.txt"));
        JsonNode d = department(2132, unit);
        ObjectNode edit = (ObjectNode) d.deepCopy();
        ((ObjectNode) edit.get("budgetSummary")).put("transferDown", "十万");
        Http.Response r = finance.putJson("/api/projects/" + d.get("id").asLong(), edit.toString());
        assertEquals(400, r.status(), r.body());
        assertTrue(r.body().contains("部门预算构成·对下转移支付资金“十万”不是有效的数字"), r.body());
        assertTrue(r.body().contains("budgetSummary.transferDown"), r.body());
    }

    @Test
    void aProjectTargetHasNoBudgetSummary() {
        String unit = world.unit("项目无预算构成");
        String json = """
                {"year":2133,"unitCode":"%s","kind":"PROJECT","name":"普法经费","moneyUnit":"万元","budget":"10",
                 "budgetSummary":{"basic":"5"}}""".formatted(unit);
        Http.Response r = finance.postJson("/api/projects", json);
        assertEquals(400, r.status(), r.body());
        assertTrue(r.body().contains("部门预算构成（基本支出、项目支出等）只属于部门整体绩效目标"), r.body());
    }

    private JsonNode department(int year, String unitCode) {
        for (JsonNode summary : Json.parse(finance.get("/api/projects?year=" + year + "&unitCode=" + unitCode).body())) {
            if (summary.get("kind").asText().equals("DEPARTMENT")) {
                return Json.parse(finance.get("/api/projects/" + summary.get("id").asLong()).body());
            }
        }
        throw new AssertionError("no department target for " + unitCode + " in " + year);
    }
}
