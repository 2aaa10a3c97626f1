package jixiao.account;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jixiao.testing.Http;
import jixiao.testing.Json;
import jixiao.testing.Projects;
import jixiao.testing.Sql;
import jixiao.testing.World;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Personal API tokens (issue 11) over HTTP against the running app and its MariaDB. */
@MicronautTest
class ApiTokenTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Sql sql;
    @Inject
    Clock clock;
    @Inject
    DSLContext db;

    private String base() {
        return server.getURL().toString();
    }

    private static JsonNode create(Http owner, String name, LocalDate expiresOn) {
        Http.Response r = owner.postJson("/api/me/tokens", Json.write(expiresOn == null ? Map.of("name", name)
                : Map.of("name", name, "expiresOn", expiresOn.toString())));
        assertEquals(201, r.status(), r.body());
        return Json.parse(r.body());
    }

    @Test
    void aTokenActsAsItsOwnerUntilRevokedAndIsShownOnlyOnce() {
        World world = new World(base());
        String unit = world.unit("令牌单位");
        String user = world.user("BUREAU", List.of(unit));
        Http owner = world.script(user);
        JsonNode created = create(owner, "月报脚本", null);
        String token = created.get("token").asText();
        assertTrue(token.startsWith("jxt_") && token.length() > 40, token);
        assertEquals("月报脚本", created.get("name").asText());
        assertTrue(created.get("expiresOn").isNull());

        Http script = Http.bearer(base(), token);
        long project = Projects.create(script, Projects.leting(unit, "T" + World.next(), "令牌项目" + World.next()));
        assertEquals(200, script.get("/api/projects/" + project).status(), "the token acts as its owner");
        Http.Response minted = script.postJson("/api/me/tokens", "{\"name\":\"second\"}");
        assertEquals(403, minted.status(), "a token cannot mint tokens that would outlive it");
        assertTrue(minted.body().contains("不能用 API 令牌创建新令牌"), minted.body());

        Http.Response list = owner.get("/api/me/tokens");
        assertEquals(200, list.status());
        assertFalse(list.body().contains(token), "the list never shows the token again");
        assertFalse(list.body().contains("\"token\""), list.body());
        JsonNode listed = Json.parse(list.body()).get(0);
        assertEquals(created.get("id").asLong(), listed.get("id").asLong());
        assertEquals("月报脚本", listed.get("name").asText());
        assertNotNull(listed.get("createdAt").textValue());
        assertNotNull(listed.get("lastUsedAt").textValue(), "its use was noted");
        assertTrue(listed.has("expiresOn"));
        String stored = db.fetchValue("SELECT token_hash FROM api_token WHERE id = ?", created.get("id").asLong()).toString();
        assertEquals(64, stored.length(), "only a hash is stored");
        assertFalse(stored.contains(token.substring(4, 20)));

        assertEquals(204, owner.delete("/api/me/tokens/" + created.get("id").asLong()).status());
        Http.Response after = script.get("/api/projects/" + project);
        assertEquals(401, after.status(), "a revoked token is refused");
        assertTrue(Json.parse(after.body()).get("message").asText().contains("登录"));
        assertEquals("[]", owner.get("/api/me/tokens").body().replaceAll("\\s", ""));
    }

    @Test
    void changesThroughATokenAreAuditedWithItsNameAndSoAreCreationAndRevocation() {
        World world = new World(base());
        String unit = world.unit("令牌审计");
        String user = world.user("BUREAU", List.of(unit));
        JsonNode created = create(world.script(user), "审计脚本", null);
        Http script = Http.bearer(base(), created.get("token").asText());
        long project = Projects.create(script, Projects.leting(unit, "T" + World.next(), "令牌审计项目" + World.next()));
        assertEquals(204, world.script(user).delete("/api/me/tokens/" + created.get("id").asLong()).status());

        JsonNode projectEntries = Json.parse(world.admin().get("/api/audit?entityType=PROJECT&entityId=" + project).body());
        assertEquals(1, projectEntries.size());
        assertEquals(user, projectEntries.get(0).get("username").asText());
        assertEquals("token 审计脚本", projectEntries.get(0).get("via").asText(), "the change names the token it came through");

        JsonNode tokenEntries = Json.parse(world.admin().get("/api/audit?entityType=API_TOKEN&entityId=" + created.get("id").asLong()).body());
        assertEquals(List.of("DELETE", "CREATE"), tokenEntries.findValuesAsText("action"));
        assertEquals("审计脚本", tokenEntries.get(1).get("entityName").asText());
        assertTrue(tokenEntries.get(1).get("via").isNull(), "created with a password, not through a token");
        assertFalse(tokenEntries.toString().contains(created.get("token").asText()), "the token itself is never audited");

        Http.Response page = world.browser(World.ADMIN).get("/audit?username=" + user);
        assertTrue(page.body().contains("经令牌“审计脚本”"), "the audit page shows the token's name");
    }

    @Test
    void aTokenIsValidThroughItsLastDayAndNotAfter() {
        World world = new World(base());
        String user = world.user("FINANCE", List.of());
        LocalDate today = LocalDate.now(clock);
        JsonNode created = create(world.script(user), "到期脚本", today);
        assertEquals(today.toString(), created.get("expiresOn").asText());
        Http script = Http.bearer(base(), created.get("token").asText());
        assertEquals(200, script.get("/api/projects").status(), "valid on its last day");
        sql.update("UPDATE api_token SET expires_on = ? WHERE id = ?", today.minusDays(1), created.get("id").asLong());
        assertEquals(401, script.get("/api/projects").status(), "expired yesterday");
    }

    @Test
    void aDisabledOwnersTokensStopWorking() {
        World world = new World(base());
        String user = world.user("FINANCE", List.of());
        Http script = Http.bearer(base(), create(world.script(user), "停用脚本", null).get("token").asText());
        assertEquals(200, script.get("/api/projects").status());
        long id = Json.parse(world.admin().get("/api/users").body()).findParents("username").stream()
                .filter(n -> n.get("username").asText().equals(user)).findFirst().orElseThrow().get("id").asLong();
        assertEquals(200, world.admin().putJson("/api/users/" + id, "{\"enabled\":false}").status());
        assertEquals(401, script.get("/api/projects").status());
    }

    @Test
    void aTokenSeesOnlyItsOwnersUnitsAndCannotTouchAnotherPersonsTokens() {
        World world = new World(base());
        String unitA = world.unit("令牌甲");
        String unitB = world.unit("令牌乙");
        String userA = world.user("BUREAU", List.of(unitA));
        String userB = world.user("BUREAU", List.of(unitB));
        String nameB = "乙单位项目" + World.next();
        long projectB = Projects.create(world.script(userB), Projects.leting(unitB, "B" + World.next(), nameB));
        Http scriptA = Http.bearer(base(), create(world.script(userA), "甲脚本", null).get("token").asText());
        long tokenB = create(world.script(userB), "乙脚本", null).get("id").asLong();

        assertEquals(404, scriptA.get("/api/projects/" + projectB).status(), "another unit's project");
        assertFalse(scriptA.get("/api/projects").body().contains(nameB));
        assertEquals(403, scriptA.get("/api/users").status(), "a bureau token is no administrator");
        assertEquals(404, scriptA.delete("/api/me/tokens/" + tokenB).status(), "another person's token is not found");
        assertFalse(scriptA.get("/api/me/tokens").body().contains("乙脚本"));
        assertTrue(world.script(userB).get("/api/me/tokens").body().contains("乙脚本"), "and it is still there");
    }

    @Test
    void unknownAndMalformedTokensAre401() {
        assertEquals(401, Http.bearer(base(), "jxt_" + "A".repeat(43)).get("/api/projects").status());
        assertEquals(401, Http.bearer(base(), "not-a-token").get("/api/projects").status());
        Http.Response page = Http.bearer(base(), "jxt_unknown").get("/projects");
        assertEquals(303, page.status(), "a page sends an unknown token to the login page");
    }

    @Test
    void theNameIsRequiredShortAndDistinctAndTheExpiryNotPast() {
        World world = new World(base());
        Http owner = world.script(world.user("FINANCE", List.of()));
        assertProblem(owner.postJson("/api/me/tokens", "{}"), "name", "令牌名称");
        assertProblem(owner.postJson("/api/me/tokens", "{\"name\":\"   \"}"), "name", "令牌名称");
        assertProblem(owner.postJson("/api/me/tokens", Json.write(Map.of("name", "长".repeat(101)))), "name", "100");
        create(owner, "长".repeat(100), null);
        create(owner, "同名", null);
        assertProblem(owner.postJson("/api/me/tokens", "{\"name\":\"同名\"}"), "name", "同名");
        assertProblem(owner.postJson("/api/me/tokens", Json.write(Map.of("name", "过期",
                "expiresOn", LocalDate.now(clock).minusDays(1).toString()))), "expiresOn", "有效期至");
        assertEquals(2, Json.parse(owner.get("/api/me/tokens").body()).size(), "nothing refused was stored");
    }

    private static void assertProblem(Http.Response r, String field, String mentions) {
        assertEquals(400, r.status(), r.body());
        JsonNode problem = Json.parse(r.body()).get("problems").get(0);
        assertEquals(field, problem.get("field").asText(), r.body());
        assertTrue(problem.get("message").asText().contains(mentions), r.body());
    }

    @Test
    void thePageCreatesShowsOnceListsAndRevokes() {
        World world = new World(base());
        String user = world.user("BUREAU", List.of(world.unit("令牌页面")));
        Http browser = world.browser(user);
        Http.Response password = browser.get("/account/password");
        assertTrue(password.body().contains("href=\"/account/tokens\""), "linked under the user's name");

        Http.Response refused = browser.postForm("/account/tokens", Map.of("name", "", "expiresOn", ""));
        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("请填写令牌名称"));
        Http.Response badDate = browser.postForm("/account/tokens", Map.of("name", "页面脚本", "expiresOn", "明天"));
        assertEquals(400, badDate.status());
        assertTrue(badDate.body().contains("有效期至“明天”不是有效日期"), badDate.body());

        Http.Response created = browser.postForm("/account/tokens", Map.of("name", "页面脚本", "expiresOn", ""));
        assertEquals(200, created.status(), created.body());
        var m = java.util.regex.Pattern.compile("<code>(jxt_[A-Za-z0-9_-]+)</code>").matcher(created.body());
        assertTrue(m.find(), created.body());
        String token = m.group(1);
        assertEquals(200, Http.bearer(base(), token).get("/api/projects").status());

        Http.Response listed = browser.get("/account/tokens");
        assertTrue(listed.body().contains("页面脚本"));
        assertFalse(listed.body().contains(token), "shown only once");
        long id = Json.parse(world.script(user).get("/api/me/tokens").body()).get(0).get("id").asLong();
        Http.Response revoked = browser.postForm("/account/tokens/" + id + "/revoke", Map.of());
        assertEquals(303, revoked.status());
        assertEquals(401, Http.bearer(base(), token).get("/api/projects").status());
        assertFalse(browser.get("/account/tokens").body().contains("页面脚本"));
    }
}
