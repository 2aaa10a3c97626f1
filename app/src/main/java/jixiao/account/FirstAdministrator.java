package jixiao.account;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.annotation.Order;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;

/**
 * At first start, when no administrator exists, creates one: from JIXIAO_ADMIN_USER /
 * JIXIAO_ADMIN_PASSWORD when set, otherwise with a random password printed once in the log.
 * No fixed default password exists anywhere.
 */
@Singleton
class FirstAdministrator {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final UserAdministration administration;
    private final String username;
    private final String password;

    FirstAdministrator(UserAdministration administration,
                       @Value("${jixiao.admin.user:admin}") String username,
                       @Nullable @Value("${jixiao.admin.password:}") String password) {
        this.administration = administration;
        this.username = username;
        this.password = password;
    }

    @EventListener
    @Order(-100)
    void onStartup(StartupEvent event) {
        if (administration.hasAdmin()) {
            return;
        }
        boolean generated = password == null || password.isBlank();
        String chosen = generated ? randomPassword() : password;
        try {
            administration.createFirstAdmin(username, chosen, generated).ifPresent(admin -> {
                if (generated) {
                    LOG.warn("\n\n  首个管理员账号已创建 / first administrator created\n  用户名 username: {}\n  密码 password:  {}\n"
                            + "  此密码只显示这一次，请登录后修改。 Shown once: log in and change it.\n", admin.username(), chosen);
                } else {
                    LOG.info("First administrator {} created from JIXIAO_ADMIN_USER/JIXIAO_ADMIN_PASSWORD", admin.username());
                }
            });
        } catch (RuntimeException e) {
            // Another instance of the cluster created it at the same moment.
            LOG.info("First administrator not created here: {}", e.getMessage());
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
