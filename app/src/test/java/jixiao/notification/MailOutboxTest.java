package jixiao.notification;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jixiao.reporting.Reports;
import jixiao.testing.Http;
import jixiao.testing.Json;
import jixiao.testing.World;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static jixiao.db.Tables.APP_USER;
import static jixiao.db.Tables.MAIL_OUTBOX;
import static jixiao.db.Tables.NOTIFICATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With an SMTP host configured, a notification is queued as mail in the same transaction, for the people with an
 * address who have not switched mail off, one mail or the day's digest as each chose. Fiscal year 2005.
 */
@MicronautTest
@Property(name = "jixiao.smtp.host", value = "smtp.example.cn")
@Property(name = "jixiao.base-url", value = "https://jx.example.cn/")
class MailOutboxTest {

    @Inject
    EmbeddedServer server;
    @Inject
    DSLContext db;

    @Test
    void aReturnIsMailedToTheClerksWhoWantMailAsTheyChose() {
        World world = new World(server.getURL().toString());
        String unit = world.unit("邮件单位");
        String digestName = world.user("BUREAU", List.of(unit));
        String offName = world.user("BUREAU", List.of(unit));
        String noAddressName = world.user("BUREAU", List.of(unit));
        String eachName = world.user("BUREAU", List.of(unit));
        Http finance = world.script(world.user("FINANCE", List.of()));
        assertEquals(200, world.script(digestName).putJson("/api/me",
                Json.write(Map.of("email", "digest@example.cn", "emailDigest", true))).status());
        assertEquals(200, world.script(offName).putJson("/api/me",
                Json.write(Map.of("email", "off@example.cn", "emailNotifications", false))).status());
        assertEquals(200, world.script(eachName).putJson("/api/me", Json.write(Map.of("email", "each@example.cn"))).status());

        Http clerk = world.script(eachName);
        long p = NotificationsTest.project(clerk, unit, 2005, "邮件项目");
        String name = Json.parse(clerk.get("/api/projects/" + p).body()).get("name").asText();
        NotificationsTest.submit(clerk, p, "2005-03");
        assertEquals(200, finance.postJson(Reports.path(p, "2005-03") + "/return", Json.write(Map.of("comment", "请补充支出明细"))).status());

        // everyone is told in the application
        for (String user : List.of(digestName, offName, noAddressName, eachName)) {
            assertEquals(1, NotificationsTest.notifications(world.script(user), "").get("items").size(), user);
        }
        var m = MAIL_OUTBOX;
        List<Record> mail = db.select(m.asterisk(), APP_USER.USERNAME, NOTIFICATION.USER_ID).from(m)
                .join(APP_USER).on(APP_USER.ID.eq(m.USER_ID))
                .join(NOTIFICATION).on(NOTIFICATION.ID.eq(m.NOTIFICATION_ID))
                .where(APP_USER.USERNAME.in(digestName, offName, noAddressName, eachName))
                .orderBy(m.ADDRESS).fetch();
        assertEquals(List.of("digest@example.cn", "each@example.cn"), mail.stream().map(r -> r.get(m.ADDRESS)).toList(),
                "not to the one who switched mail off, nor to the one without an address");
        Record digest = mail.get(0);
        Record each = mail.get(1);
        assertEquals(digestName, digest.get(APP_USER.USERNAME));
        assertTrue(digest.get(m.DIGEST), "held for the day's digest");
        assertFalse(each.get(m.DIGEST), "one mail per event");
        assertEquals(each.get(m.USER_ID), each.get(NOTIFICATION.USER_ID), "the mail of that person's notification");
        assertEquals("【绩效管理】执行情况填报被退回：" + name + "（3月底）", each.get(m.SUBJECT));
        String body = each.get(m.BODY);
        assertTrue(body.startsWith("执行情况填报被退回：" + name + "（3月底）"), body);
        assertTrue(body.contains("意见：请补充支出明细"), body);
        assertTrue(body.contains("查看：https://jx.example.cn/reports/projects/" + p + "/2005-03"), body);
        assertEquals("PENDING", each.get(m.STATUS));
        assertEquals(0, each.get(m.ATTEMPTS));
        assertNotNull(each.get(m.NEXT_ATTEMPT_AT));
        assertNotNull(each.get(m.CREATED_AT));
    }
}
