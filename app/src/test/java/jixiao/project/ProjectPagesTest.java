package jixiao.project;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jixiao.testing.Http;
import jixiao.testing.Json;
import jixiao.testing.Projects;
import jixiao.testing.World;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The registry's pages in a browser session: the table as published, and the form's validation. */
@MicronautTest
class ProjectPagesTest {

    @Inject
    EmbeddedServer server;

    @Test
    void theDetailPageMergesTheLevelCellsAsThePublishedTableDoes() {
        World world = new World(server.getURL().toString());
        String unit = world.unit("页面单位");
        String clerk = world.user("BUREAU", List.of(unit));
        long id = Projects.create(world.script(clerk), Projects.leting(unit, "PG" + World.next(), "页面测试项目"));
        String html = world.browser(clerk).get("/projects/" + id).body();
        // 产出指标 spans its three rows (数量/时效/成本), each 二级 cell one row.
        assertTrue(html.contains("<td rowspan=\"3\">产出指标</td>"), html);
        assertTrue(html.contains("<td rowspan=\"1\">数量指标</td>"));
        assertTrue(html.contains("<td rowspan=\"1\">满意度指标</td>"));
        assertTrue(html.contains("3月底") && html.contains("25%") && html.contains("100%"), "the spend plan row");
        assertTrue(html.contains("单位：万元"));
    }

    @Test
    void theFormRefusesBadInputShowsWhyAndStoresNothing() {
        World world = new World(server.getURL().toString());
        String unit = world.unit("表单单位");
        String clerk = world.user("BUREAU", List.of(unit));
        Http browser = world.browser(clerk);
        browser.get("/projects/new");
        Http.Response r = browser.postForm("/projects/new", Map.ofEntries(
                Map.entry("year", "2024"), Map.entry("unitCode", unit), Map.entry("kind", "PROJECT"), Map.entry("code", ""),
                Map.entry("name", "表单测试项目"), Map.entry("moneyUnit", "万元"), Map.entry("budget", "三万"),
                Map.entry("fiscalFunds", ""), Map.entry("otherFunds", ""),
                Map.entry("planMonth", List.of("3", "6", "10", "12")), Map.entry("plan_3", "60"), Map.entry("plan_6", "50"),
                Map.entry("plan_10", ""), Map.entry("plan_12", "100"),
                Map.entry("ind_id", List.of("")), Map.entry("ind_periodTarget", List.of("")),
                Map.entry("ind_level1", List.of("")), Map.entry("ind_level2", List.of("数量指标")),
                Map.entry("ind_name", List.of("普法宣传场次")), Map.entry("ind_description", List.of("")),
                Map.entry("ind_target", List.of("≥55场")), Map.entry("ind_basis", List.of("")), Map.entry("ind_weight", List.of(""))));
        assertEquals(400, r.status());
        assertTrue(r.body().contains("预算数“三万”不是有效的数字"), "names the amount field");
        assertTrue(r.body().contains("6月底（50%）低于3月底（60%）") || r.body().contains("累计计划不能减少"), "names the plan checkpoint");
        assertTrue(r.body().contains("第 1 条指标缺少一级指标"), "names the indicator row");
        assertTrue(r.body().contains("value=\"表单测试项目\""), "what was typed is kept");
        assertEquals(0, Json.parse(world.script(clerk).get("/api/projects?unitCode=" + unit).body()).size());
    }
}
