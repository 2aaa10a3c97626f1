package jixiao.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import jixiao.testing.Http;
import jixiao.testing.Json;
import jixiao.testing.World;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.List;

import static jixiao.db.Tables.AUDIT_ENTRY;
import static jixiao.db.Tables.SELF_EVALUATION;
import static jixiao.evaluation.SelfEvaluationApiTest.two;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code POST /api/self-evaluation/score}: a sheet scored from the request alone. */
@MicronautTest(transactional = false)
class WhatIfScoringApiTest {

    private static final String EXAMPLE = """
            {"budgetYuan":"319000","executedYuan":"287100","indicators":[
             {"level1":"产出指标","level2":"数量指标","name":"普法宣传场次","target":"≥55场","actual":"44","weight":null},
             {"level1":"满意度指标","level2":"服务对象满意度指标","name":"服务对象满意度","target":"明显提升","grade":"ACHIEVED","score":"9"}]}""";

    @Inject
    EmbeddedServer server;
    @Inject
    DSLContext db;
    @Inject
    TransactionOperations<Connection> tx;

    Http clerk;

    @BeforeEach
    void setUp() {
        World world = new World(server.getURL().toString());
        clerk = world.script(world.user("BUREAU", List.of(world.unit("试算单位"))));
    }

    /*
     * 287100 ÷ 319000 = 90% → 9.00. No 效益指标: its 30 points cannot be earned (national rule), so 产出 50, 满意度 10.
     * 普法宣传场次 44 ÷ 55 × 50 = 40.00; 满意度 达成 9 inside 8–10 → 9.00. Total 9 + 40 + 9 = 58.00 → 差.
     */
    @Test
    void theBriefsExample_total58Poor_storesNothing() {
        int sheetsBefore = count(true);
        int auditBefore = count(false);
        Http.Response r = clerk.postJson("/api/self-evaluation/score", EXAMPLE);
        assertEquals(200, r.status(), r.body());
        assertTrue(r.body().contains("\"executionScore\":9.00"), r.body());
        assertTrue(r.body().contains("\"total\":58.00"), r.body());
        JsonNode sheet = Json.parse(r.body());
        assertEquals("差", sheet.get("grade").asText());
        assertEquals("49.00", two(sheet.get("indicatorTotal")));
        JsonNode sessions = sheet.get("indicators").get(0);
        assertEquals("普法宣传场次", sessions.get("name").asText());
        assertEquals("50.00", two(sessions.get("weight")));
        assertEquals("40.00", two(sessions.get("score")));
        assertEquals("实际完成44场，目标≥55场，得分 = 44 ÷ 55 × 50 = 40.00", sessions.get("explanation").asText());
        JsonNode satisfaction = sheet.get("indicators").get(1);
        assertEquals("10.00", two(satisfaction.get("weight")));
        assertEquals("9.00", two(satisfaction.get("score")));
        assertEquals("定性指标评为“达成”（80%–100%，即8–10分），评价人给9分", satisfaction.get("explanation").asText());
        assertEquals("本项目无效益指标，其30分无法取得", sheet.get("notes").get(1).asText());
        assertEquals(3, sheet.get("problems").size());
        assertEquals("本项目没有效益指标，其30分无法取得：请在绩效目标表中补充效益指标，或为各指标设定合计90分的分值",
                sheet.get("problems").get(0).get("message").asText(), "the missing level is a problem, not only a note");
        assertEquals("第1项指标“普法宣传场次”未得满分，须填写偏差原因分析及改进措施",
                sheet.get("problems").get(1).get("message").asText());
        assertEquals(sheetsBefore, count(true));
        assertEquals(auditBefore, count(false));
    }

    /* Same sheet, 满意度 given 7 though 达成: outside 8–10, it counts 0 and the problem says why. */
    @Test
    void bandViolation_isAProblemNotARefusal() {
        JsonNode sheet = Json.parse(clerk.postJson("/api/self-evaluation/score", EXAMPLE.replace("\"score\":\"9\"", "\"score\":\"7\"")).body());
        assertEquals("0.00", two(sheet.get("indicators").get(1).get("score")));
        assertEquals("49.00", two(sheet.get("total")));
        assertEquals("第2项指标“服务对象满意度”评为“达成”，得分范围为8–10分（含8分，含10分），评价人给7分，超出该范围",
                sheet.get("problems").get(2).get("message").asText());
    }

    @Test
    void inputThatIsNotANumber_refusedNamingTheField() {
        Http.Response r = clerk.postJson("/api/self-evaluation/score",
                EXAMPLE.replace("\"actual\":\"44\"", "\"actual\":\"四十四\"").replace("\"319000\"", "\"31.9万\""));
        assertEquals(400, r.status());
        JsonNode problems = Json.parse(r.body()).get("problems");
        assertEquals("budgetYuan", problems.get(0).get("field").asText());
        assertEquals("indicators[0].actual", problems.get(1).get("field").asText());
        assertEquals("第1项指标“普法宣传场次”的实际完成值“四十四”不是数字", problems.get(1).get("message").asText());
    }

    private int count(boolean sheets) {
        return tx.executeRead(s -> sheets ? db.fetchCount(SELF_EVALUATION) : db.fetchCount(AUDIT_ENTRY));
    }
}
