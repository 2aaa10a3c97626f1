package jixiao.account;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import jixiao.testing.Http;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A first start on an empty database without JIXIAO_ADMIN_PASSWORD: a random password, printed once. */
class FirstAdministratorTest {

    @Test
    void aRandomPasswordIsGeneratedAndPrintedOnce() {
        Logger logger = (Logger) LoggerFactory.getLogger(FirstAdministrator.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
        String database = "first_admin_" + System.nanoTime();
        Map<String, Object> config = Map.of("jixiao.embedded-db.database-name", database, "jixiao.admin.password", "",
                "jixiao.scheduler.enabled", false, "micronaut.server.port", -1);
        try (ApplicationContext context = ApplicationContext.run(config, "test")) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            String printed = log.list.stream().map(ILoggingEvent::getFormattedMessage).filter(m -> m.contains("password")).findFirst()
                    .orElseThrow(() -> new AssertionError("no password was printed"));
            Matcher m = Pattern.compile("密码 password:\\s+(\\S+)").matcher(printed);
            assertTrue(m.find(), printed);
            String password = m.group(1);
            assertTrue(password.length() >= 16);
            assertEquals(303, Http.browser(server.getURL().toString()).login("admin", password).status(), "the printed password works");
            assertEquals(200, Http.browser(server.getURL().toString()).login("admin", "admin").status(), "no default password");
        }
        try (ApplicationContext again = ApplicationContext.run(config, "test")) {
            long printedAgain = log.list.stream().filter(e -> e.getFormattedMessage().contains("password")).count();
            assertEquals(1, printedAgain, "printed once: the second start finds the administrator");
        } finally {
            logger.detachAppender(log);
        }
    }
}
