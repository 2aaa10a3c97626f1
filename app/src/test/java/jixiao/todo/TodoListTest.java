package jixiao.todo;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jixiao.reporting.Reports;
import jixiao.testing.Http;
import jixiao.testing.Json;
import jixiao.testing.MovableClock;
import jixiao.testing.Projects;
import jixiao.testing.Sql;
import jixiao.testing.World;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The to-do list of each role over HTTP, on a clock set to 2003-07-05 (fiscal years 2002–2003, the reporting
 * defaults: periods 3/6/10/12月底, each due 10 days after its end). The page and {@code /api/me/todo} list the same
 * lines, most urgent first, each pointing at its form.
 */
@MicronautTest
class TodoListTest {

    static final MovableClock CLOCK = new MovableClock(LocalDateTime.of(2003, 7, 5, 10, 0));

    @MockBean(Clock.class)
    Clock clock() {
        return CLOCK;
    }

    @Inject
    EmbeddedServer server;
    @Inject
    Sql sql;

    static long project(Http http, String unit, int year, String name) {
        Map<String, Object> p = Projects.leting(unit, "TD" + World.next(), name + World.next());
        p.put("year", year);
        return Projects.create(http, p);
    }

    /** Saves a complete report and submits it. */
    static void submit(Http bureau, long project, String period) {
        JsonNode blank = Reports.get(bureau, project, period);
        Http.Response saved = bureau.putJson(Reports.path(project, period), Json.write(Reports.body(null, "6000", Reports.complete(blank))));
        assertEquals(200, saved.status(), saved.body());
        Http.Response submitted = bureau.postJson(Reports.path(project, period) + "/submit",
                Json.write(Map.of("version", Json.parse(saved.body()).get("version").asLong())));
        assertEquals(200, submitted.status(), submitted.body());
    }

    static List<String> lines(JsonNode todo) {
        List<String> lines = new ArrayList<>();
        for (JsonNode i : todo.get("items")) {
            lines.add(i.get("kind").asText() + " " + text(i.get("projectId")) + " " + text(i.get("period")) + " "
                    + text(i.get("due")) + " " + text(i.get("daysLeft")) + " " + i.get("href").asText());
        }
        return lines;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? "-" : n.asText();
    }

    private static JsonNode todo(Http http) {
        Http.Response r = http.get("/api/me/todo");
        assertEquals(200, r.status(), r.body());
        return Json.parse(r.body());
    }

    @Test
    void aBureauClerkSeesOverdueReturnedAndDueReportsAndLastYearsSelfEvaluationsMostUrgentFirst() {
        CLOCK.set(LocalDateTime.of(2003, 7, 5, 10, 0));
        World world = new World(server.getURL().toString());
        String unit = world.unit("待办单位");
        String clerk = world.user("BUREAU", List.of(unit));
        Http bureau = world.script(clerk);
        Http finance = world.script(world.user("FINANCE", List.of()));
        long a = project(bureau, unit, 2003, "甲项目");
        long b = project(bureau, unit, 2003, "乙项目");
        long c = project(bureau, unit, 2002, "丙项目");
        submit(bureau, a, "2003-03");
        assertEquals(200, finance.postJson(Reports.path(a, "2003-03") + "/return",
                Json.write(Map.of("comment", "请补充支出明细"))).status());
        // 丙 was submitted for 2002-06 once: that period is not owed
        submit(bureau, c, "2002-06");

        JsonNode list = todo(bureau);
        assertEquals("2003-07-05", list.get("today").asText());
        assertEquals(List.of(
                // overdue, the longest overdue first; 2002-03 (deadline 2002-04-10) is past the 366 days looked back
                "REPORT_OVERDUE " + c + " 2002-10 2002-11-10 -237 /reports/projects/" + c + "/2002-10",
                "REPORT_OVERDUE " + c + " 2002-12 2003-01-10 -176 /reports/projects/" + c + "/2002-12",
                "REPORT_OVERDUE " + b + " 2003-03 2003-04-10 -86 /reports/projects/" + b + "/2003-03",
                "REPORT_RETURNED " + a + " 2003-03 2003-04-10 -86 /reports/projects/" + a + "/2003-03",
                // due in 5 days; 2003-10 (deadline 2003-11-10) is not due yet
                "REPORT_DUE " + a + " 2003-06 2003-07-10 5 /reports/projects/" + a + "/2003-06",
                "REPORT_DUE " + b + " 2003-06 2003-07-10 5 /reports/projects/" + b + "/2003-06",
                "EVALUATION_DUE " + c + " - - - /projects/" + c + "/evaluation/edit"), lines(list));
        JsonNode returned = list.get("items").get(3);
        assertEquals("请补充支出明细", returned.get("detail").asText(), "the return's comment");
        assertTrue(returned.get("title").asText().contains("甲项目") && returned.get("title").asText().contains("3月底"),
                returned.toString());
        assertEquals(unit, returned.get("unitCode").asText());

        // The home page is the same list, in the same order, one click from each form.
        Http page = world.browser(clerk);
        String html = page.get("/").body();
        assertTrue(html.contains("待办事项"), html);
        int previous = -1;
        for (String line : lines(list)) {
            String href = line.substring(line.lastIndexOf(' ') + 1);
            int at = html.indexOf("href=\"" + href + "\"", previous + 1);
            assertTrue(at > previous, "in order: " + href);
            previous = at;
        }
        assertTrue(html.contains("逾期 237 天") && html.contains("还剩 5 天") && html.contains("请补充支出明细"), html);

        // Once submitted, the line is gone; another unit's clerk never sees it.
        submit(bureau, a, "2003-06");
        assertTrue(lines(todo(bureau)).stream().noneMatch(l -> l.startsWith("REPORT_DUE " + a + " ")));
        Http stranger = world.script(world.user("BUREAU", List.of(world.unit("别的单位"))));
        assertEquals(List.of(), lines(todo(stranger)));
    }

