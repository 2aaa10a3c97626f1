package jixiao.account;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jixiao.testing.Http;
import jixiao.testing.Json;
import jixiao.testing.World;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person's own settings (GET/PUT /api/me, the 我的设置 page) and the e-mail address an administrator sets on an
 * account: checked for form and length with a message naming 电子邮箱.
 */
@MicronautTest
class MySettingsTest {

    @Inject
    EmbeddedServer server;

    private static JsonNode me(Http http) {
        Http.Response r = http.get("/api/me");
        assertEquals(200, r.status(), r.body());
        return Json.parse(r.body());
    }

    private static String problem(Http.Response r, String field) {
        assertEquals(400, r.status(), r.body());
        for (JsonNode p : Json.parse(r.body()).get("problems")) {
            if (p.get("field").asText().equals(field)) {
                return p.get("message").asText();
            }
        }
        throw new AssertionError("no problem with " + field + ": " + r.body());
    }

    @Test
    void aPersonReadsAndChangesTheirOwnSettings() {
        World world = new World(server.getURL().toString());
        String name = world.user("FINANCE", List.of(), "王会计");
        Http me = world.script(name);

        JsonNode fresh = me(me);
        assertEquals("王会计", fresh.get("displayName").asText());
        assertTrue(fresh.get("email").isNull());
        assertTrue(fresh.get("emailNotifications").asBoolean(), "mail is on until switched off");
        assertFalse(fresh.get("emailDigest").asBoolean());

        Http.Response changed = me.putJson("/api/me", Json.write(Map.of("email", " wang@example.cn ", "emailDigest", true)));
        assertEquals(200, changed.status(), changed.body());
        JsonNode now = me(me);
        assertEquals("王会计", now.get("displayName").asText(), "what is not given stays");
        assertEquals("wang@example.cn", now.get("email").asText());
        assertTrue(now.get("emailNotifications").asBoolean());
        assertTrue(now.get("emailDigest").asBoolean());

        assertEquals("电子邮箱“wang.example.cn”格式不正确，应形如 name@example.cn",
                problem(me.putJson("/api/me", Json.write(Map.of("email", "wang.example.cn"))), "email"));
        assertTrue(problem(me.putJson("/api/me", Json.write(Map.of("email", "王 会计@example.cn"))), "email").contains("电子邮箱"));
        String tooLong = "a".repeat(244) + "@example.cn"; // 255 characters
        assertEquals("电子邮箱最多 254 个字，现有 255 个字", problem(me.putJson("/api/me", Json.write(Map.of("email", tooLong))), "email"));
        assertTrue(problem(me.putJson("/api/me", Json.write(Map.of("displayName", "长".repeat(101)))), "displayName").contains("姓名"));
        assertEquals("wang@example.cn", me(me).get("email").asText(), "nothing was stored");

        Map<String, Object> off = new HashMap<>();
        off.put("email", "");
        off.put("emailNotifications", false);
        assertEquals(200, me.putJson("/api/me", Json.write(off)).status());
        assertTrue(me(me).get("email").isNull(), "a blank address clears it");
        assertFalse(me(me).get("emailNotifications").asBoolean());
        assertEquals(401, world.anonymous().get("/api/me").status());
    }

    @Test
    void theSettingsPageIsLinkedFromTheHeaderAndSavesTheForm() {
        World world = new World(server.getURL().toString());
        String unit = world.unit("设置单位");
        String name = world.user("BUREAU", List.of(unit), "李填报");
        Http browser = world.browser(name);
        String home = browser.get("/projects").body();
        assertTrue(home.contains("href=\"/account/settings\""), "the header links 我的设置");
        String page = browser.get("/account/settings").body();
        assertTrue(page.contains("我的设置") && page.contains("name=\"email\"") && page.contains("name=\"emailDigest\""), page);

        Http.Response saved = browser.postForm("/account/settings", Map.of("displayName", "李填报", "email", "li@example.cn",
                "emailDigest", "true"));
        assertEquals(303, saved.status(), saved.body());
        assertEquals("/account/settings?done=saved", saved.location());
        JsonNode now = me(world.script(name));
        assertEquals("li@example.cn", now.get("email").asText());
        assertFalse(now.get("emailNotifications").asBoolean(), "an unticked box is off");
        assertTrue(now.get("emailDigest").asBoolean());

        Http.Response refused = browser.postForm("/account/settings", Map.of("displayName", "李填报", "email", "li@"));
        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("电子邮箱“li@”格式不正确"), refused.body());
        assertEquals("li@example.cn", me(world.script(name)).get("email").asText());
    }

    @Test
    void anAdministratorSetsAnAccountsAddressChecked() {
        World world = new World(server.getURL().toString());
        Http admin = world.admin();
        String username = "mail" + World.next();
        Map<String, Object> user = new HashMap<>(Map.of("username", username, "password", World.INITIAL_PASSWORD,
                "role", "FINANCE", "unitCodes", List.of(), "email", "not-an-address"));
        assertTrue(problem(admin.postJson("/api/users", Json.write(user)), "email").startsWith("电子邮箱“not-an-address”格式不正确"));
        user.put("email", "zhao@example.cn");
        Http.Response created = admin.postJson("/api/users", Json.write(user));
        assertEquals(201, created.status(), created.body());
        JsonNode view = Json.parse(created.body());
        assertEquals("zhao@example.cn", view.get("email").asText());
        long id = view.get("id").asLong();

        assertTrue(problem(admin.putJson("/api/users/" + id, Json.write(Map.of("email", "zhao@@example.cn"))), "email")
                .contains("电子邮箱"));
        assertEquals(200, admin.putJson("/api/users/" + id, Json.write(Map.of("displayName", "赵会计"))).status());
        assertEquals("zhao@example.cn", Json.parse(admin.get("/api/users/" + id).body()).get("email").asText(),
                "an update without email keeps it");
        assertEquals(200, admin.putJson("/api/users/" + id, Json.write(Map.of("email", "zhao2@example.cn"))).status());
        assertEquals("zhao2@example.cn", Json.parse(admin.get("/api/users/" + id).body()).get("email").asText());

        // the administrator's form
        Http browser = world.browser(World.ADMIN);
        String form = browser.get("/admin/users/" + id).body();
        assertTrue(form.contains("name=\"email\"") && form.contains("zhao2@example.cn"), form);
        Http.Response bad = browser.postForm("/admin/users/" + id, Map.of("username", username, "role", "FINANCE",
                "displayName", "赵会计", "enabled", "true", "email", "zhao"));
        assertEquals(400, bad.status());
        assertTrue(bad.body().contains("电子邮箱“zhao”格式不正确"), bad.body());
        assertEquals(303, browser.postForm("/admin/users/" + id, Map.of("username", username, "role", "FINANCE",
                "displayName", "赵会计", "enabled", "true", "email", "")).status());
        assertTrue(Json.parse(admin.get("/api/users/" + id).body()).get("email").isNull(), "cleared on the form");
    }
}
