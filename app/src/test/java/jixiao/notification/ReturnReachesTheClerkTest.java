package jixiao.notification;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jixiao.reporting.Reports;
import jixiao.scheduler.MailSendJob;
import jixiao.testing.Http;
import jixiao.testing.Json;
import jixiao.testing.TestMailServer;
import jixiao.testing.World;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.quartz.Scheduler;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13's "done when": finance returns a report, and the clerk finds it in the to-do list and the unread
 * notifications at once, and in the mailbox after one firing of the real Quartz mail job, sent over SMTP to a server
 * the test runs. Fiscal year 2191.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReturnReachesTheClerkTest implements TestPropertyProvider {

    private final TestMailServer smtp = new TestMailServer();

    @Inject
    EmbeddedServer server;
    @Inject
    Scheduler scheduler;

    @Override
    public Map<String, String> getProperties() {
        smtp.start();
        return smtp.settings("jixiao@czj.example.cn");
    }

    @AfterAll
    void stopSmtp() {
        smtp.close();
    }

    @Test
    void aReturnedReportIsInTheToDoTheBellAndTheMailbox() throws Exception {
        World world = new World(server.getURL().toString());
        String unit = world.unit("退回告知单位");
        String clerkName = world.user("BUREAU", List.of(unit));
        Http clerk = world.script(clerkName);
        Http finance = world.script(world.user("FINANCE", List.of()));
        String address = "clerk" + World.next() + "@sfj2191.example.cn";
        assertEquals(200, clerk.putJson("/api/me", Json.write(Map.of("email", address))).status());

        long p = NotificationsTest.project(clerk, unit, 2191, "退回告知项目");
        String name = Json.parse(clerk.get("/api/projects/" + p).body()).get("name").asText();
        NotificationsTest.submit(clerk, p, "2191-06");
        Http.Response returned = finance.postJson(Reports.path(p, "2191-06") + "/return",
                Json.write(Map.of("comment", "6月底支出与国库数据不符，请核对")));
        assertEquals(200, returned.status(), returned.body());

        JsonNode todo = Json.parse(clerk.get("/api/me/todo").body()).get("items");
        List<JsonNode> returnedItems = new ArrayList<>();
        todo.forEach(i -> {
            if (i.get("kind").asText().equals("REPORT_RETURNED") && i.get("projectId").asLong() == p) {
                returnedItems.add(i);
            }
        });
        assertEquals(1, returnedItems.size(), todo.toString());
        assertEquals("2191-06", returnedItems.get(0).get("period").asText());
        assertEquals("/reports/projects/" + p + "/2191-06", returnedItems.get(0).get("href").asText());

        JsonNode unread = NotificationsTest.notifications(clerk, "?unread=true");
        assertEquals(List.of("REPORT_RETURNED"), NotificationsTest.kinds(unread));
        assertTrue(world.browser(clerkName).get("/").body().contains(name), "the to-do page names the project");

        scheduler.triggerJob(MailSendJob.KEY);
        List<MimeMessage> mail = smtp.await(address, 1);
        assertEquals(1, mail.size());
        assertEquals("【绩效管理】执行情况填报被退回：" + name + "（6月底）", mail.get(0).getSubject());
        String text = TestMailServer.text(mail.get(0));
        assertTrue(text.contains("意见：6月底支出与国库数据不符，请核对"), text);
        assertTrue(text.contains("/reports/projects/" + p + "/2191-06"), text);
    }
}
