package jixiao.account;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jixiao.testing.Http;
import jixiao.testing.Json;
import jixiao.testing.World;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An operator switches HTTP Basic off: passwords then work only on the login page, scripts use tokens. */
@MicronautTest
@Property(name = "jixiao.security.basic-auth", value = "false")
class BasicAuthSwitchTest {

    @Inject
    EmbeddedServer server;

    @Test
    void basicAnswers401WhileTokensAndTheLoginPageStillWork() {
        String base = server.getURL().toString();
        Http.Response basic = Http.script(base, World.ADMIN, World.ADMIN_PASSWORD).get("/api/users");
        assertEquals(401, basic.status(), "correct Basic credentials are refused");
        assertEquals("Bearer realm=\"jixiao\"", basic.header("WWW-Authenticate"));

        Http admin = Http.browser(base);
        assertEquals(303, admin.login(World.ADMIN, World.ADMIN_PASSWORD).status(), "the login page still works");
        Http.Response page = admin.postForm("/account/tokens", Map.of("name", "管理脚本" + World.next(), "expiresOn", ""));
        assertEquals(200, page.status());
        var m = java.util.regex.Pattern.compile("<code>(jxt_[A-Za-z0-9_-]+)</code>").matcher(page.body());
        assertTrue(m.find());
        Http.Response byToken = Http.bearer(base, m.group(1)).get("/api/users");
        assertEquals(200, byToken.status(), byToken.body());
        assertTrue(Json.parse(byToken.body()).isArray());
    }
}
