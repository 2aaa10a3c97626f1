package jixiao.browser;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jixiao.testing.Http;
import jixiao.testing.Json;
import jixiao.testing.Projects;
import jixiao.testing.World;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A finance officer's main journey in a real browser: the monitoring dashboard, a run started there and
 * followed by the page's script until it reloads with the result, the red alert it raised, then the
 * reports awaiting review and one approved.
 */
@MicronautTest(transactional = false)
class FinanceJourneyTest {

    private static final int YEAR = 2097;

    @RegisterExtension
    static final Browser browser = new Browser();

    @Inject
    EmbeddedServer server;

    @Test
    void runMonitoringFollowTheRedAlertAndApproveTheReport() {
        World world = new World(server.getURL().toString());
        String unit = world.unit("浏览器监控单位");
        Http clerk = world.script(world.user("BUREAU", List.of(unit), "王填报"));
        String officer = world.user("FINANCE", List.of(), "赵财政");
        String name = "法制建设" + World.next();
        Map<String, Object> body = Projects.leting(unit, "FJ" + World.next(), name);
        body.put("year", YEAR);
        body.put("indicators", List.of(Projects.indicator("产出指标", "数量指标", "开展行政执法培训", "≥6次")));
        long project = Projects.create(clerk, body);
        // 6000 of 30000 元 by 6月底 against a plan of 50%: 20%, 40% of the plan → red
        String period = YEAR + "-06";
        String api = "/api/projects/" + project + "/reports/" + period;
        JsonNode blank = Json.parse(clerk.get(api).body());
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("indicatorId", blank.get("indicators").get(0).get("indicatorId").asLong());
        entry.put("currentValue", "3");
        entry.put("expectedFullYear", "6");
        entry.put("likelihood", "CERTAIN");
        entry.put("deviationCauses", List.of());
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("version", null);
        report.put("spentYuan", "6000");
        report.put("indicators", List.of(entry));
        Http.Response saved = clerk.putJson(api, Json.write(report));
        assertEquals(200, saved.status(), saved.body());
        Http.Response submitted = clerk.postJson(api + "/submit", Json.write(Map.of("version", Json.parse(saved.body()).get("version").asLong())));
        assertEquals(200, submitted.status(), submitted.body());
        Browser b = browser.at(server.getURL().toString());

        Pages.logIn(b, officer, World.PASSWORD);
        b.sees("赵财政", "运行监控");
        b.step("home");

        b.follow("运行监控");
        b.sees("运行监控", "发起监控", "各单位", "各项目", "监控记录");
        b.step("dashboard");

        WebElement asOf = b.find(By.name("asOf"));
        Pages.typeDate(b, asOf, YEAR, 7, 15);
        b.press("发起监控");
        assertTrue(b.path().matches("/monitoring\\?year=" + YEAR + "&run=\\d+"), b.path());
        b.step("run-started");
        // the panel's script polls the run and reloads the page once it is done
        b.waitFor(By.cssSelector("#run-panel[data-finished='true']"), Duration.ofSeconds(60));
        b.sees("已完成");
        // the dashboard's charts are drawn (ECharts, SVG) from the same numbers as the unit table
        for (String chart : List.of("chart-dashboard-lights", "chart-dashboard-execution", "chart-dashboard-alerts")) {
            WebElement drawn = b.waitFor(By.cssSelector("#" + chart + "[data-drawn='true']"), Duration.ofSeconds(10));
            assertTrue(drawn.isDisplayed() && !drawn.findElements(By.tagName("svg")).isEmpty(), chart);
        }
        b.step("run-finished");

        new org.openqa.selenium.support.ui.Select(b.find(By.cssSelector("form[action='/monitoring'] select[name=unitCode]"))).selectByValue(unit);
        b.press("筛选");
        WebElement row = b.find(By.cssSelector("tr[data-project-id='" + project + "']"));
        assertEquals("RED", row.getAttribute("data-light"));
        assertTrue(row.getText().contains("红灯") && row.getText().contains(name), row.getText());
        b.step("unit-lights");

        b.clickToLoad(row.findElement(By.cssSelector("a[href^='/alerts']")));
        b.sees("预警", name, "预算执行进度", "待处理");
        b.step("project-alerts");
        b.clickToLoad(By.partialLinkText("实际支出20%"));
        b.sees("红灯 · 预算执行进度", "6月底计划支出50%，实际支出20%", "历次监控", name);
        b.step("alert");

        Pages.reviewQueue(b, name);
        b.sees("审核", "审核通过", "退回", "20.00%");
        assertEquals("6000.00", b.find(By.id("spentYuan")).getAttribute("value"), "the spend, read-only for finance");
        b.step("report-to-review");

        b.type(By.name("comment"), "执行偏慢，请加快支付进度");
        b.press("审核通过");
        b.sees("已审核通过", "报告已审核，不能修改。", "执行偏慢，请加快支付进度");
        b.step("approved");
        assertEquals("APPROVED", Json.parse(clerk.get(api).body()).get("status").asText());
    }
}
