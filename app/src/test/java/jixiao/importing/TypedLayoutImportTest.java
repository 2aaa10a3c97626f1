package jixiao.importing;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jixiao.testing.Http;
import jixiao.testing.Json;
import jixiao.testing.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The typed indicator layouts imported over HTTP as pasted text, as tab rows and one cell a line: first a dry
 * run (nothing stored, the preview shows the composed targets and weights), then stored and read back.
 */
@MicronautTest
class TypedLayoutImportTest {

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
    void typedColumnsAsTabRows() {
        JsonNode p = dryRunThenStore(TypedLayoutsTest.TYPED, 2051);
        assertEquals("农村公路养护", p.get("name").asText());
        assertEquals(List.of(
                "养护里程|≥350公里|20|GE|350", "桥梁检查座数|≥12座|10|GE|12", "优良路率|≥85%|10|GE|85",
                "养护任务完成时限|2025年12月31日前|10||", "每公里养护成本|≤0.34万元/公里|10|LE|0.34",
                "群众出行条件|明显改善|15||", "交通事故起数|≤0起|15|LE|0", "沿线群众满意度|≥90%|10|GE|90"),
                indicators(p));
    }

    @Test
    void typedColumnsOneCellALine() {
        JsonNode p = dryRunThenStore(TypedLayoutsTest.cellPerLine(TypedLayoutsTest.TYPED), 2052);
        assertEquals(8, p.get("indicators").size());
        assertEquals("≤0.34万元/公里", p.get("indicators").get(4).get("target").asText());
        assertEquals(0, new BigDecimal("10").compareTo(p.get("indicators").get(4).get("weight").decimalValue()));
    }

    @Test
    void comparisonWordsAndLevelPoints() {
        JsonNode p = dryRunThenStore(TypedLayoutsTest.cellPerLine(TypedLayoutsTest.WORDS_AND_POINTS), 2053);
        assertEquals(List.of(
                "奖补项目个数|≥20个|16.67|GE|20", "项目验收合格率|100%|16.67||100", "单个项目奖补标准|≤4万元/个|16.66|LE|4",
                "受益群众人数|≥5000人|15|GE|5000", "设施使用年限|≥10年|15|GE|10", "受益群众满意度|>90%|10|GT|90"),
                indicators(p));
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode i : p.get("indicators")) {
            sum = sum.add(i.get("weight").decimalValue());
        }
        assertEquals(0, new BigDecimal("90").compareTo(sum), "the published points add up to the indicator points");

