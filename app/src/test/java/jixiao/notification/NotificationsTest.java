package jixiao.notification;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jixiao.reporting.Reports;
import jixiao.scheduler.DeadlineReminderJob;
import jixiao.scheduler.DeadlineReminders;
import jixiao.testing.Http;
import jixiao.testing.Json;
import jixiao.testing.MovableClock;
import jixiao.testing.Projects;
import jixiao.testing.Sql;
import jixiao.testing.World;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In-app notifications over HTTP: who is told of a return, an approval, a red alert, a finished run and a coming
 * deadline; the bell's count; marking read; nobody reads another's. The clock is set to 2003-07-05 (fiscal years
 * 2001–2003). No SMTP host here, so no mail is queued (see {@link MailOutboxTest}).
 */
@MicronautTest(transactional = false)
class NotificationsTest {

    static final MovableClock CLOCK = new MovableClock(LocalDateTime.of(2003, 7, 5, 10, 0));

    @MockBean(Clock.class)
    Clock clock() {
        return CLOCK;
    }

    @Inject
    EmbeddedServer server;
    @Inject
    Sql sql;
    @Inject
    Scheduler scheduler;
    @Inject
    DeadlineReminders reminders;

    static long project(Http http, String unit, int year, String name) {
        Map<String, Object> p = Projects.leting(unit, "NT" + World.next(), name + World.next());
        p.put("year", year);
        return Projects.create(http, p);
    }

    /** Saves a complete report (or corrects the saved one) and submits it. */
    static void submit(Http bureau, long project, String period) {
        JsonNode current = Reports.get(bureau, project, period);
        Http.Response saved = bureau.putJson(Reports.path(project, period),
                Json.write(Reports.body(Reports.version(current), "6000", Reports.complete(current))));
        assertEquals(200, saved.status(), saved.body());
        Http.Response submitted = bureau.postJson(Reports.path(project, period) + "/submit",
                Json.write(Map.of("version", Json.parse(saved.body()).get("version").asLong())));
        assertEquals(200, submitted.status(), submitted.body());
    }

    static JsonNode notifications(Http http, String query) {
        Http.Response r = http.get("/api/me/notifications" + query);
        assertEquals(200, r.status(), r.body());
        return Json.parse(r.body());
    }

    static List<String> kinds(JsonNode page) {
        List<String> kinds = new ArrayList<>();
        page.get("items").forEach(i -> kinds.add(i.get("kind").asText()));
        return kinds;
    }

    @Test
    void aReturnAndAnApprovalAreToldToTheUnitsClerksWithTheComment() {
        CLOCK.set(LocalDateTime.of(2003, 7, 5, 10, 0));
        World world = new World(server.getURL().toString());
        String unit = world.unit("通知单位");
        Http clerk = world.script(world.user("BUREAU", List.of(unit)));
        Http colleague = world.script(world.user("BUREAU", List.of(unit)));
        Http stranger = world.script(world.user("BUREAU", List.of(world.unit("别的单位"))));
        Http finance = world.script(world.user("FINANCE", List.of()));
        Http approver = world.script(world.user("FINANCE", List.of()));
        // an address and mail on, but no SMTP host configured: nothing is queued
        assertEquals(200, clerk.putJson("/api/me", Json.write(Map.of("email", "clerk@example.cn"))).status());
        long p = project(clerk, unit, 2003, "法制建设");
        String name = Json.parse(clerk.get("/api/projects/" + p).body()).get("name").asText();
        submit(clerk, p, "2003-03");
        assertEquals(200, finance.postJson(Reports.path(p, "2003-03") + "/return", Json.write(Map.of("comment", "请补充支出明细"))).status());

        JsonNode unread = notifications(clerk, "?unread=true");
        assertEquals(1, unread.get("unreadCount").asInt());
        assertEquals(1, unread.get("items").size());
        JsonNode returned = unread.get("items").get(0);
        assertEquals("REPORT_RETURNED", returned.get("kind").asText());
        assertEquals("执行情况填报被退回：" + name + "（3月底）", returned.get("title").asText());
        assertEquals("意见：请补充支出明细", returned.get("body").asText());
        assertEquals("/reports/projects/" + p + "/2003-03", returned.get("href").asText());
        assertEquals(unit, returned.get("unitCode").asText());
        assertEquals(p, returned.get("projectId").asLong());
        assertEquals("2003-03", returned.get("period").asText());
        assertTrue(returned.get("readAt").isNull());
        assertEquals(List.of("REPORT_RETURNED"), kinds(notifications(colleague, "?unread=true")), "every clerk of the unit");
        assertEquals(List.of(), kinds(notifications(stranger, "")), "not another unit's");
        assertEquals(List.of(), kinds(notifications(finance, "")), "not finance");

        // corrected and approved: told too, newest first; returned once more: a new event, told again
        submit(clerk, p, "2003-03");
        assertEquals(200, approver.postJson(Reports.path(p, "2003-03") + "/approve", "{}").status());
        assertEquals(List.of("REPORT_APPROVED", "REPORT_RETURNED"), kinds(notifications(clerk, "?unread=true")));
        assertTrue(notifications(clerk, "").get("items").get(0).get("body").isNull(), "approved without a comment");
        assertEquals(200, finance.postJson(Reports.path(p, "2003-03") + "/return", Json.write(Map.of("comment", "金额有误"))).status());
        JsonNode three = notifications(clerk, "?unread=true");
        assertEquals(List.of("REPORT_RETURNED", "REPORT_APPROVED", "REPORT_RETURNED"), kinds(three));
        assertEquals("意见：金额有误", three.get("items").get(0).get("body").asText());

        long clerkId = sql.queryLong("SELECT user_id FROM notification WHERE id = ?", returned.get("id").asLong());
        assertEquals(0, sql.queryLong("SELECT COUNT(*) FROM mail_outbox WHERE user_id = ?", clerkId), "no SMTP host, no mail");
    }