    @Test
    void financeSeesUnitsOverdueAndWhatWaitsForReviewWithHowLong() {
        CLOCK.set(LocalDateTime.of(2003, 7, 1, 9, 0));
        World world = new World(server.getURL().toString());
        String unit = world.unit("审核单位");
        Http bureau = world.script(world.user("BUREAU", List.of(unit)));
        Http finance = world.script(world.user("FINANCE", List.of()));
        long early = project(bureau, unit, 2003, "先交项目");
        long late = project(bureau, unit, 2003, "后交项目");
        long none = project(bureau, unit, 2003, "未交项目");
        // a submitted report without its submission time (as written before it was kept): listed, wait unknown
        long untimed = project(bureau, unit, 2003, "无时间项目");
        sql.update("INSERT INTO period_report (project_id, period_id, status, spent_yuan, version, created_at, updated_at) "
                + "VALUES (?, ?, 'SUBMITTED', 100, 0, ?, ?)", untimed, periodId("2003-06"), LocalDateTime.of(2003, 7, 1, 8, 0),
                LocalDateTime.of(2003, 7, 1, 8, 0));
        submit(bureau, early, "2003-03");
        CLOCK.set(LocalDateTime.of(2003, 7, 3, 9, 0));
        submit(bureau, late, "2003-03");
        // a red alert nobody has given 整改措施 for, and one the bureau has
        long periodId = periodId("2003-03");
        long open = alert(unit, none, periodId, "RED", "OPEN", null);
        alert(unit, late, periodId, "RED", "ACKNOWLEDGED", "已督促");
        alert(unit, early, periodId, "YELLOW", "OPEN", null);
        CLOCK.set(LocalDateTime.of(2003, 7, 5, 10, 0));

        JsonNode list = todo(finance);
        List<String> mine = new ArrayList<>();
        for (JsonNode i : list.get("items")) {
            if (unit.equals(text(i.get("unitCode")))) {
                mine.add(i.get("kind").asText() + " " + text(i.get("projectId")) + " " + text(i.get("period")) + " "
                        + text(i.get("waitingDays")) + " " + text(i.get("daysLeft")) + " " + i.get("href").asText());
            }
        }
        assertEquals(List.of(
                "UNIT_OVERDUE - 2003-03 - -86 /reports/units/" + unit + "/2003-03",
                "REPORT_TO_REVIEW " + early + " 2003-03 4 - /reports/projects/" + early + "/2003-03",
                "REPORT_TO_REVIEW " + late + " 2003-03 2 - /reports/projects/" + late + "/2003-03",
                "REPORT_TO_REVIEW " + untimed + " 2003-06 - - /reports/projects/" + untimed + "/2003-06",
                "RED_ALERT_WITHOUT_ACTION " + none + " 2003-03 0 - /alerts/" + open), mine);
        JsonNode overdue = list.get("items").get(indexOf(list, "UNIT_OVERDUE", unit));
        assertTrue(overdue.get("title").asText().contains("2 个项目未提交"), overdue.toString());
        JsonNode last = list.get("items").get(list.get("items").size() - 1);
        assertEquals("MONITORING_RUN", last.get("kind").asText(), "the monitoring schedule comes last");
        assertTrue(last.get("title").asText().contains("下次定时运行：2003-07-06 01:00"), last.toString());
        assertEquals("/monitoring", last.get("href").asText());

        // a bureau clerk's list has none of finance's lines
        List<String> bureauKinds = new ArrayList<>();
        todo(bureau).get("items").forEach(i -> bureauKinds.add(i.get("kind").asText()));
        assertTrue(bureauKinds.stream().noneMatch(k -> k.equals("REPORT_TO_REVIEW") || k.equals("UNIT_OVERDUE")
                || k.equals("MONITORING_RUN")), bureauKinds.toString());
        assertTrue(bureauKinds.contains("ALERT_TO_ACKNOWLEDGE"), bureauKinds.toString());
    }

