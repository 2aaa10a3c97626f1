package jixiao.mail;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jixiao.db.tables.records.MailOutboxRecord;
import jixiao.scheduler.MailSendJob;
import jixiao.testing.Http;
import jixiao.testing.TestMailServer;
import jixiao.testing.World;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.quartz.Scheduler;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mail outbox worked off against a real SMTP server (GreenMail on a free port) that the test
 * starts, stops and starts again. Rows are written as the notification side writes them. Time moves
 * by handing the sender a clock ahead of the application's; the application's own Quartz firings are
 * set an hour apart so they do not run between the test's steps.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MailOutboxSendingTest implements TestPropertyProvider {

    private static final String FROM = "jixiao@czj.example.cn";

    private final TestMailServer smtp = new TestMailServer();

    @Inject
    OutboxSender sender;
    @Inject
    OutboxRows rows;
    @Inject
    MailSettings settings;
    @Inject
    Clock clock;
    @Inject
    Scheduler scheduler;
    @Inject
    MailOutbox outbox;
    @Inject
    Postman postman;
    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(smtp.settings(FROM));
        properties.put("jixiao.mail.max-attempts", "3");
        return properties;
    }

    @BeforeEach
    void startServer() {
        smtp.start();
        // Mail other tests left due in the shared database goes out first, so each test sees its own.
        sender.sendDue(clock);
        smtp.reset();
    }

    @AfterEach
    void stopServer() {
        smtp.stop();
    }

    @Test
    void aMailArrivesOnceWithItsAddressSubjectAndChineseText() throws Exception {
        String address = address();
        long id = rows.pending(address, "【绩效管理】您的填报被退回：社区矫正经费项目 2116年1—6月",
                "财政局退回了社区矫正经费项目 2116年1—6月的执行情况填报。\n退回意见：支出进度与台账不符，请核对后重新提交。",
                false, now());

        sender.sendDue(clock);
        sender.sendDue(clock);

        List<MimeMessage> received = smtp.receivedBy(address);
        assertEquals(1, received.size());
        MimeMessage mail = received.get(0);
        assertEquals("【绩效管理】您的填报被退回：社区矫正经费项目 2116年1—6月", mail.getSubject());
        assertEquals(FROM, mail.getFrom()[0].toString());
        assertTrue(mail.getHeader("Subject")[0].startsWith("=?UTF-8?"), "subject encoded: " + mail.getHeader("Subject")[0]);
        String text = TestMailServer.text(mail);
        assertTrue(text.contains("退回意见：支出进度与台账不符，请核对后重新提交。"), text);
        assertTrue(text.contains("由绩效管理系统自动发送"), "the footer: " + text);
        assertTrue(contentType(mail).toLowerCase().contains("charset=utf-8"), contentType(mail));

        MailOutboxRecord row = rows.row(id);
        assertEquals("SENT", row.getStatus());
        assertNotNull(row.getSentAt());
        assertEquals(1, row.getAttempts());
        assertNull(row.getClaimedBy());
    }

    @Test
    void twoRunsAtOnceNeverSendARowTwice() throws Exception {
        int before = settings.getBatchSize();
        settings.setBatchSize(2);
        try {
            // Several rounds: the runs collide on the outbox's index in different orders each time.
            for (int round = 0; round < 4; round++) {
                sendConcurrently();
            }
        } finally {
            settings.setBatchSize(before);
        }
    }

    private void sendConcurrently() throws Exception {
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String address = address();
            addresses.add(address);
            rows.pending(address, "【绩效管理】第" + (i + 1) + "条", "内容" + (i + 1), false, now());
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<OutboxSender.Outcome>> runs = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            runs.add(pool.submit((Callable<OutboxSender.Outcome>) () -> {
                start.await();
                return sender.sendDue(clock);
            }));
        }
        start.countDown();
        int sent = 0;
        for (Future<OutboxSender.Outcome> run : runs) {
            sent += run.get().sent;
        }
        pool.shutdown();

        for (String address : addresses) {
            assertEquals(1, smtp.receivedBy(address).size(), address);
        }
        assertTrue(sent >= addresses.size(), "the runs shared the work: " + sent);
    }

    @Test
    void aServerThatIsDownCountsTheAttemptAndTheMailArrivesWhenItIsBack() throws Exception {
        String address = address();
        long id = rows.pending(address, "【绩效管理】填报截止提醒", "距离 2117年1—6月 填报截止还有 5 天。", false, now());
        smtp.stop();

        LocalDateTime firstRun = now();
        sender.sendDue(clock);
        MailOutboxRecord failed = rows.row(id);
        assertEquals("PENDING", failed.getStatus());
        assertEquals(1, failed.getAttempts());
        assertNotNull(failed.getLastError());
        assertTrue(failed.getLastError().length() <= 500 && !failed.getLastError().contains("\tat "),
                "short, no stack: " + failed.getLastError());
        assertFalse(failed.getNextAttemptAt().isBefore(firstRun.plusMinutes(1)), "retried after the first backoff");
        assertTrue(failed.getNextAttemptAt().isBefore(firstRun.plusMinutes(2)), failed.getNextAttemptAt().toString());

        smtp.start();
        sender.sendDue(ahead(Duration.ofSeconds(30)));
        assertEquals(0, smtp.receivedBy(address).size(), "not before its next attempt");
        assertEquals(1, rows.row(id).getAttempts());

        sender.sendDue(ahead(Duration.ofMinutes(2)));
        assertEquals(1, smtp.receivedBy(address).size());
        assertEquals("SENT", rows.row(id).getStatus());
        assertEquals(2, rows.row(id).getAttempts());
    }

    @Test
    void givenUpAfterTheLastAttempt() throws Exception {
        String address = address();
        long id = rows.pending(address, "【绩效管理】新的红灯预警", "项目出现红灯预警。", false, now());
        smtp.stop();

        sender.sendDue(clock);
        sender.sendDue(ahead(Duration.ofMinutes(2)));
        assertEquals("PENDING", rows.row(id).getStatus());
        assertEquals(2, rows.row(id).getAttempts());
        sender.sendDue(ahead(Duration.ofMinutes(8)));
        MailOutboxRecord gaveUp = rows.row(id);
        assertEquals("FAILED", gaveUp.getStatus());
        assertEquals(3, gaveUp.getAttempts());
        assertNotNull(gaveUp.getLastError());

        smtp.start();
        sender.sendDue(ahead(Duration.ofDays(2)));
        assertEquals(0, smtp.receivedBy(address).size(), "a failed mail stays failed");
        assertEquals("FAILED", rows.row(id).getStatus());
    }

    @Test
    void aClaimWhoseSenderDiedIsTakenOverAndALiveOneIsNot() throws Exception {
        String abandoned = address();
        String live = address();
        long abandonedId = rows.claimed(abandoned, "【绩效管理】自评被退回", "请修改后重新提交。", "host-gone/1",
                now().minusMinutes(1), now().minusMinutes(20));
        long liveId = rows.claimed(live, "【绩效管理】自评已审核通过", "已通过。", "host-busy/2",
                now().plusMinutes(5), now().minusMinutes(1));

        sender.sendDue(clock);

        assertEquals(1, smtp.receivedBy(abandoned).size());
        assertEquals("SENT", rows.row(abandonedId).getStatus());
        assertEquals(2, rows.row(abandonedId).getAttempts(), "the dead sender's attempt and this one");
        assertEquals(0, smtp.receivedBy(live).size(), "another sender is still at it");
        assertEquals("SENDING", rows.row(liveId).getStatus());
        assertEquals("host-busy/2", rows.row(liveId).getClaimedBy());
    }

    @Test
    void theDailyDigestSendsEachPersonsHeldMailInOne() throws Exception {
        String person = address();
        String other = address();
        long first = rows.pending(person, "【绩效管理】填报被退回", "第一条：请补充偏差原因。", true, now().minusHours(3));
        long second = rows.pending(person, "【绩效管理】新的红灯预警", "第二条：项目亮起红灯。", true, now().minusHours(2));
        long third = rows.pending(person, "【绩效管理】填报截止提醒", "第三条：还有 1 天截止。", true, now().minusHours(1));
        long others = rows.pending(other, "【绩效管理】自评已审核通过", "另一人的一条。", true, now().minusHours(1));
        long single = rows.pending(person, "【绩效管理】单独一封", "不进汇总。", false, now());

        sender.sendDue(clock);
        assertEquals(List.of("【绩效管理】单独一封"), subjects(smtp.receivedBy(person)), "digest mail waits for the digest");
        assertEquals("SENT", rows.row(single).getStatus());
        assertEquals("PENDING", rows.row(first).getStatus());

        sender.sendDigests(clock);
        List<MimeMessage> digests = smtp.receivedBy(person);
        assertEquals(2, digests.size(), subjects(digests).toString());
        MimeMessage digest = digests.get(1);
        assertEquals("【绩效管理】每日汇总（3条）", digest.getSubject());
        String text = TestMailServer.text(digest);
        int a = text.indexOf("1. 【绩效管理】填报被退回");
        int b = text.indexOf("2. 【绩效管理】新的红灯预警");
        int c = text.indexOf("3. 【绩效管理】填报截止提醒");
        assertTrue(a >= 0 && a < b && b < c, text);
        assertTrue(text.contains("第一条：请补充偏差原因。") && text.contains("第三条：还有 1 天截止。"), text);
        for (long id : List.of(first, second, third, others)) {
            assertEquals("SENT", rows.row(id).getStatus(), "row " + id);
        }
        assertEquals(List.of("【绩效管理】每日汇总（1条）"), subjects(smtp.receivedBy(other)));

        sender.sendDigests(clock);
        sender.sendDue(ahead(Duration.ofHours(1)));
        assertEquals(2, smtp.receivedBy(person).size(), "sent once");
    }

    @Test
    void aFailedDigestIsRetriedWholeWhenTheServerIsBack() throws Exception {
        String person = address();
        List<Long> ids = List.of(
                rows.pending(person, "【绩效管理】一", "甲", true, now().minusHours(3)),
                rows.pending(person, "【绩效管理】二", "乙", true, now().minusHours(2)),
                rows.pending(person, "【绩效管理】三", "丙", true, now().minusHours(1)));
        smtp.stop();

        sender.sendDigests(clock);
        for (long id : ids) {
            assertEquals("PENDING", rows.row(id).getStatus());
            assertEquals(1, rows.row(id).getAttempts());
        }

        smtp.start();
        sender.sendDue(ahead(Duration.ofMinutes(2)));
        List<MimeMessage> received = smtp.receivedBy(person);
        assertEquals(1, received.size());
        assertEquals("【绩效管理】每日汇总（3条）", received.get(0).getSubject());
        for (long id : ids) {
            assertEquals("SENT", rows.row(id).getStatus());
        }
    }

    @Test
    void theQuartzJobSendsTheOutbox() throws Exception {
        String address = address();
        long id = rows.pending(address, "【绩效管理】监控运行完成", "2118年的运行监控已完成。", false, now());

        scheduler.triggerJob(MailSendJob.KEY);

        await(() -> smtp.receivedBy(address).size() == 1);
        await(() -> "SENT".equals(rows.row(id).getStatus()));
        Thread.sleep(500);
        assertEquals(1, smtp.receivedBy(address).size());
    }

    @Test
    void withoutAnSmtpHostNothingIsSentAndNothingChanges() {
        String address = address();
        long id = rows.pending(address, "【绩效管理】无服务器", "不发送。", false, now());
        OutboxSender unconfigured = new OutboxSender(outbox, postman, new SmtpSettings(), settings, clock);

        unconfigured.sendDue();
        unconfigured.sendDigests(Instant.now());

        MailOutboxRecord row = rows.row(id);
        assertEquals("PENDING", row.getStatus());
        assertEquals(0, row.getAttempts());
        assertEquals(0, smtp.receivedBy(address).size());
    }

    @Test
    void theAdministratorSeesWhatWaitsAndWhatFailed() throws Exception {
        String address = address();
        rows.pending(address, "【绩效管理】服务器停机时的一封", "内容。", false, now());
        smtp.stop();
        sender.sendDue(clock);

        World world = new World(server.getURL().toString());
        Http.Response page = world.browser(World.ADMIN).get("/admin/mail");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("邮件经 127.0.0.1:" + smtp.port() + " 发出，发件人 " + FROM), page.body());
        assertTrue(page.body().contains(address), "the failed mail is listed");
        assertTrue(page.body().contains("ConnectException: Connection refused"), "with its error");
        OutboxOverview overview = outbox.overview(20);
        assertTrue(overview.waiting() >= 1);
        assertTrue(page.body().contains("data-count=\"waiting\">" + overview.waiting() + "<"), page.body());

        String clerk = world.user("BUREAU", List.of(world.unit("邮件测试局")));
        assertEquals(403, world.browser(clerk).get("/admin/mail").status());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private Clock ahead(Duration by) {
        return Clock.offset(clock, by);
    }

    private static String address() {
        return "p" + UUID.randomUUID().toString().substring(0, 12) + "@mail2116.example.cn";
    }

    private static List<String> subjects(List<MimeMessage> mails) throws jakarta.mail.MessagingException {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage m : mails) {
            subjects.add(m.getSubject());
        }
        return subjects;
    }

    private static String contentType(Part part) throws jakarta.mail.MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return part.getContentType();
        }
        Multipart multipart = (Multipart) part.getContent();
        return contentType(multipart.getBodyPart(0));
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(100);
        }
    }
}