    @Test
    void theBellCountsUnreadAndOnlyTheOwnerMarksOneRead() {
        CLOCK.set(LocalDateTime.of(2003, 7, 5, 10, 0));
        World world = new World(server.getURL().toString());
        String unit = world.unit("铃铛单位");
        String clerkName = world.user("BUREAU", List.of(unit));
        Http clerk = world.script(clerkName);
        String otherName = world.user("BUREAU", List.of(unit));
        Http other = world.script(otherName);
        Http finance = world.script(world.user("FINANCE", List.of()));
        long p = project(clerk, unit, 2003, "铃铛项目");
        long q = project(clerk, unit, 2003, "另一项目");
        submit(clerk, p, "2003-03");
        submit(clerk, q, "2003-03");
        finance.postJson(Reports.path(p, "2003-03") + "/return", Json.write(Map.of("comment", "一")));
        finance.postJson(Reports.path(q, "2003-03") + "/return", Json.write(Map.of("comment", "二")));

        Http browser = world.browser(clerkName);
        String home = browser.get("/").body();
        assertTrue(home.contains("href=\"/notifications\""), home);
        assertTrue(home.contains("<span class=\"count\">2</span>"), "the bell shows 2 unread: " + home);

        JsonNode items = notifications(clerk, "").get("items");
        long newest = items.get(0).get("id").asLong();
        long older = items.get(1).get("id").asLong();
        // another person's notification is not found, and stays unread for its owner
        long othersNewest = notifications(other, "").get("items").get(0).get("id").asLong();
        assertEquals(404, clerk.postJson("/api/me/notifications/" + othersNewest + "/read", "{}").status());
        assertEquals(2, notifications(other, "?unread=true").get("unreadCount").asInt());
        assertEquals(404, clerk.postJson("/api/me/notifications/999999999/read", "{}").status());

        Http.Response read = clerk.postJson("/api/me/notifications/" + newest + "/read", "{}");
        assertEquals(200, read.status(), read.body());
        assertFalse(Json.parse(read.body()).get("readAt").isNull());
        assertEquals(List.of(older), ids(notifications(clerk, "?unread=true")));
        assertEquals(2, notifications(clerk, "").get("items").size(), "all, read or not");
        assertTrue(browser.get("/projects").body().contains("<span class=\"count\">1</span>"));

        // a page at a time, newest first
        JsonNode first = notifications(clerk, "?limit=1");
        assertEquals(List.of(newest), ids(first));
        assertEquals(List.of(older), ids(notifications(clerk, "?limit=1&before=" + first.get("nextBefore").asLong())));

        // the list page: opening one marks it read and leads to its form
        String list = browser.get("/notifications").body();
        assertTrue(list.contains("执行情况填报被退回") && list.contains("意见：一") && !list.contains("意见：二"), "未读 only: " + list);
        assertTrue(browser.get("/notifications?all=true").body().contains("意见：二"), "全部");
        Http.Response open = browser.postForm("/notifications/" + older + "/open", Map.of());
        assertEquals(303, open.status());
        assertEquals("/reports/projects/" + p + "/2003-03", open.location());
        assertEquals(0, notifications(clerk, "?unread=true").get("unreadCount").asInt());
        assertFalse(browser.get("/").body().contains("<span class=\"count\">"), "no count when all are read");

        // mark all read, from the page
        assertEquals(2, notifications(other, "?unread=true").get("unreadCount").asInt());
        Http otherBrowser = world.browser(otherName);
        assertEquals(303, otherBrowser.postForm("/notifications/read-all", Map.of()).status());
        assertEquals(0, notifications(other, "?unread=true").get("unreadCount").asInt());
        assertEquals(2, notifications(other, "").get("items").size(), "still listed under 全部");
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }

    @Test
    void aReturnedSelfEvaluationIsToldWithTheComment() {
        CLOCK.set(LocalDateTime.of(2003, 3, 1, 10, 0));
        World world = new World(server.getURL().toString());
        String unit = world.unit("自评通知");
        Http clerk = world.script(world.user("BUREAU", List.of(unit)));
        Http finance = world.script(world.user("FINANCE", List.of()));
        long p = project(clerk, unit, 2002, "自评项目");
        // a sheet as the bureau submits it (the sheet's own workflow is tested in evaluation/)
        sql.update("INSERT INTO self_evaluation (project_id, status, submitted_at, submitted_by, version, created_at, updated_at) "
                + "VALUES (?, 'SUBMITTED', ?, 'clerk', 1, ?, ?)", p, LocalDateTime.of(2003, 2, 1, 9, 0),
                LocalDateTime.of(2003, 2, 1, 9, 0), LocalDateTime.of(2003, 2, 1, 9, 0));
        Http.Response returned = finance.postJson("/api/projects/" + p + "/self-evaluation/return",
                Json.write(Map.of("comment", "请补充佐证材料")));
        assertEquals(200, returned.status(), returned.body());

        JsonNode items = notifications(clerk, "?unread=true").get("items");
        assertEquals(1, items.size(), items.toString());
        assertEquals("EVALUATION_RETURNED", items.get(0).get("kind").asText());
        assertTrue(items.get(0).get("title").asText().startsWith("绩效自评被退回：自评项目"), items.toString());
        assertTrue(items.get(0).get("title").asText().endsWith("（2002年度）"), items.toString());
        assertEquals("意见：请补充佐证材料", items.get(0).get("body").asText());
        assertEquals("/projects/" + p + "/evaluation", items.get(0).get("href").asText());
    }

    @Test
    void aRunTellsTheClerksOfItsNewRedAlertsOnceAndWhoStartedItThatItFinished() {
        CLOCK.set(LocalDateTime.of(2003, 7, 5, 10, 0));
        World world = new World(server.getURL().toString());
        String unit = world.unit("红灯单位");
        Http clerk = world.script(world.user("BUREAU", List.of(unit)));
        Http finance = world.script(world.user("FINANCE", List.of()));
        Http otherFinance = world.script(world.user("FINANCE", List.of()));
        // nothing reported for 2001-03 and 2001-06, both past their deadline on 2001-07-20: two red REPORT_MISSING
        long p = project(clerk, unit, 2001, "未报项目");
        String name = Json.parse(clerk.get("/api/projects/" + p).body()).get("name").asText();

        long run = runMonitoring(finance, "2001-07-20");
        JsonNode told = notifications(clerk, "?unread=true");
        assertEquals(List.of("RED_ALERT"), kinds(told), "one notification per project and run: " + told);
        JsonNode red = told.get("items").get(0);
        assertEquals("新的红色预警：" + name, red.get("title").asText());
        long redAlerts = sql.queryLong("SELECT COUNT(*) FROM monitoring_alert WHERE project_id = ? AND light = 'RED' AND status = 'OPEN'", p);
        assertEquals(2, redAlerts);
        assertEquals(2, red.get("body").asText().split("\n").length, "each alert's sentence: " + red.get("body").asText());
        assertEquals("/alerts?projectId=" + p, red.get("href").asText());
        assertEquals(unit, red.get("unitCode").asText());

        JsonNode finished = notifications(finance, "?unread=true");
        assertEquals(List.of("MONITORING_RUN_FINISHED"), kinds(finished));
        assertTrue(finished.get("items").get(0).get("title").asText().startsWith("运行监控已完成，监控日期 2001-07-20"),
                finished.toString());
        assertEquals("/monitoring", finished.get("items").get(0).get("href").asText());
        assertEquals(List.of(), kinds(notifications(otherFinance, "")), "only the person who started it");

        // the same date again: the alerts are not new, nobody is told of them again
        long again = runMonitoring(finance, "2001-07-20");
        assertTrue(again != run);
        assertEquals(List.of("RED_ALERT"), kinds(notifications(clerk, "")));
        assertEquals(List.of("MONITORING_RUN_FINISHED", "MONITORING_RUN_FINISHED"), kinds(notifications(finance, "")));
    }

