package jixiao.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jixiao.testing.Http;
import jixiao.testing.Json;
import jixiao.testing.Projects;
import jixiao.testing.World;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What prints and how badges sit (issue 13, printed forms and the walk-through's mends): the printed
 * 绩效目标表 leaves out what is on screen to act on, a 待核对 badge takes no extra line, and a unit
 * without a code is refused with a message, not a 500.
 */
@MicronautTest
class PrintedPagesTest {

    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)}");

    @Inject
    EmbeddedServer server;

    @Test
    void thePrintedTargetTableLeavesOutNoticesBadgesAndButtons() {
        World world = new World(server.getURL().toString());
        String unit = world.unit("打印单位");
        String clerk = world.user("BUREAU", List.of(unit));
        Map<String, Object> body = Projects.leting(unit, "DY" + World.next(), "打印项目" + World.next());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> indicators = new ArrayList<>((List<Map<String, Object>>) body.get("indicators"));
        indicators.add(Projects.indicator("产出指标", "时效指标", "办理时限", "2-3个工作日内"));
        body.put("indicators", indicators);
        long id = Projects.create(world.script(clerk), body);

        String page = world.browser(clerk).get("/projects/" + id).body();
        assertTrue(page.contains("<span class=\"badge review\""), "a range is 待核对 on screen");
        assertTrue(page.contains("<div class=\"toolbar no-print\">"), "the buttons are in the toolbar");

        Map<String, String> print = printRules(Http.browser(server.getURL().toString()).get("/static/app.css").body());
        for (String onScreen : List.of(".badge.review", ".guesses", ".notice", ".warnings", ".problems", ".flash", ".toolbar", "button")) {
            assertTrue(hidden(print, onScreen), onScreen + " is hidden in print: " + print);
        }
        assertFalse(hidden(print, ".badge"), "plain badges (定量, 正向) are part of the reading, not notices");
    }

    @Test
    void aBadgeIsInlineSoItNeverAddsALineToItsRow() {
        String css = Http.browser(server.getURL().toString()).get("/static/app.css").body();
        Map<String, String> rules = screenRules(css);
        String badge = rules.get(".badge");
        assertTrue(badge != null && badge.contains("display: inline;"), "the badge flows with the text: " + badge);
        assertFalse(badge.contains("line-height"), "and does not set a line of its own");
    }

    @Test
    void aUnitWithABlankCodeIsRefusedWithAMessage() {
        World world = new World(server.getURL().toString());
        Http admin = world.browser(World.ADMIN);
        Http.Response page = admin.postForm("/admin/units/new", Map.of("code", "  ", "name", "无编码单位"));
        assertEquals(400, page.status(), page.body());
        assertTrue(page.body().contains("请填写单位编码"), page.body());
        assertTrue(page.body().contains("value=\"无编码单位\""), "the name typed stays in the form");

        Map<String, Object> blank = new LinkedHashMap<>();
        blank.put("code", "");
        blank.put("name", "无编码单位");
        Http.Response api = world.admin().postJson("/api/units", Json.write(blank));
        assertEquals(400, api.status(), api.body());
        assertTrue(api.body().contains("\"field\":\"code\"") && api.body().contains("请填写单位编码"), api.body());
        blank.remove("code");
        assertEquals(400, world.admin().postJson("/api/units", Json.write(blank)).status(), "a missing code too");
    }

    /** Whether some print rule naming {@code selector} hides it. */
    private static boolean hidden(Map<String, String> rules, String selector) {
        return rules.entrySet().stream().anyMatch(e -> List.of(e.getKey().split(",")).stream().map(String::strip)
                .anyMatch(selector::equals) && e.getValue().replace(" ", "").contains("display:none"));
    }

    /** Selector list → declarations of the rules inside every {@code @media print} block. */
    private static Map<String, String> printRules(String css) {
        Map<String, String> rules = new LinkedHashMap<>();
        int at = 0;
        while ((at = css.indexOf("@media print", at)) >= 0) {
            int open = css.indexOf('{', at);
            int depth = 0;
            int end = open;
            for (int i = open; i < css.length(); i++) {
                char c = css.charAt(i);
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                if (depth == 0) {
                    end = i;
                    break;
                }
            }
            rules.putAll(rulesOf(css.substring(open + 1, end)));
            at = end;
        }
        return rules;
    }

    /** The top-level rules (outside @media), selector list → declarations. */
    private static Map<String, String> screenRules(String css) {
        String withoutMedia = css.replaceAll("(?s)/\\*.*?\\*/", "");
        StringBuilder top = new StringBuilder();
        int depth = 0;
        boolean inMedia = false;
        for (int i = 0; i < withoutMedia.length(); i++) {
            char c = withoutMedia.charAt(i);
            if (depth == 0 && withoutMedia.startsWith("@media", i)) {
                inMedia = true;
            }
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth == 0 && inMedia) {
                    inMedia = false;
                    continue;
                }
            }
            if (!inMedia) {
                top.append(c);
            }
        }
        return rulesOf(top.toString());
    }

    private static Map<String, String> rulesOf(String css) {
        Map<String, String> rules = new LinkedHashMap<>();
        Matcher m = RULE.matcher(css.replaceAll("(?s)/\\*.*?\\*/", ""));
        while (m.find()) {
            rules.merge(m.group(1).strip(), m.group(2).strip(), (a, b) -> a + " " + b);
        }
        return rules;
    }
}