        // the self-evaluation scores with the weights the table published
        JsonNode sheet = Json.parse(finance.get("/api/projects/" + p.get("id").asLong() + "/self-evaluation").body());
        List<String> weights = new ArrayList<>();
        for (JsonNode row : sheet.get("indicators")) {
            weights.add(row.get("weight").decimalValue().stripTrailingZeros().toPlainString());
        }
        assertEquals(List.of("16.67", "16.67", "16.66", "15", "15", "10"), weights);
        for (JsonNode problem : sheet.get("problems")) {
            assertFalse(problem.get("field").asText().equals("weight"), problem.toString());
        }
    }

    @Test
    void implementationPeriodAndYearSideBySide() {
        JsonNode p = dryRunThenStore(TypedLayoutsTest.PERIOD_AND_YEAR, 2054);
        List<String> read = new ArrayList<>();
        for (JsonNode i : p.get("indicators")) {
            read.add(i.get("target").asText() + "/" + i.get("periodTarget").asText());
        }
        assertEquals(List.of("10000亩/30000亩", "100%/100%", "≥50公斤/≥50公斤", "≥85%/≥90%"), read);
    }

    @Test
    void thePublishedSelfEvaluationTableKeepsItsWeightsAndSkipsItsTotal() {
        JsonNode p = dryRunThenStore(TypedLayoutsTest.published("typed-dyrmt-selfeval-weights.txt"), 2055);
        assertEquals(List.of(
                "足额保障率|=100%|22.5|EQ|100", "科目调整次数|≤10次|22.5|LE|10", "按时发放率|=100%|22.5|EQ|100",
                "结余率(计算方法为:结余数/预算数)|≤5%|22.5|LE|5"), indicators(p));
    }

    @Test
    void thePublishedTableWithALevelWeightColumnKeepsTheIndicatorsWeights() {
        JsonNode p = dryRunThenStore(TypedLayoutsTest.cellPerLine(
                TypedLayoutsTest.published("typed-hktianyi-level-weight-column.txt")), 2057);
        assertEquals(List.of(
                "进出境动植物检疫完成率|100%|8||100",
                "出入境人员/行李/货物/集装箱/交通工具/特殊物品/尸体骸骨/邮包卫生检疫完成率|100%|8||100",
                "输入性医学媒介生物截获率|100%|5||100", "安全风险监控计划完成率|100%|6||100"), indicators(p));
    }

    @Test
    void notesUnderTheTableAreNotImported() {
        String text = """
                项目名称\t法律援助
                预算数\t35
                一级指标\t二级指标\t三级指标\t指标值
                产出指标\t数量指标\t办理法律援助案件\t≥300件
                注：本表指标值为年度指标值\t\t\t
                说明：指标值确定依据见附件。
                """;
        JsonNode p = dryRunThenStore(text, 2056);
        assertEquals(1, p.get("indicators").size());
        assertEquals("办理法律援助案件", p.get("indicators").get(0).get("name").asText());
    }

    /** Imports the text into a fresh unit: a dry run stores nothing, the real run stores the one project it previewed. */
    private JsonNode dryRunThenStore(String text, int year) {
        String unit = world.unit("县交通运输局");
        JsonNode preview = post(text, year, unit, true);
        assertFalse(preview.get("stored").asBoolean(), preview.toString());
        assertEquals(1, preview.get("projects").size(), preview.toString());
        JsonNode previewed = preview.get("projects").get(0).get("indicators");
        assertEquals(0, Json.parse(finance.get("/api/projects?year=" + year + "&unitCode=" + unit).body()).size());

        JsonNode result = post(text, year, unit, false);
        assertTrue(result.get("stored").asBoolean(), result.toString());
        JsonNode p = Json.parse(finance.get("/api/projects/" + result.get("projects").get(0).get("id").asLong()).body());
        assertEquals(previewed.size(), p.get("indicators").size());
        for (int k = 0; k < previewed.size(); k++) {
            assertEquals(previewed.get(k).get("target").get("text").asText(), p.get("indicators").get(k).get("target").asText());
            JsonNode weight = previewed.get(k).get("weight");
            JsonNode stored = p.get("indicators").get(k).get("weight");
            assertEquals(weight.isNull(), stored.isNull(), "weight of indicator " + k);
            if (!weight.isNull()) {
                assertEquals(0, new BigDecimal(weight.asText()).compareTo(stored.decimalValue()));
            }
        }
        return p;
    }

    /** "name|target|weight|comparator|value" of each stored indicator. */
    private static List<String> indicators(JsonNode project) {
        List<String> out = new ArrayList<>();
        for (JsonNode i : project.get("indicators")) {
            JsonNode v = i.get("targetValue");
            out.add(String.join("|", i.get("name").asText(), i.get("target").asText(),
                    i.get("weight").isNull() ? "" : i.get("weight").decimalValue().stripTrailingZeros().toPlainString(),
                    v.get("comparator").isNull() ? "" : v.get("comparator").asText(),
                    v.get("value").isNull() ? "" : v.get("value").decimalValue().stripTrailingZeros().toPlainString()));
        }
        return out;
    }

    private JsonNode post(String text, int year, String unitCode, boolean dryRun) {
        Http.Response r = finance.postText("/api/imports/target-tables?year=" + year + "&dryRun=" + dryRun
                + "&confirmYear=true&unitCode=" + unitCode, text);
        assertEquals(200, r.status(), r.body());
        return Json.parse(r.body());
    }
}