    @Test
    void theAdministratorSeesLockedAccountsAndClerksWithoutAUnitFirst() {
        CLOCK.set(LocalDateTime.of(2003, 7, 5, 10, 0));
        World world = new World(server.getURL().toString());
        String unit = world.unit("管理单位");
        String locked = world.user("FINANCE", List.of());
        String unbound = world.user("BUREAU", List.of(unit));
        sql.update("UPDATE app_user SET locked_until = ? WHERE username = ?", LocalDateTime.of(2003, 7, 5, 10, 30), locked);
        sql.update("DELETE FROM user_unit WHERE user_id = (SELECT id FROM app_user WHERE username = ?)", unbound);

        JsonNode list = todo(world.admin());
        List<String> kinds = new ArrayList<>();
        list.get("items").forEach(i -> kinds.add(i.get("kind").asText()));
        int lockedAt = -1;
        int unboundAt = -1;
        for (int i = 0; i < list.get("items").size(); i++) {
            String title = list.get("items").get(i).get("title").asText();
            if (title.contains("账号 " + locked + " ")) {
                lockedAt = i;
                assertEquals("ACCOUNT_LOCKED", kinds.get(i));
                assertTrue(title.contains("2003-07-05 10:30"), title);
            }
            if (title.contains("单位填报人 " + unbound + " ")) {
                unboundAt = i;
                assertEquals("USER_WITHOUT_UNIT", kinds.get(i));
            }
        }
        assertTrue(lockedAt >= 0 && unboundAt > lockedAt, kinds.toString());
        assertTrue(list.get("items").get(unboundAt).get("href").asText().startsWith("/admin/users/"));
        int firstOther = kinds.indexOf(kinds.stream().filter(k -> !k.equals("ACCOUNT_LOCKED") && !k.equals("USER_WITHOUT_UNIT"))
                .findFirst().orElse("MONITORING_RUN"));
        assertTrue(firstOther > unboundAt, "account matters first: " + kinds);
        // finance does not see them
        Http finance = world.script(world.user("FINANCE", List.of()));
        assertTrue(!todo(finance).toString().contains("单位填报人 " + unbound + " "));
    }

    private static int indexOf(JsonNode list, String kind, String unit) {
        for (int i = 0; i < list.get("items").size(); i++) {
            JsonNode item = list.get("items").get(i);
            if (item.get("kind").asText().equals(kind) && unit.equals(text(item.get("unitCode")))) {
                return i;
            }
        }
        throw new AssertionError(kind + " of " + unit);
    }

    private long periodId(String code) {
        return sql.queryLong("SELECT id FROM reporting_period WHERE code = ?", code);
    }

    /** An alert as a monitoring run stores it (run 0: the sweep itself is tested in monitoring/). */
    private long alert(String unit, long project, long periodId, String light, String status, String action) {
        String subject = "TODO:" + project + ":" + periodId + ":" + World.next();
        sql.update("INSERT INTO monitoring_alert (fiscal_year, unit_id, project_id, period_id, rule, subject_key, active_key, light, "
                        + "message, as_of, status, first_seen_at, last_seen_at, first_run_id, last_run_id, corrective_action, version) "
                        + "VALUES (2003, (SELECT id FROM unit WHERE code = ?), ?, ?, 'REPORT_MISSING', ?, ?, ?, '3月底执行情况未报送', "
                        + "'2003-07-05', ?, ?, ?, 0, 0, ?, 0)",
                unit, project, periodId, subject, subject, light, status, LocalDateTime.of(2003, 7, 5, 1, 0),
                LocalDateTime.of(2003, 7, 5, 1, 0), action);
        return sql.queryLong("SELECT id FROM monitoring_alert WHERE subject_key = ?", subject);
    }
}