    private static long runMonitoring(Http finance, String asOf) {
        Http.Response started = finance.postJson("/api/monitoring/runs", Json.write(Map.of("asOf", asOf)));
        assertEquals(202, started.status(), started.body());
        long id = Json.parse(started.body()).get("id").asLong();
        await(() -> {
            String status = Json.parse(finance.get("/api/monitoring/runs/" + id).body()).get("status").asText();
            return status.equals("DONE") || status.equals("FAILED");
        });
        assertEquals("DONE", Json.parse(finance.get("/api/monitoring/runs/" + id).body()).get("status").asText());
        return id;
    }

    @Test
    void deadlineRemindersFiveDaysAndOneDayAheadOnceEach() throws Exception {
        CLOCK.set(LocalDateTime.of(2003, 7, 5, 8, 0));
        World world = new World(server.getURL().toString());
        String late = world.unit("未报单位");
        String done = world.unit("已报单位");
        Http lateClerk = world.script(world.user("BUREAU", List.of(late)));
        Http doneClerk = world.script(world.user("BUREAU", List.of(done)));
        project(lateClerk, late, 2003, "未报一");
        project(lateClerk, late, 2003, "未报二");
        long handedIn = project(doneClerk, done, 2003, "已报");
        submit(doneClerk, handedIn, "2003-06");

        // the daily job, through Quartz: 2003-06 is due on 2003-07-10, in 5 days
        scheduler.triggerJob(DeadlineReminderJob.KEY);
        await(() -> notifications(lateClerk, "").get("items").size() > 0);
        JsonNode items = notifications(lateClerk, "").get("items");
        assertEquals(List.of("DEADLINE"), kinds(notifications(lateClerk, "")));
        JsonNode five = items.get(0);
        assertEquals("6月底执行情况填报还有 5 天截止（2003-07-10）", five.get("title").asText());
        assertTrue(five.get("body").asText().endsWith("尚有 2 个项目未提交"), five.toString());
        assertEquals("/reports/units/" + late + "/2003-06", five.get("href").asText());
        assertEquals("2003-06", five.get("period").asText());
        assertEquals(List.of(), kinds(notifications(doneClerk, "")), "every project handed in");

        // fired again the same day: nobody is told twice
        assertEquals(0, reminders.remind());
        assertEquals(1, notifications(lateClerk, "").get("items").size());

        // a day before the deadline: told once more, once
        CLOCK.set(LocalDateTime.of(2003, 7, 9, 8, 0));
        scheduler.triggerJob(DeadlineReminderJob.KEY);
        await(() -> notifications(lateClerk, "").get("items").size() > 1);
        assertEquals("6月底执行情况填报还有 1 天截止（2003-07-10）",
                notifications(lateClerk, "").get("items").get(0).get("title").asText());
        assertEquals(0, reminders.remind());
        assertEquals(2, notifications(lateClerk, "").get("items").size());
        assertNotNull(scheduler.getTrigger(org.quartz.TriggerKey.triggerKey("deadline-reminders", "deadline-reminder-schedule")),
                "the daily trigger is registered");
    }

    private static void await(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
