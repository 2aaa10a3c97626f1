package jixiao.account;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jixiao.testing.Http;
import jixiao.testing.Json;
import jixiao.testing.World;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class LoginTest {

    @Inject
    EmbeddedServer server;

    @Test
    void theSessionCookieIsHttpOnlyAndLax() {
        World world = new World(server.getURL().toString());
        String user = world.user("FINANCE", List.of());
        Http browser = Http.browser(server.getURL().toString());
        browser.get("/login");
        Http.Response r = browser.postForm("/login", Map.of("username", user, "password", World.PASSWORD, "next", "/projects"));
        String cookie = r.header("Set-Cookie");
        assertTrue(cookie.startsWith("JIXIAO_SESSION="), cookie);
        assertTrue(cookie.contains("HTTPOnly") || cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        assertFalse(cookie.contains("Secure"), "plain HTTP gets no Secure flag: " + cookie);
    }

    @Test
    void wrongPasswordsLockTheAccountForStrangers() {
        World world = new World(server.getURL().toString());
        String user = world.user("BUREAU", List.of(world.unit("锁定测试")));
        String stranger = "198.51.100." + (World.next() % 250 + 1);
        Http browser = Http.browser(server.getURL().toString()).from(stranger);
        for (int i = 0; i < 5; i++) {
            Http.Response r = browser.login(user, "wrong-password");
            assertEquals(200, r.status());
            assertTrue(r.body().contains("用户名或密码错误"));
        }
        Http.Response right = browser.login(user, World.PASSWORD);
        assertEquals(200, right.status(), "from an address the account never used, even the right password is refused");
        assertTrue(right.body().contains("用户名或密码错误"), "and the answer is the same as for a wrong password");
        assertFalse(right.body().contains("锁定"), "no lock, no unlock time is shown");
        assertEquals(401, Http.script(server.getURL().toString(), user, World.PASSWORD).from(stranger).get("/api/projects").status(),
                "HTTP Basic is locked out too");
        // The administrator resets the password, which clears the lock.
        long id = Json.parse(world.admin().get("/api/users").body()).findParents("username").stream()
                .filter(n -> n.get("username").asText().equals(user)).findFirst().orElseThrow().get("id").asLong();
        assertEquals(200, world.admin().putJson("/api/users/" + id, "{\"password\":\"a-new-password-9\"}").status());
        assertEquals(303, Http.browser(server.getURL().toString()).from(stranger).login(user, "a-new-password-9").status());
    }

    @Test
    void aDisabledAccountCannotLogIn() {
        World world = new World(server.getURL().toString());
        String user = world.user("FINANCE", List.of());
        long id = Json.parse(world.admin().get("/api/users").body()).findParents("username").stream()
                .filter(n -> n.get("username").asText().equals(user)).findFirst().orElseThrow().get("id").asLong();
        Http browser = world.browser(user);
        assertEquals(200, browser.get("/projects").status());
        assertEquals(200, world.admin().putJson("/api/users/" + id, "{\"enabled\":false}").status());
        assertEquals(303, browser.get("/projects").status(), "disabling ends the open session");
        assertTrue(Http.browser(server.getURL().toString()).login(user, World.PASSWORD).body().contains("已停用"));
    }

    @Test
    void userApiRefusesBadAccountsInChinese() {
        World world = new World(server.getURL().toString());
        Http.Response r = world.admin().postJson("/api/users", "{\"username\":\"x\",\"password\":\"short\",\"role\":\"BUREAU\",\"unitCodes\":[]}");
        assertEquals(400, r.status());
        String body = Json.parse(r.body()).get("problems").toString();
        assertTrue(body.contains("用户名") && body.contains("密码至少") && body.contains("至少要绑定一个单位"), body);
    }
}
