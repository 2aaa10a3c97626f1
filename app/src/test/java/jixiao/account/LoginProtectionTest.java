package jixiao.account;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jixiao.testing.Http;
import jixiao.testing.Json;
import jixiao.testing.World;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11 points 2, 3, 5, 6, 7, 8 over HTTP against the running app and its MariaDB. Client addresses are given
 * with X-Forwarded-For, which the test configuration trusts from the loopback proxy only.
 */
@MicronautTest
class LoginProtectionTest {

    @Inject
    EmbeddedServer server;

    private String base() {
        return server.getURL().toString();
    }

    private static String address(int block) {
        return "203.0." + block + "." + (World.next() % 250 + 1);
    }

    private long idOf(World world, String username) {
        return Json.parse(world.admin().get("/api/users").body()).findParents("username").stream()
                .filter(n -> n.get("username").asText().equals(username)).findFirst().orElseThrow().get("id").asLong();
    }

    @Test
    void parallelFailuresAreAllCountedAndNoneAnswers500() throws Exception {
        World world = new World(base());
        String user = world.user("FINANCE", List.of());
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String from = address(113);
                answers.add(pool.submit(() -> Http.script(base(), user, "wrong-" + from).from(from).get("/api/projects").status()));
            }
            for (Future<Integer> answer : answers) {
                assertEquals(401, answer.get(), "every failure answers 401, none 500");
            }
        } finally {
            pool.shutdownNow();
        }
        assertNotNull(Json.parse(world.admin().get("/api/users/" + idOf(world, user)).body()).get("lockedUntil").textValue(),
                "20 failures in parallel locked the account (all were counted)");
    }

    @Test
    void lockedAndUnknownAccountsLookTheSame() {
        World world = new World(base());
        String user = world.user("BUREAU", List.of(world.unit("锁定对比")));
        String stranger = address(113);
        for (int i = 0; i < 5; i++) {
            Http.browser(base()).from(stranger).login(user, "wrong");
        }
        String other = address(113);
        Http.Response locked = Http.browser(base()).from(other).login(user, World.PASSWORD);
        Http.Response unknown = Http.browser(base()).from(other).login("nobody" + World.next(), World.PASSWORD);
        assertEquals(200, locked.status());
        assertEquals(200, unknown.status());
        assertEquals(errorOf(unknown.body()), errorOf(locked.body()));
        assertFalse(locked.body().contains("锁定"), "nothing says locked, nor until when");
        Http.Response lockedBasic = Http.script(base(), user, World.PASSWORD).from(other).get("/api/projects");
        Http.Response unknownBasic = Http.script(base(), "nobody" + World.next(), World.PASSWORD).from(other).get("/api/projects");
        assertEquals(401, lockedBasic.status());
        assertEquals(unknownBasic.status(), lockedBasic.status());
        assertEquals(unknownBasic.body(), lockedBasic.body());
    }

    private static String errorOf(String html) {
        int at = html.indexOf("class=\"error\"");
        assertTrue(at > 0, "the login page shows an error");
        return html.substring(at, html.indexOf("</p>", at));
    }

    @Test
    void theOwnerStillGetsInFromAKnownAddressAndAnAdministratorCanUnlock() {
        World world = new World(base());
        String user = world.user("BUREAU", List.of(world.unit("熟悉地址")));
        String office = address(113);
        assertEquals(303, Http.browser(base()).from(office).login(user, World.PASSWORD).status(), "a first login from the office");
        String attacker = address(113);
        for (int i = 0; i < 6; i++) {
            Http.browser(base()).from(attacker).login(user, "guess-" + i);
        }
        assertEquals(200, Http.browser(base()).from(address(113)).login(user, World.PASSWORD).status(),
                "locked for any new address");
        assertEquals(303, Http.browser(base()).from(office).login(user, World.PASSWORD).status(),
                "but not for the office the owner logs in from");

        long id = idOf(world, user);
        assertEquals(204, world.admin().postJson("/api/users/" + id + "/unlock", "{}").status());
        assertEquals(303, Http.browser(base()).from(address(113)).login(user, World.PASSWORD).status(), "unlocked");
        assertTrue(world.admin().get("/api/audit?entityType=USER&entityId=" + id).body().contains("UNLOCK"));
    }

    @Test
    void anAddressThatKeepsFailingMustWaitWhateverTheUsername() {
        World world = new World(base());
        String user = world.user("FINANCE", List.of());
        String guesser = address(113);
        // 10 failures are free; each further one doubles the wait from 1 s: after 14 the address waits 16 s
        for (int i = 0; i < 14; i++) {
            Http.browser(base()).from(guesser).login("someone" + World.next(), "guess");
        }
        assertEquals(200, Http.browser(base()).from(guesser).login(user, World.PASSWORD).status(),
                "the address waits, even with right credentials");
        assertEquals(401, Http.script(base(), user, World.PASSWORD).from(guesser).get("/api/projects").status());
        assertEquals(303, Http.browser(base()).from(address(113)).login(user, World.PASSWORD).status(),
                "other addresses are not affected");
        assertEquals(200, Http.script(base(), user, World.PASSWORD).get("/api/projects").status());
    }

    @Test
    void aSpoofedForwardedForFromAnUntrustedPeerIsIgnored() {
        assertEquals("198.51.100.1", jixiao.web.ClientAddresses.resolve("198.51.100.1", List.of("10.0.0.1"), java.util.Set.of("127.0.0.1")));
        assertEquals("10.0.0.1", jixiao.web.ClientAddresses.resolve("127.0.0.1", List.of("10.0.0.1"), java.util.Set.of("127.0.0.1")));
        assertEquals("203.0.113.9", jixiao.web.ClientAddresses.resolve("127.0.0.1", List.of("1.2.3.4", "203.0.113.9", "127.0.0.2"),
                java.util.Set.of("127.0.0.1", "127.0.0.2")), "the rightmost address that is not a trusted proxy");
    }

    @Test
    void aLongChinesePassphraseWorks() {
        World world = new World(base());
        String user = world.user("FINANCE", List.of());
        String passphrase = "春眠不觉晓处处闻啼鸟夜来风雨声花落知多少床前明月光疑是地上霜举头望";
        assertTrue(passphrase.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 72);
        Http me = Http.script(base(), user, World.PASSWORD);
        assertEquals(204, me.putJson("/api/me/password", Json.write(Map.of("currentPassword", World.PASSWORD,
                "newPassword", passphrase))).status());
        assertEquals(200, Http.script(base(), user, passphrase).get("/api/projects").status());
        assertEquals(401, Http.script(base(), user, passphrase.substring(0, 29) + "望").get("/api/projects").status(),
                "every character counts, also past 72 bytes");
        Http.Response tooLong = me.putJson("/api/me/password", Json.write(Map.of("currentPassword", passphrase,
                "newPassword", "密".repeat(300))));
        assertEquals(401, tooLong.status(), "the old password no longer works for Basic");
        Http.Response refused = Http.script(base(), user, passphrase).putJson("/api/me/password",
                Json.write(Map.of("currentPassword", passphrase, "newPassword", "密".repeat(300))));
        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("最多 256 个字符"), refused.body());
    }

    @Test
    void aPasswordSetByTheAdministratorMustBeChangedAtFirstLogin() {
        World world = new World(base());
        String username = "new" + World.next();
        assertEquals(201, world.admin().postJson("/api/users", Json.write(Map.of("username", username,
                "password", World.INITIAL_PASSWORD, "role", "FINANCE", "unitCodes", List.of()))).status());
        Http browser = Http.browser(base());
        Http.Response login = browser.login(username, World.INITIAL_PASSWORD);
        assertEquals(303, login.status());
        assertEquals("/account/password?next=%2Fprojects", login.location());
        Http.Response elsewhere = browser.get("/monitoring");
        assertEquals(303, elsewhere.status());
        assertTrue(elsewhere.location().startsWith("/account/password"), elsewhere.location());
        assertTrue(browser.get("/account/password").body().contains("请先修改"));
        assertEquals(200, browser.get("/health").status(), "a health check is no page to lead away from");

        Http.Response wrong = browser.postForm("/account/password", Map.of("currentPassword", "not-it",
                "newPassword", "my-own-password-1", "next", "/projects"));
        assertEquals(400, wrong.status());
        assertTrue(wrong.body().contains("当前密码不正确"));
        Http.Response same = browser.postForm("/account/password", Map.of("currentPassword", World.INITIAL_PASSWORD,
                "newPassword", World.INITIAL_PASSWORD, "next", "/projects"));
        assertEquals(400, same.status());
        Http.Response changed = browser.postForm("/account/password", Map.of("currentPassword", World.INITIAL_PASSWORD,
                "newPassword", "my-own-password-1", "next", "/projects"));
        assertEquals(303, changed.status());
        assertEquals("/projects", changed.location());
        assertEquals(200, browser.get("/monitoring").status(), "the same session goes on, no longer redirected");

        Http script = Http.script(base(), username, "my-own-password-1");
        assertEquals(400, script.putJson("/api/me/password", Json.write(Map.of("currentPassword", "nope",
                "newPassword", "another-password-2"))).status());
    }

    @Test
    void loginLinksStayOnThisSite() {
        for (String next : List.of("/%09/evil.example", "/%0a/evil.example", "/\\evil.example", "//evil.example",
                "https://evil.example", "/%20/evil.example", "/%5C%5Cevil.example")) {
            Http browser = Http.browser(base());
            browser.get("/login");
            // the form field as the browser decodes the link's query: %09 is a tab, %5C a backslash
            String decoded = java.net.URLDecoder.decode(next, java.nio.charset.StandardCharsets.UTF_8);
            Http.Response r = browser.postForm("/login", Map.of("username", World.ADMIN, "password",
                    World.ADMIN_PASSWORD, "next", decoded));
            assertEquals(303, r.status(), next);
            String location = r.location();
            assertTrue(location.equals("/") || location.startsWith("/") && !location.startsWith("//")
                    && location.chars().noneMatch(c -> c <= ' ' || c == '\\'), next + " → " + location);
        }
    }

    @Test
    void aUnitWithoutACodeIsRefusedInChinese() {
        World world = new World(base());
        Http.Response api = world.admin().postJson("/api/units", "{\"name\":\"无编码单位\"}");
        assertEquals(400, api.status());
        assertTrue(api.body().contains("code"), api.body());
        Http admin = world.browser(World.ADMIN);
        Http.Response page = admin.postForm("/admin/units/new", Map.of("name", "无编码单位"));
        assertEquals(400, page.status(), page.body());
    }
}
