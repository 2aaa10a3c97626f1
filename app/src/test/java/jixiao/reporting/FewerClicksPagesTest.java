package jixiao.reporting;

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

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One click from a project to its reports, alerts and 自评, from an alert to its report; amounts
 * and dates as people write them. Years 2148, 2150.
 */
@MicronautTest
class FewerClicksPagesTest {

    @Inject
    EmbeddedServer server;

    World world;
    String unit;
    Http bureau;
    Http api;

    @BeforeEach
    void setUp() {
        world = new World(server.getURL().toString());
        unit = world.unit("链接单位");
        String name = world.user("BUREAU", List.of(unit));
        bureau = world.browser(name);
        api = world.script(name);
    }

    private long project(int year, String budgetWan) {
        Map<String, Object> p = Projects.leting(unit, "FC" + World.next(), "链接项目" + World.next());
        p.put("year", year);
        p.put("budget", budgetWan);
        p.put("fiscalFunds", budgetWan);
        return Projects.create(api, p);
    }

    @Test
    void theProjectPageLeadsToEachPeriodsReportItsAlertsAndItsSelfEvaluation() {
        int year = 2148;
        long project = project(year, "3.00");
        assertEquals(200, api.putJson(Reports.path(project, year + "-03"), Json.write(Reports.body(null, "1000", List.of()))).status());

        String html = bureau.get("/projects/" + project).body();
        for (String period : List.of("03", "06", "10", "12")) {
            String href = "/reports/projects/" + project + "/" + year + "-" + period;
            assertTrue(html.contains("href=\"" + href + "\""), "links the " + period + " report: " + html);
            Http.Response form = bureau.get(href);
            assertEquals(200, form.status(), form.body());
            assertTrue(form.body().contains(Reports.get(api, project, year + "-" + period).get("projectName").asText()));
        }
        String links = html.substring(html.indexOf("id=\"project-links\""));
        assertTrue(links.indexOf("草稿") < links.indexOf("未填报"), "3月底 shows its draft, the later periods 未填报");
        assertTrue(links.contains("2148年4月10日"), "deadlines in Chinese form");
        String alerts = "/alerts?year=" + year + "&amp;projectId=" + project;
        assertTrue(links.contains("href=\"" + alerts + "\""), links);
        assertEquals(200, bureau.get(alerts.replace("&amp;", "&")).status());
        assertTrue(links.contains("href=\"/projects/" + project + "/evaluation\""));
        assertEquals(200, bureau.get("/projects/" + project + "/evaluation").status());
    }

    @Test
    void anAlertLeadsToTheReportItIsAbout() {
        int year = 2150;
        long project = project(year, "3.00");
        Http finance = world.script(world.user("FINANCE", List.of()));
        Http.Response started = finance.postJson("/api/monitoring/runs", Json.write(Map.of("asOf", year + "-04-20")));
        assertEquals(202, started.status(), started.body());
        long run = Json.parse(started.body()).get("id").asLong();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        String status = "";
        while (Instant.now().isBefore(deadline) && !status.equals("DONE") && !status.equals("FAILED")) {
            status = Json.parse(finance.get("/api/monitoring/runs/" + run).body()).get("status").asText();
            pause();
        }
        assertEquals("DONE", status);
        JsonNode alerts = Json.parse(finance.get("/api/alerts?year=" + year + "&projectId=" + project).body());
        assertFalse(alerts.isEmpty(), "the missing 3月底 report is an alert");
        JsonNode alert = alerts.get(0);
        String href = "/reports/projects/" + project + "/" + alert.get("periodCode").asText();

        String page = bureau.get("/alerts/" + alert.get("id").asLong()).body();
        assertTrue(page.contains("href=\"" + href + "\""), page);
        assertTrue(page.contains(year + "年4月20日"), "the as-of date in Chinese form");
        Http.Response form = bureau.get(href);
        assertEquals(200, form.status());
        assertTrue(form.body().contains(alert.get("projectName").asText()));
    }

    @Test
    void amountsShowThousandsSeparatorsOnPagesButNotInFieldsOrJson() {
        int year = 2148;
        long project = project(year, "117");
        String period = year + "-06";
        assertEquals(200, api.putJson(Reports.path(project, period), Json.write(Reports.body(null, "1023456.5", List.of()))).status());

        String overview = bureau.get("/reports/units/" + unit + "/" + period).body();
        assertTrue(overview.contains(">1,170,000.00<"), "the budget in 元: " + overview);
        assertTrue(overview.contains(">1,023,456.50<"), "the spend");
        assertTrue(overview.contains("value=\"1023456.50\""), "the spend field keeps a plain number");

        String form = bureau.get("/reports/projects/" + project + "/" + period).body();
        assertTrue(form.contains(">1,170,000.00<"), form);
        assertTrue(form.contains("value=\"1023456.50\""), "inputs keep plain numbers");
        assertTrue(form.contains("data-budget=\"1170000.00\""), "the script reads plain numbers");
        assertTrue(form.contains("截至 " + year + "年6月30日"), "dates in Chinese form");

        assertTrue(bureau.get("/projects?year=" + year).body().contains("117.00 万元"));
        JsonNode json = Reports.get(api, project, period);
        assertEquals("1170000.00", json.get("budgetYuan").asText(), "the JSON API is unchanged");
        assertEquals("1023456.50", json.get("spentYuan").asText());
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
