package jixiao.browser;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jixiao.testing.Http;
import jixiao.testing.Json;
import jixiao.testing.MovableClock;
import jixiao.testing.Projects;
import jixiao.testing.World;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A bureau clerk's main journey in a real browser: from the to-do list's line of the report due to
 * the report form, spend and an indicator typed (the page works out the execution rate and the share of
 * the target as they type), a deviation cause ticked, saved, submitted; finance returns it with a
 * comment; the clerk finds it in the to-do list with the comment, corrects the spend and submits again.
 */
@MicronautTest(transactional = false)
class BureauJourneyTest {

    private static final int YEAR = 2096;
    /** Five days before the 6月底 report is due (10 July), so the to-do list shows it. */
    private static final MovableClock CLOCK = new MovableClock(LocalDateTime.of(YEAR, 7, 5, 10, 0));

    @MockBean(Clock.class)
    Clock clock() {
        return CLOCK;
    }

    @RegisterExtension
    static final Browser browser = new Browser();

    @Inject
    EmbeddedServer server;

    @Test
    void reportIsFilledSubmittedReturnedCorrectedAndSubmittedAgain() {
        World world = new World(server.getURL().toString());
        String unit = world.unit("浏览器填报单位");
        String clerk = world.user("BUREAU", List.of(unit), "王填报");
        Http finance = world.script(world.user("FINANCE", List.of(), "李审核"));
        String name = "法制建设" + World.next();
        Map<String, Object> body = Projects.leting(unit, "BJ" + World.next(), name);
        body.put("year", YEAR);
        body.put("indicators", List.of(Projects.indicator("产出指标", "数量指标", "开展行政执法培训", "≥6次"),
                Projects.indicator("效益指标", "社会效益指标", "维护社会稳定", "明显提升")));
        long project = Projects.create(world.script(clerk), body);
        String period = YEAR + "-06";
        String api = "/api/projects/" + project + "/reports/" + period;
        Browser b = browser.at(server.getURL().toString());

        Pages.logIn(b, clerk, World.PASSWORD);
        b.sees("王填报", "单位填报人");
        b.step("home");

        Pages.homeToReport(b, name, "6月底");
        b.sees("6月底执行情况", "未填报", "目标：≥6次", "计划支出进度", "50.00%");
        b.step("report-form");

        b.type(By.id("spentYuan"), "9000");
        b.waitToSee("30.00%", java.time.Duration.ofSeconds(5));
        assertEquals("30.00%", b.find(By.id("rate")).getText(), "the execution rate as the clerk types");
        assertEquals("20.00", b.find(By.id("lag")).getText(), "plan 50% − 30%");
        b.type(By.name("i0.current"), "2");
        assertEquals("33.33%", b.find(By.id("done-0")).getText(), "2 of ≥6次");
        b.type(By.name("i0.expected"), "6次");
        b.choose(By.name("i0.likelihood"), "有可能");
        b.find(By.xpath("//input[@name='i0.causes' and @value='FUNDING']")).click();
        b.type(By.name("i0.note"), "培训经费6月下旬才拨付");
        b.type(By.name("i0.action"), "7月起每月集中开展一次培训");
        b.choose(By.name("i1.grade"), "部分达成");
        b.type(By.name("i1.expected"), "达成");
        b.choose(By.name("i1.likelihood"), "确定能");
        b.step("report-typed");

        b.press("保存草稿");
        b.sees("已保存草稿", "草稿");
        assertEquals("9000.00", b.find(By.id("spentYuan")).getAttribute("value"));
        b.step("draft-saved");

        b.press("提交");
        b.sees("已提交，等待财政局审核", "报告已提交，等待财政局审核，不能修改。");
        b.step("submitted");

        JsonNode submitted = Json.parse(finance.get(api).body());
        assertEquals("SUBMITTED", submitted.get("status").asText());
        Http.Response returned = finance.postJson(api + "/return", Json.write(Map.of("version", submitted.get("version").asLong(),
                "comment", "累计支出与国库集中支付数不符，请核对后重报")));
        assertEquals(200, returned.status(), returned.body());

        Pages.homeToReturnedReport(b, name, "累计支出与国库集中支付数不符，请核对后重报");
        b.sees("财政局（李审核", "退回了本报告", "累计支出与国库集中支付数不符，请核对后重报", "已退回");
        b.step("returned-report");

        b.type(By.id("spentYuan"), "12000");
        assertEquals("40.00%", b.find(By.id("rate")).getText());
        b.press("提交");
        b.sees("已提交，等待财政局审核");
        b.step("resubmitted");

        JsonNode again = Json.parse(finance.get(api).body());
        assertEquals("SUBMITTED", again.get("status").asText());
        assertEquals("12000.00", again.get("spentYuan").asText());
        Pages.unitReports(b, YEAR, unit, period);
        b.sees(name, "已提交", "40.00%");
        b.step("unit-list-after");
    }
}
